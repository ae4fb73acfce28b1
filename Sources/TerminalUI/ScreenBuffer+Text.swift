extension ScreenBuffer {
  /// Writes `text` aligned within the `width` columns that start at
  /// `column`, and returns the column after its last cell.
  ///
  /// Text wider than the span is cut with an ellipsis (`…`).
  ///
  /// ```swift
  /// buffer.write("Page 2/5", alignment: .right, column: 0, row: 0, width: 40)
  /// ```
  @discardableResult
  public mutating func write(
    _ text: String,
    alignment: TextAlignment,
    column: Int,
    row: Int,
    width: Int,
    style: Style = .plain
  ) -> Int {
    let fitted = DisplayWidth.truncate(text, to: max(0, width))
    let slack = max(0, width - DisplayWidth.of(fitted))
    let offset =
      switch alignment {
      case .left: 0
      case .center: slack / 2
      case .right: slack
      }
    return write(fitted, column: column + offset, row: row, style: style, maxWidth: width - offset)
  }

  /// Writes `text` centred on `row` of `rect`.
  @discardableResult
  public mutating func writeCentered(
    _ text: String,
    row: Int,
    in rect: Rect,
    style: Style = .plain
  ) -> Int {
    write(
      text,
      alignment: .center,
      column: rect.column,
      row: row,
      width: rect.columns,
      style: style
    )
  }

  /// Writes `text` so that it ends at the right edge of `rect`, on `row`.
  @discardableResult
  public mutating func writeRightAligned(
    _ text: String,
    row: Int,
    in rect: Rect,
    style: Style = .plain
  ) -> Int {
    write(text, alignment: .right, column: rect.column, row: row, width: rect.columns, style: style)
  }

  /// Word-wraps `text` into `rect` (see ``TextWrap/wrap(_:width:)``) and
  /// returns the number of lines the whole text needs.
  ///
  /// Lines below the rectangle are not drawn; compare the result with
  /// `rect.rows` to know whether the text was cut. `skippingLines` drops that
  /// many lines from the top, for scrolling.
  @discardableResult
  public mutating func writeWrapped(
    _ text: String,
    in rect: Rect,
    style: Style = .plain,
    skippingLines: Int = 0
  ) -> Int {
    let lines = TextWrap.wrap(text, width: rect.columns)
    for (offset, line) in lines.dropFirst(max(0, skippingLines)).prefix(rect.rows).enumerated() {
      write(line, column: rect.column, row: rect.row + offset, style: style, maxWidth: rect.columns)
    }
    return lines.count
  }
}
