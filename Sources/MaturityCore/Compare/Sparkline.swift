/// A one-line chart of values: `▁▂▃▄▅▆▇█`, a space where there is none.
public enum Sparkline {
  /// The most points drawn; longer series show their last points after `…`.
  public static let maximumLength = 60

  private static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// The chart of `values` on a fixed scale from 0 to `maximum`, so a
  /// steady result draws a flat line at its height.
  public static func render(_ values: [Double?], maximum: Double) -> String {
    let shown = values.suffix(maximumLength)
    var line = values.count > maximumLength ? "…" : ""
    for value in shown {
      guard let value else {
        line.append(" ")
        continue
      }
      let fraction = maximum > 0 ? min(max(value / maximum, 0), 1) : 0
      line.append(blocks[Int((fraction * Double(blocks.count - 1)).rounded())])
    }
    return line
  }

  /// The chart of one framework's standing in a group's sessions
  /// (``TrendResult/standing``): a level's mark is raised by its items in
  /// place for the next level.
  public static func standing(_ series: [TrendResult?]) -> String {
    render(series.map { $0?.standing }, maximum: series.compactMap { $0?.maximum }.max() ?? 0)
  }

  /// The chart of one framework's results in a group's sessions.
  public static func render(_ series: [TrendResult?]) -> String {
    render(series.map { $0?.headline }, maximum: series.compactMap { $0?.maximum }.max() ?? 0)
  }
}
