extension ScreenBuffer {
  /// Copies the rows of `source` starting at `sourceRow` into `rect`, as
  /// many as fit. Wide characters stay whole: a cell pair is copied
  /// together or not at all.
  ///
  /// Scrollable content is drawn once into a tall buffer and shown through
  /// a window with this.
  public mutating func draw(_ source: ScreenBuffer, fromRow sourceRow: Int, into rect: Rect) {
    for offset in 0..<rect.rows {
      let row = sourceRow + offset
      guard row >= 0 && row < source.size.rows else { continue }
      var column = 0
      while column < min(source.size.columns, rect.columns) {
        let cell = source[column, row]
        if cell.isContinuation {
          column += 1
          continue
        }
        if column + cell.width <= rect.columns {
          write(cell.text, column: rect.column + column, row: rect.row + offset, style: cell.style)
        }
        column += max(1, cell.width)
      }
    }
  }
}
