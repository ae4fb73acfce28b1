extension ScreenBuffer {
  /// Draws a labelled progress bar, `[████░░░░]  50%`, in `width` columns.
  ///
  /// The label is the percentage right-aligned in four columns after a
  /// space, so bars of one width line up whatever their value. The filled
  /// part is rounded down, so only a full bar shows as full. Fractions
  /// outside 0...1 are clamped; widths too small for the brackets and label
  /// draw only the label.
  ///
  /// ```swift
  /// buffer.drawProgressBar(column: 0, row: 0, width: 20, fraction: 0.5)
  /// // "[███████░░░░░░]  50%"
  /// ```
  public mutating func drawProgressBar(
    column: Int,
    row: Int,
    width: Int,
    fraction: Double,
    style: Style = .plain,
    emptyStyle: Style? = nil
  ) {
    let fraction = Self.clamp(fraction)
    let percent = Int((fraction * 100).rounded(.down))
    let number = "\(percent)%"
    let label = " " + String(repeating: " ", count: max(0, 4 - number.count)) + number
    let inner = width - 2 - label.count
    guard inner >= 1 else {
      write(String(label.drop { $0 == " " }), column: column, row: row, maxWidth: width)
      return
    }
    let filled = Int((fraction * Double(inner)).rounded(.down))
    var next = write("[", column: column, row: row)
    next = write(String(repeating: "█", count: filled), column: next, row: row, style: style)
    next = write(
      String(repeating: "░", count: inner - filled),
      column: next,
      row: row,
      style: emptyStyle ?? style
    )
    next = write("]", column: next, row: row)
    write(label, column: next, row: row)
  }

  /// Draws an unlabelled bar filled to `fraction` of `width` columns, with
  /// eighth-cell precision (`▏▎▍▌▋▊▉█`), for scores.
  ///
  /// The filled part is drawn in `style`; the rest is spaces in
  /// `emptyStyle` (give it a background colour to show the track).
  ///
  /// ```swift
  /// buffer.drawBar(column: 0, row: 0, width: 4, fraction: 0.55)  // "██▎ "
  /// ```
  public mutating func drawBar(
    column: Int,
    row: Int,
    width: Int,
    fraction: Double,
    style: Style = .plain,
    emptyStyle: Style = .plain
  ) {
    guard width > 0 else { return }
    let eighths = Int((Self.clamp(fraction) * Double(width * 8)).rounded())
    var bar = String(repeating: "█", count: eighths / 8)
    if eighths % 8 > 0 {
      bar.append(Self.partialBlocks[eighths % 8 - 1])
    }
    let next = write(bar, column: column, row: row, style: style, maxWidth: width)
    let used = next - column
    if used < width {
      write(String(repeating: " ", count: width - used), column: next, row: row, style: emptyStyle)
    }
  }

  /// One to seven eighths of a cell, left-aligned.
  private static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  private static func clamp(_ fraction: Double) -> Double {
    fraction.isNaN ? 0 : min(max(fraction, 0), 1)
  }
}
