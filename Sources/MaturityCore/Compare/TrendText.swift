/// The trend of `mlmaturity trend` as text or Markdown: per team and
/// system, a table per framework with each session's result and a
/// sparkline.
public enum TrendText {
  /// Plain text, ending in a newline.
  ///
  /// ```
  /// Payments ML · fraud-scoring: 3 sessions, 2025-10-01 to 2026-04-20
  ///
  ///   ML Test Score  ▁▁▂  1.0 → 2.0
  ///     2025-10-01  1.0, band (0, 1]  old-rubric.json
  /// ```
  public static func render(_ groups: [TrendGroup]) -> String {
    var lines: [String] = []
    for group in groups {
      if !lines.isEmpty { lines.append("") }
      lines.append("\(group.title): \(span(group))")
      for bank in group.banks {
        let series = group.series(bank.id)
        lines.append("")
        lines.append("  \(bank.name)  \(Sparkline.render(series))  \(movement(series, bank))")
        let rows = zip(group.entries, series).compactMap { entry, result in
          result.map { (entry, $0) }
        }
        let width = rows.map { label($0.1).count }.max() ?? 0
        for (entry, result) in rows {
          let text = label(result)
          let padded = text + String(repeating: " ", count: width - text.count)
          lines.append(
            "    \(entry.date.isEmpty ? "(no date)" : entry.date)  \(padded)  \(entry.path)"
          )
        }
        lines += detail(group, bank: bank)
      }
    }
    if groups.isEmpty { lines.append("no sessions") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Markdown: a heading per group and a table per framework.
  public static func markdown(_ groups: [TrendGroup]) -> String {
    var out = ["# Maturity over time", ""]
    for group in groups {
      out += [
        "## \(MarkdownReport.escape(group.title))", "", MarkdownReport.escape(span(group)), "",
      ]
      for bank in group.banks {
        let series = group.series(bank.id)
        out += [
          "### \(MarkdownReport.escape(bank.name)) `\(Sparkline.render(series))` "
            + MarkdownReport.escape(movement(series, bank)),
          "", "| Date | Result | File |", "|---|---|---|",
        ]
        for (entry, result) in zip(group.entries, series) {
          guard let result else { continue }
          out.append(
            "| \(MarkdownReport.escape(entry.date)) | \(MarkdownReport.escape(label(result))) "
              + "| \(MarkdownReport.escape(entry.path)) |"
          )
        }
        out.append("")
        out += markdownDetail(group, bank: bank)
      }
    }
    return out.joined(separator: "\n")
  }

  /// `sections:` and a line per section (and the progress toward the next
  /// level), each with its sparkline and movement.
  static func detail(_ group: TrendGroup, bank: Bank) -> [String] {
    let details = TrendDetail.lines(group, bank: bank)
    guard !details.isEmpty else { return [] }
    let width = details.map(\.title.count).max() ?? 0
    return ["    \(ScorePart.noun(of: bank.scoring)):"]
      + details.map { line in
        let title = line.title + String(repeating: " ", count: width - line.title.count)
        return "      \(title)  \(line.sparkline)  \(line.movement)"
      }
  }

  /// A table of the sections (or dimensions) with sparkline and movement.
  static func markdownDetail(_ group: TrendGroup, bank: Bank) -> [String] {
    let details = TrendDetail.lines(group, bank: bank)
    guard !details.isEmpty else { return [] }
    let noun = ScorePart.noun(of: bank.scoring)
    var out = [
      "| \(noun.prefix(1).uppercased() + noun.dropFirst()) | Trend | First → last |",
      "|---|---|---|",
    ]
    for line in details {
      out.append(
        "| \(MarkdownReport.escape(line.title)) | `\(line.sparkline)` | "
          + "\(MarkdownReport.escape(line.movement)) |"
      )
    }
    return out + [""]
  }

  /// `3 sessions, 2025-10-01 to 2026-04-20`.
  static func span(_ group: TrendGroup) -> String {
    let count = group.entries.count
    let dates = group.entries.map(\.date).filter { !$0.isEmpty }
    var text = "\(count) session\(count == 1 ? "" : "s")"
    if let first = dates.first, let last = dates.last {
      text += first == last ? ", \(first)" : ", \(first) to \(last)"
    }
    return text
  }

  /// `level 0 → 1` or `1.0 → 2.0 (+1.0)`: the first and the last result.
  static func movement(_ series: [TrendResult?], _ bank: Bank) -> String {
    let known = series.compactMap { $0 }
    guard let first = known.first, let last = known.last else { return "" }
    let prefix = bank.rule.headlinePrefix
    let from = DiffText.value(first.headline, of: bank)
    let to = DiffText.value(last.headline, of: bank)
    let delta = last.headline - first.headline
    let change = delta == 0 ? "" : " (\(DiffText.signed(delta, of: bank)))"
    return known.count == 1 ? prefix + from : "\(prefix)\(from) → \(to)\(change)"
  }

  /// The result, marked when provisional.
  static func label(_ result: TrendResult) -> String {
    result.label + (result.provisional ? " (provisional)" : "")
  }
}
