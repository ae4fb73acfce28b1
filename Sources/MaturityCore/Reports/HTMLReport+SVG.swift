/// The inline SVG radar of the ML Test Score sections.
extension HTMLReport {
  private static let width = 540.0
  private static let height = 390.0
  private static let radius = 126.0

  /// A radar with one axis per section (0 to the section's maximum), the
  /// polygon of the section sums, the weakest section in red, and the score
  /// the next band needs as a dashed ring. Fewer than three sections give no
  /// radar (the section table still shows them).
  static func radar(_ mlts: MLTestScoreResult) -> [String] {
    let sections = mlts.sections
    guard sections.count >= 3 else { return [] }
    let maximum = max(1, sections.map(\.maximum).max() ?? 7)
    let center = (x: width / 2, y: height / 2)
    func point(_ index: Int, _ value: Double) -> (x: Double, y: Double) {
      let direction = HTMLReport.direction(index, of: sections.count)
      let length = radius * min(value, maximum) / maximum
      return (center.x + direction.x * length, center.y + direction.y * length)
    }
    func polygon(_ value: (Int) -> Double) -> String {
      sections.indices.map { index in
        let spot = point(index, value(index))
        return "\(number(spot.x)),\(number(spot.y))"
      }.joined(separator: " ")
    }
    let sums = sections.map { "\($0.title) \(ScoreText.points($0.points))" }
      .joined(separator: ", ")
    var out = [
      "<svg class=\"radar\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" "
        + "aria-labelledby=\"radar-title\">",
      "<title id=\"radar-title\">ML Test Score by section: \(escape(sums))</title>",
    ]
    let step = maximum > 10 ? (maximum / 5).rounded(.up) : 1
    var ring = step
    while ring <= maximum {
      let outer = ring == maximum ? " outer" : ""
      out.append("<polygon class=\"grid\(outer)\" points=\"\(polygon { _ in ring })\"/>")
      let label = point(0, ring)
      out.append(
        "<text class=\"ring-label\" x=\"\(number(label.x + 4))\" y=\"\(number(label.y + 11))\">"
          + "\(Int(ring))</text>"
      )
      ring += step
    }
    for index in sections.indices {
      let end = point(index, maximum)
      out.append(
        "<line class=\"axis\" x1=\"\(number(center.x))\" y1=\"\(number(center.y))\" "
          + "x2=\"\(number(end.x))\" y2=\"\(number(end.y))\"/>"
      )
    }
    if let needed = mlts.nextBandScore {
      out.append("<polygon class=\"threshold\" points=\"\(polygon { _ in needed })\"/>")
    }
    out.append("<polygon class=\"area\" points=\"\(polygon { sections[$0].points })\"/>")
    for (index, section) in sections.enumerated() {
      let spot = point(index, section.points)
      let weak = mlts.weakest.contains(section.id)
      out.append(
        "<circle class=\"\(weak ? "dot weak" : "dot")\" cx=\"\(number(spot.x))\" "
          + "cy=\"\(number(spot.y))\" r=\"\(weak ? 6 : 4)\"/>"
      )
      out += axisLabel(index, of: sections.count, section: section, weak: weak, center: center)
    }
    out.append("</svg>")
    out.append(
      "<p class=\"chart-note\">Points per section, 0 to \(Int(maximum)). The shape is the section "
        + "sums; the final score is the lowest (in red)"
        + (mlts.nextBandScore.map {
          "; the dashed ring is the \(ScoreText.points($0)) the next band needs"
        }
          ?? "")
        + ".</p>"
    )
    return out
  }

  private static func axisLabel(
    _ index: Int,
    of count: Int,
    section: MLTestScoreResult.SectionScore,
    weak: Bool,
    center: (x: Double, y: Double)
  ) -> [String] {
    let direction = HTMLReport.direction(index, of: count)
    let x = center.x + direction.x * (radius + 14)
    let y = center.y + direction.y * (radius + 14)
    let anchor = direction.x > 0.3 ? "start" : (direction.x < -0.3 ? "end" : "middle")
    var lines = wrap(section.title, width: abs(direction.x) > 0.3 ? 15 : 30).map(escape)
    lines.append(
      "\(ScoreText.points(section.points)) / \(ScoreText.points(section.maximum))"
        + (weak ? " · weakest" : "")
    )
    let lineHeight = 14.0
    let top: Double
    if direction.y < -0.3 {
      top = y - Double(lines.count - 1) * lineHeight - 2
    } else if direction.y > 0.3 {
      top = y + 10
    } else {
      top = y - Double(lines.count - 1) * lineHeight / 2 + 4
    }
    var out = [
      "<text class=\"axis-label\(weak ? " weak" : "")\" text-anchor=\"\(anchor)\" "
        + "x=\"\(number(x))\" y=\"\(number(top))\">"
    ]
    for (position, line) in lines.enumerated() {
      let last = position == lines.count - 1
      out.append(
        "<tspan x=\"\(number(x))\" dy=\"\(position == 0 ? "0" : number(lineHeight))\""
          + "\(last ? " class=\"value\"" : "")>\(line)</tspan>"
      )
    }
    out.append("</text>")
    return out
  }

  /// Words of `text` in lines of at most `width` characters (a longer word
  /// gets its own line).
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// The unit vector of axis `index` of `count`: the first points up, the
  /// others follow clockwise (screen coordinates, y down).
  static func direction(_ index: Int, of count: Int) -> (x: Double, y: Double) {
    let angle = 2 * Double.pi * Double(index) / Double(count)
    return (sine(angle), -sine(angle + Double.pi / 2))
  }

  /// The sine of `angle` (radians) from its Taylor series, reduced to
  /// [-π, π] first; exact enough for drawing, and the core needs no
  /// Foundation.
  static func sine(_ angle: Double) -> Double {
    var x = angle.truncatingRemainder(dividingBy: 2 * Double.pi)
    if x > Double.pi { x -= 2 * Double.pi }
    if x < -Double.pi { x += 2 * Double.pi }
    var term = x
    var sum = x
    for n in 1...12 {
      term *= -x * x / Double(2 * n * (2 * n + 1))
      sum += term
    }
    return sum
  }

  /// `12.5`, `-3.0`: a number with one decimal, for SVG coordinates and CSS.
  static func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }
}
