/// One change a person makes to a session: the wizard and `set` both
/// describe what they do as edits and hand them to
/// ``Session/apply(_:catalog:now:)``, which checks each one with the same
/// rules as the session reader, so neither can write what the other (or
/// the reader) would refuse.
public enum SessionEdit: Sendable, Equatable {
  /// Choose `option` for a question (`nil` clears the answer).
  case answer(question: String, option: String?)
  /// Mark a question not applicable, with the team's reason.
  case notApplicable(question: String, reason: String)
  /// Replace a question's note (empty removes it). Kept as typed.
  case note(question: String, text: String)
  /// Record one participant's vote: an option id, `n/a`, or `nil` to remove
  /// it. A new name joins the participants.
  case vote(question: String, participant: String, option: String?)
  /// Record what the team agreed after voting: the answer, why, and who
  /// disagreed. `n/a` as the option needs the rationale as its reason.
  case agree(question: String, option: String, rationale: String, dissent: String)
  /// Replace the rationale (empty removes it).
  case rationale(question: String, text: String)
  /// Replace the dissent (empty removes it).
  case dissent(question: String, text: String)
  /// Replace the evidence list.
  case evidence(question: String, items: [Evidence])
  /// Add one piece of evidence.
  case addEvidence(question: String, item: Evidence)
  /// Set how sure the team is (`nil` removes it).
  case confidence(question: String, level: Confidence?)
  /// Set who owns the improvement action (empty removes it).
  case owner(question: String, name: String)
  /// Set when the action is due, `YYYY-MM-DD` (empty removes it).
  case due(question: String, day: String)
  /// Set a framework's target level or band (`nil` removes it).
  case target(framework: String, level: Int?)
  /// Set the minutes per section in a workshop (`nil` or 0 removes it).
  case timebox(minutes: Int?)
  /// Rename the team.
  case team(String)
  /// Rename the ML system.
  case system(String)
  /// Set the facilitator.
  case facilitator(String)
  /// Add a participant (a name already there is left as it is).
  case addParticipant(String)
  /// Set the day of the assessment, `YYYY-MM-DD`.
  case date(String)
  /// Rename a participant; their votes move with the name.
  case renameParticipant(from: String, to: String)
  /// Remove a participant, with their votes (`keepVotes` false) or leaving
  /// the votes recorded under the name (`keepVotes` true).
  case removeParticipant(String, keepVotes: Bool)
  /// Make votes anonymous in reports and exports (or not).
  case anonymousVotes(Bool)
  /// Set a fact about the system (`serving` = `batch`); an empty value
  /// makes it unknown again.
  case context(key: String, value: String)

  /// The question the edit is about, if any.
  public var questionID: String? {
    switch self {
    case .answer(let id, _), .notApplicable(let id, _), .note(let id, _), .vote(let id, _, _),
      .agree(let id, _, _, _), .rationale(let id, _), .dissent(let id, _),
      .evidence(let id, _), .addEvidence(let id, _), .confidence(let id, _), .owner(let id, _),
      .due(let id, _):
      id
    case .target, .timebox, .team, .system, .facilitator, .addParticipant, .date,
      .renameParticipant, .removeParticipant, .anonymousVotes, .context:
      nil
    }
  }

  /// Whether the edit brings in free text (so the session's size is checked).
  var carriesText: Bool {
    switch self {
    case .answer, .vote, .confidence, .target, .timebox, .due, .date, .removeParticipant,
      .anonymousVotes, .context:
      false
    default: true
    }
  }
}
