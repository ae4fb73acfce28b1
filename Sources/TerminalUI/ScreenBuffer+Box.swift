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
    guard let cell = Self.lineCell("─", style: style) else {
      write(String(repeating: "─", count: length), column: column, row: row, style: style)
      return
    }
    for offset in 0..<length where column + offset >= 0 {
      put(cell, column: column + offset, row: row)
    }
  }

  /// Draws `length` cells of `│` downwards from `row` in `column`.
  public mutating func drawVerticalLine(
    column: Int,
    row: Int,
    length: Int,
    style: Style = .plain
  ) {
    guard length > 0 else { return }
    let cell = Self.lineCell("│", style: style)
    for offset in 0..<length {
      if let cell {
        put(cell, column: column, row: row + offset)
      } else {
        write("│", column: column, row: row + offset, style: style)
      }
    }
  }

  /// The cell `line` makes in `style` when it is one column wide and
  /// needs no escaping, so a line can be drawn by copying it; `nil`
  /// otherwise (then the line is written as text). Either way the cells
  /// are the ones ``write(_:column:row:style:maxWidth:)`` makes.
  private static func lineCell(_ line: Unicode.Scalar, style: Style) -> Cell? {
    let pieces = CellText.cells(of: String(Character(line)))
    guard pieces.count == 1, pieces[0].width == 1 else { return nil }
    return Cell(scalars: pieces[0].scalars, width: 1, style: style)
  }
}
