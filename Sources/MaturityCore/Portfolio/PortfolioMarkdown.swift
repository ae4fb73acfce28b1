/// `mlmaturity portfolio DIR --format markdown`: a table per framework
/// (team and system × result and parts, each cell a shade and a figure),
/// the weakest areas, and each team's change since its previous round.
/// Every text from a session goes through ``MarkdownReport/escape(_:)``.
public enum PortfolioMarkdown {
  /// The whole document, ending in a newline.
  public static func render(_ portfolio: Portfolio) -> String {
    var out = [
      "# Portfolio", "",
      MarkdownReport.escape("\(portfolio.span); the latest session of each is shown."), "",
    ]
    for column in portfolio.columns {
      out += ["## \(MarkdownReport.escape(column.bank.name))", ""]
      let titles = ["Team · system", "Date", "Result"] + column.parts.map(\.title)
      out.append("| " + titles.map(MarkdownReport.escape).joined(separator: " | ") + " |")
      out.append(
        "|" + String(repeating: "---|", count: 2)
          + String(repeating: "--:|", count: titles.count - 2)
      )
      for row in portfolio.rows where row.latest.result(column.bank.id) != nil {
        let cells =
          [Portfolio.headline(row, column)]
          + column.parts.map { Portfolio.part(row, column, $0.id) }
        let texts =
          [row.title, Portfolio.day(row.latest)].map(MarkdownReport.escape)
          + cells.map { cell in
            cell.map { "\($0.shade) \(MarkdownReport.escape($0.marked))" } ?? "–"
          }
        out.append("| " + texts.joined(separator: " | ") + " |")
      }
      out.append("")
      if let legend = portfolio.provisionalLegend(column, escape: MarkdownReport.escape) {
        out += ["\\" + legend, ""]
      }
    }
    out += [
      "## Weakest areas", "",
      "The lowest section or dimension of each team and system. "
        + MarkdownReport.escape(portfolio.weakestCounting), "",
    ]
    if portfolio.weakest.isEmpty {
      let none = portfolio.noWeakestArea
      out += [MarkdownReport.escape(none.prefix(1).uppercased() + none.dropFirst()) + ".", ""]
    } else {
      out += ["| Framework | Area | Teams and systems |", "|---|---|--:|"]
      for area in portfolio.weakest {
        out.append(
          "| \(MarkdownReport.escape(area.frameworkName)) | \(MarkdownReport.escape(area.title)) "
            + "| \(area.teams) of \(area.of) |"
        )
      }
      out.append("")
    }
    out += ["## Change since the previous round", ""]
    let names = portfolio.columns.map { MarkdownReport.escape($0.bank.name) }
    out.append("| Team · system | Previous | Latest | " + names.joined(separator: " | ") + " |")
    out.append("|---|---|---|" + String(repeating: "---|", count: names.count))
    for row in portfolio.rows {
      let changes = portfolio.columns.map { column in
        Portfolio.change(row, column).map(MarkdownReport.escape) ?? "–"
      }
      let previous = row.previous.map { MarkdownReport.escape(Portfolio.day($0)) } ?? "first round"
      out.append(
        "| \(MarkdownReport.escape(row.title)) | \(previous) | "
          + "\(MarkdownReport.escape(Portfolio.day(row.latest))) | "
          + changes.joined(separator: " | ") + " |"
      )
    }
    out.append("")
    if !portfolio.problems.isEmpty {
      out += [
        "## Skipped files", "",
        "Left out of everything above: \(portfolio.skippedCount).", "",
        "| File | Why |", "|---|---|",
      ]
      for problem in portfolio.problems {
        out.append(
          "| \(MarkdownReport.escape(problem.path)) | \(MarkdownReport.escape(problem.problem)) |"
        )
      }
      out.append("")
    }
    return out.joined(separator: "\n")
  }
}
