import MaturityJSON

/// The answer to one question, with everything a workshop records about it.
///
/// Solo use needs only ``value`` (and perhaps ``note``); the other fields are
/// empty and left out of the file.
public struct Answer: Sendable, Equatable {
  /// The value that marks a question as not applicable.
  public static let notApplicableValue = "n/a"

  /// The agreed option's id, ``notApplicableValue``, or `nil` when nothing
  /// is agreed yet (only a note, votes or evidence).
  public var value: String?
  /// Why the question does not apply (required with ``notApplicableValue``).
  public var notApplicableReason: String?
  /// Free text from the team.
  public var note: String?
  /// Why the team agreed on this answer.
  public var rationale: String?
  /// Who disagreed, and why.
  public var dissent: String?
  /// The answer the team agreed on after voting, when the answer was later
  /// changed to something else (or agreed in the agree dialog): the record
  /// then shows that the answer changed after the vote.
  public var agreed: String?
  /// How sure the team is.
  public var confidence: Confidence?
  /// Links or paths that back the answer.
  public var evidence: [Evidence] = []
  /// Each participant's vote: participant name → option id.
  public var votes: [String: String] = [:]
  /// Who owns the improvement action for this question.
  public var owner: String?
  /// When the action is due (`YYYY-MM-DD`).
  public var due: String?
  /// When the value was chosen (ISO 8601 UTC).
  public var answeredAt: String?
  /// Fields this version does not know, kept as they were.
  public var otherFields: [JSONMember] = []

  /// Creates an answer.
  public init(value: String? = nil, note: String? = nil, answeredAt: String? = nil) {
    self.value = value
    self.note = note
    self.answeredAt = answeredAt
  }

  /// Whether the answer now differs from what the team agreed after voting.
  public var changedAfterVote: Bool {
    guard let agreed else { return false }
    return value != agreed
  }

  /// Whether the team marked the question not applicable.
  public var isNotApplicable: Bool { value == Self.notApplicableValue }

  /// Whether there is nothing left worth storing.
  public var isEmpty: Bool {
    value == nil && note == nil && rationale == nil && dissent == nil && agreed == nil
      && confidence == nil
      && evidence.isEmpty && votes.isEmpty && owner == nil && due == nil && otherFields.isEmpty
      && notApplicableReason == nil
  }
}

/// How sure a team is of an answer.
public enum Confidence: String, Sendable, CaseIterable {
  /// Believed, not checked.
  case assumed
  /// Checked against evidence.
  case verified
}

/// A piece of evidence: a link or path, who vouches for it, when it was
/// last checked.
public struct Evidence: Sendable, Equatable {
  /// A URL or a path.
  public var reference: String
  /// Who owns or vouches for it.
  public var owner: String?
  /// When it was last verified (`YYYY-MM-DD`).
  public var verified: String?

  /// Creates evidence.
  public init(reference: String, owner: String? = nil, verified: String? = nil) {
    self.reference = reference
    self.owner = owner
    self.verified = verified
  }

  /// Parses `reference | owner | YYYY-MM-DD` (owner and date optional), the
  /// one-line form the wizard and `set --evidence` use.
  public init?(line: String) {
    let parts = line.split(separator: "|", omittingEmptySubsequences: false).map {
      String($0).trimmingWhitespace()
    }
    guard let reference = parts.first, !reference.isEmpty else { return nil }
    self.reference = reference
    owner = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
    verified = parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil
  }

  /// The one-line form: `reference | owner | date`.
  public var line: String {
    var parts = [reference]
    if owner != nil || verified != nil { parts.append(owner ?? "") }
    if let verified { parts.append(verified) }
    return parts.joined(separator: " | ")
  }
}
