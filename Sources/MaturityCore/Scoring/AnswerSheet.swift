/// The answers of one session resolved against one bank: for each question,
/// the chosen option or why there is none.
///
/// Every scoring rule starts here, so unanswered questions and answers that
/// name an option the bank does not have are treated the same way everywhere:
/// they count as the lowest answer and are reported. So do questions marked
/// not applicable: the ML Test Score has no exemption, and in Azure and
/// Google an item that does not apply is not an item in place.
///
/// A question whose source condition (``Question/appliesWhen``) rules it out
/// for the system's ``SystemContext`` is different: it is left out of the
/// result altogether and listed in ``doesNotApply`` with the reason.
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
  /// Questions the system's context rules out, with the reason ("batch
  /// serving"). They are not scored, counted or listed as actions.
  public let doesNotApply: [String: String]
  /// The system's context the sheet was resolved with.
  public let context: SystemContext

  /// Resolves `answers` against `bank` for a system with `context` (empty:
  /// unknown, every question applies).
  public init(bank: Bank, answers: [String: Answer], context: SystemContext = SystemContext()) {
    var chosen: [String: AnswerOption] = [:]
    var unanswered: [String] = []
    var invalid: [(String, String)] = []
    var notApplicable: [String: String] = [:]
    var doesNotApply: [String: String] = [:]
    for question in bank.questions {
      if let reason = question.appliesWhen?.exemption(in: context) {
        doesNotApply[question.id] = reason
        continue
      }
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
    self.doesNotApply = doesNotApply
    self.context = context
  }

  /// Whether `question` counts for this system (its source condition holds
  /// or the context does not say).
  public func applies(_ question: Question) -> Bool { doesNotApply[question.id] == nil }

  /// The questions that count, in bank order.
  public var applicableQuestions: [Question] { bank.questions.filter(applies) }

  /// How many questions have a valid answer or are marked not applicable.
  public var answeredCount: Int { chosen.count + notApplicable.count }
  /// How many questions count for this system (the bank's, less those the
  /// context rules out).
  public var totalCount: Int { bank.questions.count - doesNotApply.count }
  /// Whether some questions are unanswered, so the result may still change.
  public var isProvisional: Bool { !unanswered.isEmpty }
}
