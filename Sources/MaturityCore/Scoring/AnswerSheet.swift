/// The answers of one session resolved against one bank: for each question,
/// the chosen option or why there is none.
///
/// Every scoring rule starts here, so unanswered questions and answers that
/// name an option the bank does not have are treated the same way everywhere:
/// they count as the lowest answer and are reported.
public struct AnswerSheet: Sendable {
  /// The bank.
  public let bank: Bank
  /// Chosen option per answered question id.
  public let chosen: [String: AnswerOption]
  /// Questions without a (valid) answer, in bank order.
  public let unanswered: [String]
  /// Answers whose value is not an option of their question: `(id, value)`.
  public let invalid: [(id: String, value: String)]

  /// Resolves `answers` against `bank`.
  public init(bank: Bank, answers: [String: Answer]) {
    var chosen: [String: AnswerOption] = [:]
    var unanswered: [String] = []
    var invalid: [(String, String)] = []
    for question in bank.questions {
      guard let value = answers[question.id]?.value else {
        unanswered.append(question.id)
        continue
      }
      if let option = question.option(value) {
        chosen[question.id] = option
      } else {
        unanswered.append(question.id)
        invalid.append((question.id, value))
      }
    }
    self.bank = bank
    self.chosen = chosen
    self.unanswered = unanswered
    self.invalid = invalid
  }

  /// How many questions have a valid answer.
  public var answeredCount: Int { chosen.count }
  /// How many questions the bank has.
  public var totalCount: Int { bank.questions.count }
  /// Whether some questions are unanswered, so the result may still change.
  public var isProvisional: Bool { !unanswered.isEmpty }
}
