/// Words a reader outside the team understands, for the reports that leave
/// the room (the one-page summary and the full report): dates as
/// `10 March 2026` instead of `2026-03-10T11:42:00Z`, and an ML Test Score
/// band as `band 2 (a final score above 1, up to 2)` instead of its range
/// `(1, 2]`.
///
/// Anything that does not parse is returned as it is, so nothing a team
/// wrote is ever dropped.
public enum PlainWords {
  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// `10 March 2026` for `2026-03-10`; `10 March 2026, 11:42 UTC` for
  /// `2026-03-10T11:42:00Z`; any other text unchanged.
  public static func date(_ text: String) -> String {
    if Day(text) != nil { return day(text) }
    guard let timestamp = Timestamp(iso8601: text) else { return text }
    let iso = timestamp.iso8601
    let clock = iso.dropFirst(11).prefix(5)
    return "\(day(timestamp.day)), \(clock) UTC"
  }

  /// `10 March 2026`: a valid `YYYY-MM-DD` in words.
  private static func day(_ text: String) -> String {
    let parts = text.split(separator: "-")
    guard parts.count == 3, let month = Int(parts[1]), let dayNumber = Int(parts[2]),
      months.indices.contains(month - 1)
    else { return text }
    return "\(dayNumber) \(months[month - 1]) \(parts[0])"
  }

  /// A band's range in words: `above 1, up to 2` for `(1, 2]`, `above 5`
  /// for `> 5`, `0` for `0`; `nil` when `name` is no range this reads.
  public static func range(_ name: String) -> String? {
    let text = name.trimmingWhitespace()
    if text.hasPrefix(">") {
      let bound = String(text.dropFirst()).trimmingWhitespace()
      return Double(bound) != nil ? "above \(bound)" : nil
    }
    if Double(text) != nil { return text }
    guard text.hasPrefix("("), text.hasSuffix("]") else { return nil }
    let bounds = text.dropFirst().dropLast().split(separator: ",").map {
      String($0).trimmingWhitespace()
    }
    guard bounds.count == 2, Double(bounds[0]) != nil, Double(bounds[1]) != nil else {
      return nil
    }
    return "above \(bounds[0]), up to \(bounds[1])"
  }

  /// Rung `rung` of `bank` in words: `level 1` for a level ladder, `band 2
  /// (a final score above 1, up to 2)` for a points rule whose rungs are
  /// named by their ranges.
  public static func rung(_ rung: Int, of bank: Bank) -> String {
    let plain = bank.rule.rungText(rung, of: bank, named: false)
    guard bank.rule.headlineIsPoints else { return plain }
    return "\(bank.rule.rungNoun) \(rung)" + (rangeWords(rung, of: bank).map { " (\($0))" } ?? "")
  }

  /// `a final score above 1, up to 2`: what a points rung means, or `nil`
  /// for a level ladder or a rung name that is no range.
  public static func rangeWords(_ rung: Int, of bank: Bank) -> String? {
    guard bank.rule.headlineIsPoints, bank.levels.indices.contains(rung),
      let words = range(bank.levels[rung].name)
    else { return nil }
    return Double(words) != nil ? "a final score of \(words)" : "a final score \(words)"
  }

  /// A result in a sentence, in words: `level 1 of 4, DevOps but no MLOps`,
  /// `1.5 of 7, band 2 (a final score above 1, up to 2)`.
  public static func headline(_ score: FrameworkScore, withMaximum: Bool = true) -> String {
    let rule = score.bank.rule
    let top = withMaximum ? " of \(Int(rule.maximumHeadline(of: score.bank)))" : ""
    let rungWords = rule.headlineIsPoints ? rung(score.rung, of: score.bank) : score.rungName
    return "\(rule.headlinePrefix)\(rule.figure(score.headline))\(top), \(rungWords)"
  }
}
