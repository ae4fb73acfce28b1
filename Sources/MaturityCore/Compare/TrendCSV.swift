/// The trend of `mlmaturity trend --format csv`: one row per session and
/// framework, for spreadsheets, written by the shared ``CSV`` writer (RFC
/// 4180 quoting, formula cells neutralised, control characters spelled).
///
/// `level` is the level, or the band for the ML Test Score; `score` is the
/// level, or the final score for the ML Test Score. `next_level`,
/// `next_met` and `next_required` are the items in place toward the next
/// level (Google; empty otherwise or at the top). Then one column per
/// section or dimension of the frameworks shown, named
/// `<framework>.<part>` (`mlts.data`, `azure.people`, `google.level-1`):
/// filled on that framework's rows only.
public enum TrendCSV {
  /// The column names every trend has.
  public static let header = [
    "team", "system", "date", "updated_at", "file", "framework", "level", "score", "level_name",
    "provisional", "answered", "total", "next_level", "next_met", "next_required",
  ]

  /// The whole table with its header row.
  public static func render(_ groups: [TrendGroup]) -> String {
    let columns = partColumns(groups)
    var rows: [[String]] = []
    for group in groups {
      for entry in group.entries {
        for result in entry.results {
          let score = result.scoring.rule.figure(result.headline)
          var row = [
            group.team, group.system, entry.date, entry.updatedAt, entry.path, result.framework,
            String(result.rung), score, result.rungName, result.provisional ? "true" : "false",
            String(result.answered), String(result.total),
            result.progress.map { String($0.rung) } ?? "",
            result.progress.map { String($0.met) } ?? "",
            result.progress.map { String($0.required) } ?? "",
          ]
          for column in columns {
            let part = column.framework == result.framework ? result.part(column.part) : nil
            row.append(part.map { $0.number($0.value, rule: result.scoring.rule) } ?? "")
          }
          rows.append(row)
        }
      }
    }
    return CSV.document(header: header + columns.map { "\($0.framework).\($0.part)" }, rows: rows)
  }

  /// Every framework and part in the groups, in the order they first appear.
  static func partColumns(_ groups: [TrendGroup]) -> [(framework: String, part: String)] {
    var seen = Set<String>()
    var columns: [(framework: String, part: String)] = []
    for group in groups {
      for bank in group.banks {
        for part in group.parts(bank.id) where seen.insert(bank.id + "." + part.id).inserted {
          columns.append((bank.id, part.id))
        }
      }
    }
    return columns
  }
}
