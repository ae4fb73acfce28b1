/// The inline SVG line chart of one framework in a trend: the headline and
/// each section or dimension (and Google's progress toward the next
/// level), each as a share of its own top, one point per session.
///
/// No script: each point carries a `<title>` with the session's day and
/// value, which browsers show on hover. Every text is escaped.
public enum TrendChart {
  /// One line of the chart.
  public struct Series: Sendable, Equatable {
    /// The legend's name.
    public var name: String
    /// `headline`, `part` or `progress`: how the line is drawn.
    public var kind: String
    /// Each session's share of the top, 0 to 1 (`nil`: not assessed).
    public var fractions: [Double?]
    /// Each session's value in words, for the points' titles.
    public var figures: [String?]
  }

  /// The colours of the lines, in order (the headline first).
  static let colours = [
    "#2456c9", "#17803d", "#a35a06", "#b42318", "#5b4db0", "#0e7490", "#9d174d", "#4d7c0f",
  ]
  private static let width = 640.0
  private static let height = 220.0
  private static let left = 54.0
  private static let right = 16.0
  private static let top = 12.0
  private static let bottom = 30.0

  /// The series of `bank` in `group`: the headline, then the trend's detail
  /// lines.
  public static func series(_ group: TrendGroup, bank: Bank) -> [Series] {
    let results = group.series(bank.id)
    let headline = Series(
      name: bank.name,
      kind: "headline",
      fractions: results.map { result in
        result.map { $0.maximum > 0 ? min(max($0.headline / $0.maximum, 0), 1) : 0 }
      },
      figures: results.map { $0.map(TrendText.label) }
    )
    return [headline]
      + TrendDetail.lines(group, bank: bank).map { line in
        Series(
          name: line.title,
          kind: line.id == TrendDetail.progressID ? "progress" : "part",
          fractions: line.fractions,
          figures: line.figures
        )
      }
  }

  /// The `<svg>` element and its legend. `dates` label the sessions.
  public static func render(_ series: [Series], dates: [String], title: String) -> [String] {
    let count = dates.count
    let plotWidth = width - left - right
    let plotHeight = height - top - bottom
    func x(_ index: Int) -> Double {
      count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(count - 1)
    }
    func y(_ fraction: Double) -> Double { top + plotHeight * (1 - fraction) }
    let number = HTMLReport.number
    var out = [
      "<svg class=\"trend\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\">",
      "<title>\(HTMLReport.escape(title))</title>",
    ]
    for step in 0...4 {
      let fraction = Double(step) / 4
      out.append(
        "<line class=\"grid\" x1=\"\(number(left))\" y1=\"\(number(y(fraction)))\" "
          + "x2=\"\(number(width - right))\" y2=\"\(number(y(fraction)))\"/>"
      )
      out.append(
        "<text class=\"axis-label\" x=\"\(number(left - 6))\" y=\"\(number(y(fraction) + 4))\" "
          + "text-anchor=\"end\">\(step * 25) %</text>"
      )
    }
    for (index, date) in dateLabels(dates) {
      // The first and last labels stay inside the chart.
      let anchor =
        count > 1 && index == 0 ? "start" : (count > 1 && index == count - 1 ? "end" : "middle")
      out.append(
        "<text class=\"axis-label\" x=\"\(number(x(index)))\" y=\"\(number(height - 10))\" "
          + "text-anchor=\"\(anchor)\">\(HTMLReport.escape(date))</text>"
      )
    }
    for (position, line) in series.enumerated() {
      let colour = colours[position % colours.count]
      let points = line.fractions.enumerated().compactMap { index, value in
        value.map { (index, $0) }
      }
      let path = points.map { "\(number(x($0.0))),\(number(y($0.1)))" }.joined(separator: " ")
      if points.count > 1 {
        out.append(
          "<polyline class=\"series \(line.kind)\" stroke=\"\(colour)\" points=\"\(path)\"/>"
        )
      }
      for (index, value) in points {
        let figure = line.figures[index] ?? ""
        let day = dates[index].isEmpty ? "(no date)" : dates[index]
        out.append(
          "<circle cx=\"\(number(x(index)))\" cy=\"\(number(y(value)))\" r=\"3\" "
            + "fill=\"\(colour)\"><title>\(HTMLReport.escape("\(line.name), \(day): \(figure)"))"
            + "</title></circle>"
        )
      }
    }
    out.append("</svg>")
    out.append("<ul class=\"legend\">")
    for (position, line) in series.enumerated() {
      out.append(
        "<li><span class=\"swatch\" style=\"background: \(colours[position % colours.count])\">"
          + "</span>\(HTMLReport.escape(line.name))</li>"
      )
    }
    out.append("</ul>")
    return out
  }

  /// The first and last day, and a few between, so labels do not overlap.
  static func dateLabels(_ dates: [String]) -> [(Int, String)] {
    guard !dates.isEmpty else { return [] }
    let most = 6
    let step = max(1, (dates.count + most - 2) / (most - 1))
    var indices = Array(stride(from: 0, to: dates.count, by: step))
    if indices.last != dates.count - 1 {
      if let last = indices.last, dates.count - 1 - last < step / 2 + 1, indices.count > 1 {
        indices.removeLast()
      }
      indices.append(dates.count - 1)
    }
    return indices.map { ($0, dates[$0]) }
  }
}
