/// `mlmaturity portfolio DIR --format csv`: the heat map as one row per
/// team and system, framework and part (the framework's own result first,
/// with an empty `part`), for spreadsheets and pivot tables; written by the
/// shared ``CSV`` writer (RFC 4180 quoting, formula cells neutralised).
///
/// `value` is the part's figure (points, a level, or items in place),
/// `maximum` its top, `share` value ÷ maximum; `weakest` is `true` on the
/// team's lowest parts; `previous_value` and `change` compare with the
/// previous round (empty on a first round): `1`, `0`, `-0.5`. The number
/// columns are written as numbers (a spreadsheet can sum a change of
/// `-1`); only text cells get the formula guard (`'=…`). `provisional` is
/// `true` when some of the framework's questions are unanswered in the
/// latest round (`answered` of `total`), on the framework's row and its
/// parts' rows.
public enum PortfolioCSV {
  /// The column names.
  public static let header = [
    "team", "system", "date", "file", "sessions", "framework", "part", "title", "value",
    "maximum", "share", "weakest", "previous_date", "previous_value", "change", "provisional",
    "answered", "total",
  ]

  /// The whole table with its header row.
  public static func render(_ portfolio: Portfolio) -> String {
    var rows: [[String]] = []
    for row in portfolio.rows {
      for column in portfolio.columns {
        guard let result = row.latest.result(column.bank.id) else { continue }
        let before = row.previous?.result(column.bank.id)
        let rule = column.bank.rule
        let completeness = [
          result.provisional ? "true" : "false", String(result.answered), String(result.total),
        ]
        let fixed = [
          row.history.team, row.history.system, row.latest.date, row.latest.path,
          String(row.sessions), column.bank.id,
        ]
        rows.append(
          fixed + [
            "", column.bank.name, rule.figure(result.headline), rule.figure(result.maximum),
            share(result.headline, of: result.maximum), "",
            before == nil ? "" : row.previous?.date ?? "",
            before.map { rule.figure($0.headline) } ?? "",
            before.map { change(result.headline - $0.headline) { rule.figure($0) } } ?? "",
          ] + completeness
        )
        let weakest = Set(Portfolio.weakestParts(of: result).map(\.id))
        for part in result.parts {
          let old = before?.part(part.id)
          rows.append(
            fixed + [
              part.id, part.title, part.number(part.value, rule: rule),
              part.number(part.maximum, rule: rule),
              share(part.value, of: part.maximum), weakest.contains(part.id) ? "true" : "false",
              old == nil ? "" : row.previous?.date ?? "",
              old.map { part.number($0.value, rule: rule) } ?? "",
              old.map { change(part.value - $0.value) { part.number($0, rule: rule) } } ?? "",
            ] + completeness
          )
        }
      }
    }
    return CSV.document(header: header, rows: rows, numberColumns: numberColumns)
  }

  /// The columns that hold numbers.
  static let numberColumns = Set(
    ["sessions", "value", "maximum", "share", "previous_value", "change", "answered", "total"]
      .compactMap {
        header.firstIndex(of: $0)
      }
  )

  /// `1`, `-0.5`: a change without a `+`, so a spreadsheet reads it as a
  /// number.
  private static func change(_ delta: Double, _ figure: (Double) -> String) -> String {
    (delta < 0 ? "-" : "") + figure(abs(delta))
  }

  /// `0.29`: two decimals.
  private static func share(_ value: Double, of maximum: Double) -> String {
    let hundredths = maximum > 0 ? Int((min(max(value / maximum, 0), 1) * 100).rounded()) : 0
    return hundredths == 100 ? "1.00" : "0.\(hundredths < 10 ? "0" : "")\(hundredths)"
  }
}
