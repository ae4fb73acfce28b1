import MaturityCore

/// A question's place in the wizard's order: all questions of all the
/// session's banks, flattened, framework by framework and section by section.
public struct QuestionEntry: Sendable, Equatable {
  /// Position of the bank in ``WizardModel/banks``.
  public var bankIndex: Int
  /// Position of the section in its bank.
  public var sectionIndex: Int
  /// Position of the question in its section.
  public var questionIndex: Int
  /// The question.
  public var question: Question

  /// Flattens `banks` into entries in display order.
  public static func flatten(_ banks: [Bank]) -> [QuestionEntry] {
    var entries: [QuestionEntry] = []
    for (bankIndex, bank) in banks.enumerated() {
      for (sectionIndex, section) in bank.sections.enumerated() {
        for (questionIndex, question) in section.questions.enumerated() {
          entries.append(
            QuestionEntry(
              bankIndex: bankIndex,
              sectionIndex: sectionIndex,
              questionIndex: questionIndex,
              question: question
            )
          )
        }
      }
    }
    return entries
  }
}
