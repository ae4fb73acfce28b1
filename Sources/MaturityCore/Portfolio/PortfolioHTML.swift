/// `mlmaturity portfolio DIR --format html`: one self-contained page (no
/// scripts, no remote assets) with a heat map per framework (teams and
/// systems × result and sections or dimensions, each cell coloured by its
/// share of the top), the weakest areas as bars, and each team's change
/// since its previous round. Every text from a session, a file name or a
/// bank goes through ``HTMLReport/escape(_:)``.
public enum PortfolioHTML {
  /// Background colours of the five heat steps, lowest first.
  static let heat = ["#f6c4bf", "#fadcaa", "#f3eca2", "#cde8bd", "#a6d9b4"]

  /// The whole page.
  public static func render(_ portfolio: Portfolio) -> String {
    var body = [
      "<h1>Portfolio</h1>",
      "<p class=\"muted\">\(HTMLReport.escape(portfolio.span)); the latest session of each is "
        + "shown.</p>",
    ]
    if portfolio.rows.isEmpty { body.append("<p>No sessions.</p>") }
    for column in portfolio.columns { body += heatMap(portfolio, column) }
    body += weakest(portfolio)
    body += changes(portfolio)
    body += skipped(portfolio)
    return HTMLPage.document(title: "Portfolio", style: HTMLPage.style, body: body)
  }

  private static func heatMap(_ portfolio: Portfolio, _ column: Portfolio.Column) -> [String] {
    let titles = ["Team · system", "Date", "Result"] + column.parts.map(\.title)
    var out = [
      "<section class=\"panel\">",
      "<h2>\(HTMLReport.escape(column.bank.name))</h2>",
      "<table>",
      "<tr>" + titles.map { "<th>\(HTMLReport.escape($0))</th>" }.joined() + "</tr>",
    ]
    for row in portfolio.rows where row.latest.result(column.bank.id) != nil {
      let cells =
        [Portfolio.headline(row, column)] + column.parts.map { Portfolio.part(row, column, $0.id) }
      out.append(
        "<tr><td>\(HTMLReport.escape(row.title))</td>"
          + "<td class=\"num\">\(HTMLReport.escape(Portfolio.day(row.latest)))</td>"
          + cells.map(cell).joined() + "</tr>"
      )
    }
    out.append("</table>")
    if let legend = portfolio.provisionalLegend(column, escape: HTMLReport.escape) {
      out.append("<p class=\"muted provisional\">\(legend)</p>")
    }
    out.append("</section>")
    return out
  }

  private static func cell(_ cell: Portfolio.Cell?) -> String {
    guard let cell else { return "<td class=\"heat\">–</td>" }
    let mark =
      cell.provisional
      ? "<abbr class=\"provisional\" title=\"provisional: some questions unanswered\">"
        + "\(Portfolio.provisionalMark)</abbr>" : ""
    return "<td class=\"heat\" style=\"background: \(heat[cell.heat])\">"
      + "\(HTMLReport.escape(cell.figure))\(mark)</td>"
  }

  private static func weakest(_ portfolio: Portfolio) -> [String] {
    var out = [
      "<section class=\"panel\">", "<h2>Weakest areas</h2>",
      "<p class=\"muted\">The lowest section or dimension of each team and system, counted. "
        + "\(HTMLReport.escape(portfolio.weakestCounting))</p>",
    ]
    if portfolio.weakest.isEmpty {
      let none = portfolio.noWeakestArea
      out.append("<p>\(HTMLReport.escape(none.prefix(1).uppercased() + none.dropFirst())).</p>")
    } else {
      out += ["<table>", "<tr><th>Framework</th><th>Area</th><th>Teams and systems</th></tr>"]
      for area in portfolio.weakest {
        let width = area.of > 0 ? 120 * area.teams / area.of : 0
        out.append(
          "<tr><td>\(HTMLReport.escape(area.frameworkName))</td>"
            + "<td>\(HTMLReport.escape(area.title))</td><td class=\"num\">"
            + "<span class=\"swatch\" style=\"width: \(width)px; background: \(heat[0]); "
            + "height: 10px\"></span>\(area.teams) of \(area.of)</td></tr>"
        )
      }
      out.append("</table>")
    }
    out.append("</section>")
    return out
  }

  private static func skipped(_ portfolio: Portfolio) -> [String] {
    guard !portfolio.problems.isEmpty else { return [] }
    var out = [
      "<section class=\"panel\">", "<h2>Skipped files</h2>",
      "<p class=\"muted\">Left out of everything above: "
        + "\(HTMLReport.escape(portfolio.skippedCount)).</p>",
      "<table>", "<tr><th>File</th><th>Why</th></tr>",
    ]
    for problem in portfolio.problems {
      out.append(
        "<tr><td>\(HTMLReport.escape(problem.path))</td>"
          + "<td>\(HTMLReport.escape(problem.problem))</td></tr>"
      )
    }
    out += ["</table>", "</section>"]
    return out
  }

  private static func changes(_ portfolio: Portfolio) -> [String] {
    let names = portfolio.columns.map { "<th>\(HTMLReport.escape($0.bank.name))</th>" }
    var out = [
      "<section class=\"panel\">", "<h2>Change since the previous round</h2>", "<table>",
      "<tr><th>Team · system</th><th>Previous</th><th>Latest</th>" + names.joined() + "</tr>",
    ]
    for row in portfolio.rows {
      let changes = portfolio.columns.map { column in
        "<td class=\"num\">\(HTMLReport.escape(Portfolio.change(row, column) ?? "–"))</td>"
      }
      out.append(
        "<tr><td>\(HTMLReport.escape(row.title))</td>"
          + "<td class=\"num\">\(HTMLReport.escape(row.previous.map(Portfolio.day) ?? "first round"))</td>"
          + "<td class=\"num\">\(HTMLReport.escape(Portfolio.day(row.latest)))</td>"
          + changes.joined()
          + "</tr>"
      )
    }
    out += ["</table>", "</section>"]
    return out
  }
}
