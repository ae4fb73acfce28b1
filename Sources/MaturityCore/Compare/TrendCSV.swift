/// The trend of `mlmaturity trend --format csv`: one row per session and
/// framework, quoted as RFC 4180 says, for spreadsheets. Lines end in LF
/// (the console turns CR LF into LF anyway).
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
    var out = row(header)
    for group in groups {
      for entry in group.entries {
        for result in entry.results {
          let score =
            result.scoring == .mlTestScore
            ? ScoreText.points(result.headline) : String(Int(result.headline))
          out += row([
            group.team, group.system, entry.date, entry.updatedAt, entry.path, result.framework,
            String(result.rung), score, result.rungName, result.provisional ? "true" : "false",
            String(result.answered), String(result.total),
          ])
        }
      }
    }
    return out
  }

  /// One CSV row ending in a line feed.
  static func row(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\n"
  }

  /// A field, quoted when it holds a comma, quote or line break. A field
  /// that a spreadsheet would run as a formula (starting with `=`, `+`,
  /// `-`, `@`) gets a leading `'` so it stays text.
  static func field(_ text: String) -> String {
    var text = text
    if let first = text.first, "=+-@".contains(first) { text = "'" + text }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
  }
}

extension String {
  /// The string with every `target` character replaced by `replacement`.
  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for character in self {
      if character == target { out += replacement } else { out.append(character) }
    }
    return out
  }
}
