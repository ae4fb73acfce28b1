extension ScreenBuffer {
  /// Draws a single-line box (`┌─┐│└┘`) around the edge of `rect`, with an
  /// optional title in the top border.
  ///
  /// The title sits after `┌─ ` and is cut with `…` when the box is too
  /// narrow; boxes smaller than 2×2 draw nothing. The inside is left as it
  /// is: use `rect.inset(by: 1)` for the content area.
  ///
  /// ```
  /// ┌─ Évaluation ─┐
  /// │              │
  /// └──────────────┘
  /// ```
  public mutating func drawBox(
    _ rect: Rect,
    title: String? = nil,
    style: Style = .plain,
    titleStyle: Style? = nil
  ) {
    guard rect.columns >= 2 && rect.rows >= 2 else { return }
    let right = rect.endColumn - 1
    let bottom = rect.endRow - 1
    let inner = Size(columns: rect.columns - 2, rows: rect.rows - 2)
    drawHorizontalLine(column: rect.column + 1, row: rect.row, length: inner.columns, style: style)
    drawHorizontalLine(column: rect.column + 1, row: bottom, length: inner.columns, style: style)
    drawVerticalLine(column: rect.column, row: rect.row + 1, length: inner.rows, style: style)
    drawVerticalLine(column: right, row: rect.row + 1, length: inner.rows, style: style)
    write("┌", column: rect.column, row: rect.row, style: style)
    write("┐", column: right, row: rect.row, style: style)
    write("└", column: rect.column, row: bottom, style: style)
    write("┘", column: right, row: bottom, style: style)
    if let title, !title.isEmpty, rect.columns >= 6 {
      let room = rect.columns - 6
      let fitted = DisplayWidth.truncate(title, to: room)
      guard !fitted.isEmpty else { return }
      let end = write(" ", column: rect.column + 2, row: rect.row, style: style)
      let titleEnd = write(fitted, column: end, row: rect.row, style: titleStyle ?? style)
      write(" ", column: titleEnd, row: rect.row, style: style)
    }
  }

  /// Draws `length` cells of `─` to the right of `column` on `row`.
  public mutating func drawHorizontalLine(
    column: Int,
    row: Int,
    length: Int,
    style: Style = .plain
  ) {
    guard length > 0 else { return }
    write(String(repeating: "─", count: length), column: column, row: row, style: style)
  }

  /// Draws `length` cells of `│` downwards from `row` in `column`.
  public mutating func drawVerticalLine(
    column: Int,
    row: Int,
    length: Int,
    style: Style = .plain
  ) {
    guard length > 0 else { return }
    for offset in 0..<length {
      write("│", column: column, row: row + offset, style: style)
    }
  }
}
