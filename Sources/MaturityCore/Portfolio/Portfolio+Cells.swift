/// What every portfolio format shows in a cell: a value in words, its share
/// of the top (the heat), and a row's change since its previous round.
extension Portfolio {
  /// A heat-map cell: the value in words and its share of the top.
  public struct Cell: Sendable, Equatable {
    /// `2.0`, `1`, `5/14`.
    public var figure: String
    /// The value as a share of its top, 0 to 1.
    public var fraction: Double
    /// The heat, 0 (lowest fifth) to 4 (top fifth): what the HTML colours.
    public var heat: Int { min(4, Int(fraction * 5)) }
    /// `▃`: the share as one block of ``Sparkline``.
    public var shade: String { Sparkline.render([fraction], maximum: 1) }
  }

  /// The headline cell of `column`'s framework in `row`'s latest session.
  public static func headline(_ row: Row, _ column: Column) -> Cell? {
    row.latest.result(column.bank.id).map { result in
      Cell(
        figure: column.bank.rule.figure(result.headline),
        fraction: result.maximum > 0 ? min(max(result.headline / result.maximum, 0), 1) : 0
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

  /// `3 teams and systems, 9 sessions`.
  public var span: String {
    Plural.count(rows.count, "team and system", "teams and systems") + ", "
      + Plural.count(sessionCount, "session")
  }
}
