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
    var lines: [String]
    switch score.result {
    case .mlTestScore(let mlts): lines = mltsLines(score, mlts)
    case .azure(let azure): lines = azureLines(score, azure)
    case .google(let google): lines = googleLines(score, google)
    }
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
  private static func exemptLines(_ score: FrameworkScore, _ questions: [Question]) -> [String] {
    questions.filter { !score.sheet.applies($0) }.map {
      "  n/a  \($0.title): \(answerLabel(score, $0.id)) (left out)"
    }
  }

  private static func mltsLines(_ score: FrameworkScore, _ mlts: MLTestScoreResult) -> [String] {
    let bank = score.bank
    var lines = ruleLines(for: .mlTestScore)
    for section in bank.sections {
      guard let sum = mlts.sections.first(where: { $0.id == section.id }) else { continue }
      lines.append("")
      lines.append("\(section.title): \(ScoreText.points(sum.points))")
      for question in section.questions where score.sheet.applies(question) {
        let points = score.sheet.chosen[question.id]?.points.map(ScoreText.points) ?? "0.0"
        lines.append("  \(points)  \(question.title) (\(answerLabel(score, question.id)))")
      }
      lines += exemptLines(score, section.questions)
    }
    lines.append("")
    let sums = mlts.sections.map { ScoreText.points($0.points) }.joined(separator: ", ")
    lines.append("Final = min(\(sums)) = \(ScoreText.points(mlts.final))")
    lines.append("Band \(bank.levels[mlts.band].name): \(bank.levels[mlts.band].summary)")
    return lines
  }

  private static func azureLines(_ score: FrameworkScore, _ azure: AzureResult) -> [String] {
    let bank = score.bank
    var lines = ruleLines(for: .azureLevels)
    for dimension in azure.dimensions {
      let questions = bank.sections.filter { $0.dimension == dimension.dimension }
        .flatMap(\.questions)
      let counted = questions.filter(score.sheet.applies)
      let levels = counted.map { String(azure.questionLevels[$0.id] ?? 0) }
        .joined(separator: ", ")
      lines.append("")
      lines.append("\(dimension.dimension.title) = min(\(levels)) = \(dimension.level)")
      for question in counted {
        // The marker goes right after the title, so it stays visible when
        // a narrow screen wraps or cuts the answer.
        let product = question.productDerived ? " [2024+]" : ""
        let marker = dimension.blockers.contains(question.id) ? " <- holds it here" : ""
        let level = azure.questionLevels[question.id] ?? 0
        lines.append(
          "  \(level)  \(question.title)\(product)\(marker): "
            + TargetGap.currentLabel(score, question.id)
        )
      }
      lines += exemptLines(score, questions)
    }
    lines.append("")
    let dimensionLevels = azure.dimensions.map { String($0.level) }.joined(separator: ", ")
    lines.append(
      "Overall = min(\(dimensionLevels)) = \(azure.level): \(bank.levels[azure.level].name)"
    )
    let product = azure.blockers.compactMap { bank.question($0) }.filter(\.productDerived)
    if azure.level < 4, !product.isEmpty {
      lines.append(
        "Held in part by product-derived [2024+] questions: "
          + product.map(\.title).joined(separator: ", ") + "."
      )
    }
    return lines
  }

  private static func googleLines(_ score: FrameworkScore, _ google: GoogleResult) -> [String] {
    let bank = score.bank
    var lines = ruleLines(for: .googleLevels)
    for level in 1...2 {
      let progress = google.perLevel.first { $0.level == level }
      let questions = bank.questions.filter { $0.level == level }
      lines.append("")
      lines.append(
        "Level \(level): \(progress?.met ?? 0) of \(progress?.required ?? 0) gates in place"
      )
      for question in questions where score.sheet.applies(question) && !question.recommended {
        lines.append(googleLine(score, question))
      }
      let recommended = questions.filter { $0.recommended && score.sheet.applies($0) }
      if !recommended.isEmpty {
        lines.append("")
        lines.append(
          "Level \(level) recommended checks: \(google.recommendedMet) of "
            + "\(google.recommendedTotal) in place (never hold a level)"
        )
        lines += recommended.map { googleLine(score, $0) }
      }
      lines += exemptLines(score, questions)
    }
    lines.append("")
    lines.append("Result: level \(google.level), \(bank.levels[google.level].name)")
    return lines
  }

  private static func googleLine(_ score: FrameworkScore, _ question: Question) -> String {
    let option = score.sheet.chosen[question.id]
    // Whole words, padded to one column width ("partly", not "prt").
    let mark: String
    if score.sheet.notApplicable[question.id] != nil {
      mark = "n/a   "
    } else if let points = option?.points {
      mark = points == 1 ? "yes   " : (points == 0.5 ? "partly" : "no    ")
    } else {
      mark = "-     "
    }
    var note = question.roleNote.map { " (\($0))" } ?? ""
    if let reason = score.sheet.notApplicable[question.id] { note += ": N/A: \(reason)" }
    return "  \(mark)  \(question.title)\(note)"
  }
}
