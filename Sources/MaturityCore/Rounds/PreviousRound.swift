/// The answers of the round before this one, kept in a new round's file so
/// the wizard can show "last time: Manual" beside each question and accept
/// it with one key.
public struct PreviousRound: Sendable, Equatable {
  /// The earlier session's file, as it was named when this round began.
  public var file: String
  /// The earlier assessment's day.
  public var date: String
  /// The earlier answer per question id: an option id or `n/a`.
  public var answers: [String: String]
  /// The earlier not-applicable reason per question id.
  public var reasons: [String: String]

  /// Creates the record of an earlier round.
  public init(
    file: String,
    date: String,
    answers: [String: String] = [:],
    reasons: [String: String] = [:]
  ) {
    self.file = file
    self.date = date
    self.answers = answers
    self.reasons = reasons
  }

  /// The edit that gives question `id` its answer from last time, if it
  /// had one.
  public func acceptEdit(for id: String) -> SessionEdit? {
    guard let value = answers[id] else { return nil }
    if value == Answer.notApplicableValue {
      return .notApplicable(question: id, reason: reasons[id] ?? "not applicable last time")
    }
    return .answer(question: id, option: value)
  }
}

/// Marks a session as one participant's pre-work for a workshop: answered
/// alone before the discussion, then merged into the workshop as votes.
public struct Prework: Sendable, Equatable {
  /// Whose answers these are.
  public var participant: String
  /// The workshop session it was made from, if any.
  public var workshop: String?

  /// Creates the mark.
  public init(participant: String, workshop: String? = nil) {
    self.participant = participant
    self.workshop = workshop
  }
}
