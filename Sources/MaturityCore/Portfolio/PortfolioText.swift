import TerminalUI

/// `mlmaturity portfolio DIR` as plain text: a heat map per framework
/// (team and system × result and parts, each cell a shade and a figure),
/// the weakest areas, and each team's change since its previous round.
///
/// ```
/// ML Test Score: latest session of each team and system
///   team · system                date        result  data   model  infra  monitor
///   Payments ML · fraud-scoring  2026-04-20  ▃ 2.0   ▄ 3.0  ▃ 2.0  ▄ 2.5  ▄ 2.5
/// ```
public enum PortfolioText {
  /// The whole text, ending in a newline.
  public static func render(_ portfolio: Portfolio) -> String {
    var lines = ["Portfolio: \(portfolio.span) (the latest session of each is shown)"]
    if portfolio.rows.isEmpty { lines.append("no sessions") }
    for column in portfolio.columns {
      lines += [""] + heatMap(portfolio, column)
    }
    lines += [""] + weakest(portfolio)
    lines += [""] + changes(portfolio)
    if !portfolio.problems.isEmpty {
      lines += ["", "Skipped: \(portfolio.skippedCount), named with why on standard error"]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One framework's table.
  static func heatMap(_ portfolio: Portfolio, _ column: Portfolio.Column) -> [String] {
    var table = [["team · system", "date", "result"] + column.parts.map { oneLine($0.id) }]
    for row in portfolio.rows where row.latest.result(column.bank.id) != nil {
      let cells =
        [Portfolio.headline(row, column)] + column.parts.map { Portfolio.part(row, column, $0.id) }
      table.append(
        [oneLine(row.title), day(row.latest)]
          + cells.map { cell in cell.map { "\($0.shade) \($0.marked)" } ?? "-" }
      )
    }
    var lines = ["\(oneLine(column.bank.name)): latest session of each team and system"]
    lines += aligned(table).map { "  " + $0 }
    let legend = column.parts.filter { $0.title.lowercased() != $0.id }
    if !legend.isEmpty {
      let text = legend.map { "\(oneLine($0.id)): \(oneLine($0.title))" }
        .joined(separator: "; ")
      lines += TextWrap.wrap("(\(text))", width: 76).map { "  " + $0 }
    }
    if let provisional = portfolio.provisionalLegend(column, escape: oneLine) {
      lines += TextWrap.wrap("(\(provisional))", width: 76).map { "  " + $0 }
    }
    return lines
  }

  /// The weakest areas, most teams first.
  static func weakest(_ portfolio: Portfolio) -> [String] {
    var lines = [
      "Weakest areas (the lowest section or dimension of each team and system)"
    ]
    lines += TextWrap.wrap(portfolio.weakestCounting, width: 76).map { "  " + $0 }
    if portfolio.weakest.isEmpty { lines.append("  " + portfolio.noWeakestArea) }
    lines += aligned(
      portfolio.weakest.map { area in
        ["\(oneLine(area.frameworkName)) · \(oneLine(area.title))", "\(area.teams) of \(area.of)"]
      }
    ).map { "  " + $0 }
    return lines
  }

  /// Each team and system's change since its previous round.
  static func changes(_ portfolio: Portfolio) -> [String] {
    var lines = ["Change since the previous round"]
    for row in portfolio.rows {
      let title = oneLine(row.title)
      guard let previous = row.previous else {
        lines.append("  \(title)  \(day(row.latest))  first round")
        continue
      }
      lines.append("  \(title)  \(day(previous)) → \(day(row.latest))")
      lines += aligned(
        portfolio.columns.compactMap { column in
          Portfolio.change(row, column).map { [oneLine(column.bank.name), oneLine($0)] }
        }
      ).map { "    " + $0 }
    }
    return lines
  }

  /// `text` on one line with every control character spelled (a line
  /// break `^J`, a tab `^I`, ESC `^[`, bidi marks `<U+202E>`), so a team
  /// name from a file can neither act on the terminal nor break a table
  /// row, and its width is what ``aligned(_:)`` measures.
  static func oneLine(_ text: String) -> String {
    TerminalSafeText.sanitize(text)
  }

  private static func day(_ entry: TrendEntry) -> String {
    oneLine(Portfolio.day(entry))
  }

  /// The rows of `table` with each column padded to its widest cell (the
  /// last column unpadded).
  static func aligned(_ table: [[String]]) -> [String] {
    let count = table.map(\.count).max() ?? 0
    let widths = (0..<count).map { index in
      table.map { index < $0.count ? DisplayWidth.of($0[index]) : 0 }.max() ?? 0
    }
    return table.map { cells in
      cells.enumerated().map { index, cell in
        index == cells.count - 1
          ? cell : cell + String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
      }.joined(separator: "  ")
    }
  }
}
