/// The trend of `mlmaturity trend --format csv`: one row per session and
/// framework, for spreadsheets, written by the shared ``CSV`` writer (RFC
/// 4180 quoting, formula cells neutralised, control characters spelled).
///
/// `level` is the level, or the band for the ML Test Score; `score` is the
/// level, or the final score for the ML Test Score.
public enum TrendCSV {
  /// The column names.
  public static let header = [
    "team", "system", "date", "updated_at", "file", "framework", "level", "score", "level_name",
    "provisional", "answered", "total",
  ]

  /// The whole table with its header row.
  public static func render(_ groups: [TrendGroup]) -> String {
    var rows: [[String]] = []
    for group in groups {
      for entry in group.entries {
        for result in entry.results {
          let score = result.scoring.rule.figure(result.headline)
          rows.append([
            group.team, group.system, entry.date, entry.updatedAt, entry.path, result.framework,
            String(result.rung), score, result.rungName, result.provisional ? "true" : "false",
            String(result.answered), String(result.total),
          ])
        }
      }
    }
    return CSV.document(header: header, rows: rows)
  }
}
