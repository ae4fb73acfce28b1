/// The one-page summary as Markdown (`mlmaturity report --format
/// summary-markdown`): the same content as ``SummaryHTML``, with a text
/// sparkline per framework and question ids in the last column of the
/// actions table.
///
/// Text from the session or a bank is escaped (``MarkdownReport/escape(_:)``).
public enum SummaryMarkdown {
  private static let escape = MarkdownReport.escape

  /// The whole summary.
  public static func render(_ summary: ReportSummary) -> String {
    var out = ["# ML maturity summary: \(escape(summary.title))", ""]
    if !summary.byline.isEmpty { out += [escape(summary.byline), ""] }
    if !summary.warnings.isEmpty {
      out += summary.warningLines.map { "- **Warning**: \(escape($0))" }
      out += (summary.moreWarnings.map { ["- \(escape($0))"] } ?? []) + [""]
    }
    out += ["## Results", ""]
    for result in summary.results {
      let score = result.score
      let figure = ReportSummary.figure(score)
      out.append(
        "- **\(escape(score.bank.name)): \(escape(figure.value)) \(escape(figure.scale))**, "
          + "\(escape(ReportSummary.rungLine(score)))"
      )
      if score.bank.levels.indices.contains(score.rung) {
        out.append("  - \(escape(score.bank.levels[score.rung].summary))")
      }
      out.append("  - \(escape(summary.targetLine(result)))")
      if let change = summary.changeLine(result) { out.append("  - \(escape(change))") }
      out.append(
        "  - Trend: `\(Sparkline.standing(result.series))` \(escape(summary.trendLine(result)))"
      )
      if score.provisional {
        out.append(
          "  - Provisional: \(score.sheet.unanswered.count) of \(score.sheet.totalCount) "
            + "questions unanswered"
        )
      }
    }
    out += ["", "## Since last time", "", escape(summary.previousLine)]
    if let answers = summary.answersLine { out += ["", escape(answers)] }
    if let skipped = summary.skippedLine { out += ["", escape(skipped)] }
    out += [""] + actions(summary)
    out += [
      "**Marked not applicable by the team** (counted as not met): "
        + line(summary.notApplicable),
      "",
      "**Does not apply to this system** (left out of the scores): "
        + line(summary.doesNotApply),
      "",
    ]
    return out.joined(separator: "\n")
  }

  private static func actions(_ summary: ReportSummary) -> [String] {
    let heading = summary.actionsHeading
    var out = ["## \(heading.title), \(escape(heading.count))", ""]
    guard !summary.actions.isEmpty else {
      return out + ["No actions: every answer is at its most mature.", ""]
    }
    out += [
      "| # | Action | Now → goal | Owner | Due | Question |", "|---|---|---|---|---|---|",
    ]
    let scores = summary.results.map(\.score)
    for (index, item) in summary.actions.enumerated() {
      let (now, goal) = BacklogReport.stepLabels(item, scores: scores)
      let (owner, due) = ReportSummary.ownerAndDue(item)
      out.append(
        "| \(index + 1) | **\(escape(item.title))** (\(escape(item.frameworkName)), "
          + "\(escape(item.priority.label))): \(escape(item.improve)) "
          + "| \(escape(now)) → \(escape(goal)) | \(escape(owner)) | \(escape(due)) "
          + "| `\(item.questionID)` |"
      )
    }
    return out + [""]
  }

  private static func line(_ items: [ReportSummary.Exempt]) -> String {
    let (shown, more) = ReportSummary.shown(items)
    return items.isEmpty
      ? "none"
      : (shown.map { "\(escape($0.title)): \(escape($0.reason)) (`\($0.id)`)" }
        + (more.map { [escape($0)] } ?? [])).joined(separator: "; ")
  }
}
