/// The answers of one session resolved against one bank: for each question,
/// the chosen option or why there is none.
///
/// Every scoring rule starts here, so unanswered questions and answers that
/// name an option the bank does not have are treated the same way everywhere:
/// they count as the lowest answer and are reported. So do questions marked
/// not applicable: the ML Test Score has no exemption, and in Azure and
/// Google an item that does not apply is not an item in place.
public struct AnswerSheet: Sendable {
  /// The bank.
  public let bank: Bank
  /// Chosen option per answered question id.
  public let chosen: [String: AnswerOption]
  /// Questions without a (valid) answer, in bank order.
  public let unanswered: [String]
  /// Answers whose value is not an option of their question: `(id, value)`.
  public let invalid: [(id: String, value: String)]
  /// Questions marked not applicable, with the team's reason. They count as
  /// the lowest answer (N/A never raises a result) but are not unanswered.
  public let notApplicable: [String: String]

  /// Resolves `answers` against `bank`.
  public init(bank: Bank, answers: [String: Answer]) {
    var chosen: [String: AnswerOption] = [:]
    var unanswered: [String] = []
    var invalid: [(String, String)] = []
    var notApplicable: [String: String] = [:]
    for question in bank.questions {
      guard let answer = answers[question.id], let value = answer.value else {
        unanswered.append(question.id)
        continue
      }
      if answer.isNotApplicable {
        notApplicable[question.id] = answer.notApplicableReason ?? ""
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
    self.notApplicable = notApplicable
  }

  /// How many questions have a valid answer or are marked not applicable.
  public var answeredCount: Int { chosen.count + notApplicable.count }
  /// How many questions the bank has.
  public var totalCount: Int { bank.questions.count }
  /// Whether some questions are unanswered, so the result may still change.
  public var isProvisional: Bool { !unanswered.isEmpty }
}
