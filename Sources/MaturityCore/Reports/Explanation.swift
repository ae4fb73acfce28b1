/// "How was this computed": a framework's result spelled out as the rule and
/// the answers that decided it, as plain lines.
///
/// Each rule says what the source defines and what is the tool's reading.
/// A team's N/A shows as N/A with its reason; a question the system's
/// context rules out shows as "does not apply: batch serving".
///
/// Shown on the wizard's summary screen and usable in reports.
public enum Explanation {
  /// An option's label up to its first colon (`Manual` for `Manual: done
  /// by hand…`), or `unanswered`.
  static func shortLabel(_ option: AnswerOption?) -> String {
    guard let label = option?.label else { return "unanswered" }
    return label.split(separator: ":", maxSplits: 1).first.map(String.init) ?? label
  }

  /// How one question's answer reads here: the short option label,
  /// `N/A: reason`, `does not apply: batch serving` or `unanswered`.
  public static func answerLabel(_ score: FrameworkScore, _ id: String) -> String {
    if let reason = score.sheet.doesNotApply[id] { return "does not apply: \(reason)" }
    if let reason = score.sheet.notApplicable[id] { return "N/A: \(reason)" }
    return shortLabel(score.sheet.chosen[id])
  }

  /// The lines for `score`: paragraphs; lines starting with two spaces are
  /// items of the paragraph above.
  public static func lines(for score: FrameworkScore) -> [String] {
    var lines = score.bank.rule.explanation + score.result.explanationLines(score)
    lines.append("System context: \(score.sheet.context.summary).")
    if score.provisional {
      lines.append(
        "Provisional: \(Plural.count(score.sheet.unanswered.count, "question")) unanswered."
      )
    }
    return lines
  }

  /// What the source defines and what is the tool's reading, for `rule`:
  /// two paragraphs, `Source defines: …` and `Tool's reading: …` (see
  /// ``FrameworkRule/explanation``).
  public static func ruleLines(for rule: ScoringRule) -> [String] { rule.rule.explanation }

  /// The lines of the questions the context rules out, if any.
  static func exemptLines(_ score: FrameworkScore, _ questions: [Question]) -> [String] {
    questions.filter { !score.sheet.applies($0) }.map {
      "  n/a  \($0.title): \(answerLabel(score, $0.id)) (left out)"
    }
  }
}
