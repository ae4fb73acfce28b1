/// "How was this computed": a framework's result spelled out as the rule and
/// the answers that decided it, as plain lines.
///
/// Shown on the wizard's summary screen and usable in reports.
public enum Explanation {
  /// An option's label up to its first colon (`Manual` for `Manual: done
  /// by hand…`), or `unanswered`.
  static func shortLabel(_ option: AnswerOption?) -> String {
    guard let label = option?.label else { return "unanswered" }
    return label.split(separator: ":", maxSplits: 1).first.map(String.init) ?? label
  }

  /// The lines for `score`: paragraphs; lines starting with two spaces are
  /// items of the paragraph above.
  public static func lines(for score: FrameworkScore) -> [String] {
    let bank = score.bank
    var lines: [String] = []
    switch score.result {
    case .mlTestScore(let mlts):
      lines.append(
        "Rule: each test scores 0 (not done), 0.5 (manual, documented and "
          + "shared) or 1 (automated, runs repeatedly). Each section sums its 7 "
          + "tests; the final score is the lowest section sum. Unanswered tests "
          + "count 0."
      )
      for section in bank.sections {
        guard let sum = mlts.sections.first(where: { $0.id == section.id }) else { continue }
        lines.append("")
        lines.append("\(section.title): \(ScoreText.points(sum.points))")
        for question in section.questions {
          let option = score.sheet.chosen[question.id]
          let points = option?.points.map(ScoreText.points) ?? "0.0"
          lines.append("  \(points)  \(question.title) (\(shortLabel(option)))")
        }
      }
      lines.append("")
      let sums = mlts.sections.map { ScoreText.points($0.points) }.joined(separator: ", ")
      lines.append("Final = min(\(sums)) = \(ScoreText.points(mlts.final))")
      lines.append("Band \(bank.levels[mlts.band].name): \(bank.levels[mlts.band].summary)")
    case .azure(let azure):
      lines.append(
        "Rule: each answer is a statement that holds up to some level (0-4). A "
          + "dimension is at the lowest level of its questions; the overall level "
          + "is the lowest of the dimensions. Unanswered questions count as level "
          + "0."
      )
      for dimension in azure.dimensions {
        let questions = bank.sections.filter { $0.dimension == dimension.dimension }.flatMap(
          \.questions
        )
        let levels = questions.map { String(azure.questionLevels[$0.id] ?? 0) }.joined(
          separator: ", "
        )
        lines.append("")
        lines.append("\(dimension.dimension.title) = min(\(levels)) = \(dimension.level)")
        for question in questions {
          // The marker goes right after the title, so it stays visible when
          // a narrow screen wraps or cuts the answer.
          let marker = dimension.blockers.contains(question.id) ? " <- holds it here" : ""
          let level = azure.questionLevels[question.id] ?? 0
          lines.append(
            "  \(level)  \(question.title)\(marker): \(TargetGap.currentLabel(score, question.id))"
          )
        }
      }
      lines.append("")
      let dimensionLevels = azure.dimensions.map { String($0.level) }.joined(separator: ", ")
      lines.append(
        "Overall = min(\(dimensionLevels)) = \(azure.level): \(bank.levels[azure.level].name)"
      )
    case .google(let google):
      lines.append(
        "Rule: level 1 when every required level-1 item is in place (\"yes\"); "
          + "level 2 when every required level-1 and level-2 item is. \"Partly\" "
          + "does not count; optional items never block a level. Unanswered items "
          + "count as not in place."
      )
      for level in 1...2 {
        let progress = google.perLevel.first { $0.level == level }
        lines.append("")
        lines.append(
          "Level \(level): \(progress?.met ?? 0) of \(progress?.required ?? 0) required items in place"
        )
        for question in bank.questions where question.level == level {
          let option = score.sheet.chosen[question.id]
          // Whole words, padded to one column width ("partly", not "prt").
          let mark =
            option?.points == 1
            ? "yes   " : (option == nil ? "-     " : (option?.points == 0.5 ? "partly" : "no    "))
          let optional = question.optional ? " (optional)" : ""
          lines.append("  \(mark)  \(question.title)\(optional)")
        }
      }
      lines.append("")
      lines.append("Result: level \(google.level), \(bank.levels[google.level].name)")
    }
    if score.provisional {
      lines.append("Provisional: \(score.sheet.unanswered.count) question(s) unanswered.")
    }
    return lines
  }
}
