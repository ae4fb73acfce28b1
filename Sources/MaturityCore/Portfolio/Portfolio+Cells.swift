/// What every portfolio format shows in a cell: a value in words, its share
/// of the top (the heat), and a row's change since its previous round.
extension Portfolio {
  /// A heat-map cell: the value in words and its share of the top.
  public struct Cell: Sendable, Equatable {
    /// `2.0`, `1`, `5/14`.
    public var figure: String
    /// The value as a share of its top, 0 to 1.
    public var fraction: Double
    /// Whether the result is provisional (some questions unanswered);
    /// only a framework's own result is marked, not its parts.
    public var provisional = false
    /// The heat, 0 (lowest fifth) to 4 (top fifth): what the HTML colours.
    public var heat: Int { min(4, Int(fraction * 5)) }
    /// `▃`: the share as one block of ``Sparkline``.
    public var shade: String { Sparkline.render([fraction], maximum: 1) }
    /// `2.0*` when provisional, else ``figure``.
    public var marked: String { figure + (provisional ? Portfolio.provisionalMark : "") }
  }

  /// The headline cell of `column`'s framework in `row`'s latest session.
  public static func headline(_ row: Row, _ column: Column) -> Cell? {
    row.latest.result(column.bank.id).map { result in
      Cell(
        figure: column.bank.rule.figure(result.headline),
        fraction: result.maximum > 0 ? min(max(result.headline / result.maximum, 0), 1) : 0,
        provisional: result.provisional
      )
    }
  }

  /// The cell of part `part` of `column`'s framework in `row`'s latest
  /// session.
  public static func part(_ row: Row, _ column: Column, _ part: String) -> Cell? {
    row.latest.result(column.bank.id)?.part(part).map {
      Cell(figure: $0.figure(of: column.bank), fraction: $0.fraction)
    }
  }

  /// `level 0 → 1 (+1)`, `1.0 → 1.0`: the framework's result in the
  /// previous round and the latest; `nil` without a previous round that
  /// assesses it.
  public static func change(_ row: Row, _ column: Column) -> String? {
    guard let before = row.previous?.result(column.bank.id),
      let now = row.latest.result(column.bank.id)
    else { return nil }
    return TrendText.movement([before, now], column.bank)
  }

  /// The latest headline minus the previous round's, when both assess the
  /// framework.
  public static func delta(_ row: Row, _ column: Column) -> Double? {
    guard let before = row.previous?.result(column.bank.id),
      let now = row.latest.result(column.bank.id)
    else { return nil }
    return now.headline - before.headline
  }

  /// The teams and systems whose latest result of `column`'s framework is
  /// provisional, with how many questions they answered.
  public func provisional(_ column: Column) -> [(title: String, answered: Int, total: Int)] {
    rows.compactMap { row in
      row.latest.result(column.bank.id).flatMap { result in
        result.provisional ? (row.title, result.answered, result.total) : nil
      }
    }
  }

  /// `* provisional, some questions unanswered: Payments ML · fraud-scoring
  /// (3 of 60 answered)`: the legend of the `*` mark under `column`'s
  /// table, with each title passed through `escape`; `nil` when no result
  /// is provisional.
  public func provisionalLegend(_ column: Column, escape: (String) -> String) -> String? {
    let entries = provisional(column)
    guard !entries.isEmpty else { return nil }
    return "\(Self.provisionalMark) provisional, some questions unanswered: "
      + entries.map { "\(escape($0.title)) (\($0.answered) of \($0.total) answered)" }
      .joined(separator: "; ")
  }

  /// The mark after a provisional result.
  public static let provisionalMark = "*"

  /// `Counts complete results only (…); 2 provisional results are left
  /// out here.`: ``weakestRule`` and what it left out, in one line.
  public var weakestCounting: String {
    Self.weakestRule + " "
      + (provisionalLeftOut == 0
        ? "None is provisional here."
        : Plural.count(provisionalLeftOut, "provisional result") + " "
          + (provisionalLeftOut == 1 ? "is" : "are") + " left out here.")
  }

  /// Why there is no weakest area (lower case, no full stop): every part
  /// at its top, or no complete result to count.
  public var noWeakestArea: String {
    let complete = columns.contains { column in
      rows.contains { $0.latest.result(column.bank.id)?.provisional == false }
    }
    return complete
      ? "none: every section and dimension is at its top"
      : "none counted: no result is complete"
  }

  /// `2 files or folders`: how many paths ``problems`` names.
  public var skippedCount: String {
    Plural.count(problems.count, "file or folder", "files or folders")
  }

  /// `2026-04-20`, or `(no date)` for a session without a date (nor a
  /// time it was changed or created).
  public static func day(_ entry: TrendEntry) -> String {
    entry.date.isEmpty ? "(no date)" : entry.date
  }

  /// `3 teams and systems, 9 sessions`.
  public var span: String {
    Plural.count(rows.count, "team and system", "teams and systems") + ", "
      + Plural.count(sessionCount, "session")
  }
}
