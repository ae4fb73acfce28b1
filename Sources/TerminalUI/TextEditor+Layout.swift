/// How a ``TextEditor``'s text is wrapped for display.
extension TextEditor {
  /// Wrapped rows, and the cursor's row and column in them.
  public typealias Layout = (lines: [String], cursorRow: Int, cursorColumn: Int)

  /// The whole text hard-wrapped to `width` display columns, and where the
  /// cursor falls in it. Costs time in proportion to the text; views use
  /// ``window(width:rows:)``.
  public func layout(width: Int) -> Layout {
    var visual: [String] = []
    var cursor = (row: 0, column: 0)
    for index in lines.indices {
      let wrapped = wrap(index, width: width)
      if index == row { cursor = (visual.count + wrapped.cursorRow, wrapped.cursorColumn) }
      visual += wrapped.lines
    }
    return (visual, cursor.row, cursor.column)
  }

  /// The `rows` visual rows a view of `width` columns shows, and the cursor
  /// in them: the rows of ``layout(width:)`` from `max(0, cursor row -
  /// rows + 1)`, so the cursor stays on screen. Only the lines around the
  /// cursor are wrapped, so the cost does not grow with the text.
  public func window(width: Int, rows: Int) -> Layout {
    let rows = max(1, rows)
    let current = wrap(row, width: width)
    // Rows up to the cursor, wrapped backwards until the screen is full.
    var above = Array(current.lines[...current.cursorRow])
    var index = row
    while above.count < rows && index > 0 {
      index -= 1
      above.insert(contentsOf: wrap(index, width: width).lines, at: 0)
    }
    if above.count >= rows {
      return (Array(above.suffix(rows)), rows - 1, current.cursorColumn)
    }
    // The text starts on screen: fill the rest with the rows after the cursor.
    let cursorRow = above.count - 1
    var shown = above + current.lines[(current.cursorRow + 1)...]
    index = row
    while shown.count < rows && index + 1 < lines.count {
      index += 1
      shown += wrap(index, width: width).lines
    }
    return (Array(shown.prefix(rows)), cursorRow, current.cursorColumn)
  }

  /// Line `index` wrapped to `width` columns, with the cursor's place in it
  /// (row 0, column 0 when the cursor is on another line).
  func wrap(_ index: Int, width: Int) -> Layout {
    let width = max(1, width)
    var visual: [String] = []
    var current = ""
    var used = 0
    var cursor: (row: Int, column: Int)?
    for (position, character) in lines[index].enumerated() {
      let cellWidth = Self.width(of: character)
      if used + cellWidth > width && used > 0 {
        visual.append(current)
        current = ""
        used = 0
      }
      if index == row && position == column { cursor = (visual.count, used) }
      current.append(character)
      used += cellWidth
    }
    if index == row && cursor == nil {
      if used >= width {
        visual.append(current)
        current = ""
        used = 0
      }
      cursor = (visual.count, used)
    }
    visual.append(current)
    return (visual, cursor?.row ?? 0, cursor?.column ?? 0)
  }

  /// Display columns of one character: 1 for printable ASCII without
  /// asking the width tables (the common case, and the one a long line is
  /// made of), else what ``DisplayWidth`` says.
  static func width(of character: Character) -> Int {
    if let ascii = character.asciiValue, ascii >= 0x20 && ascii < 0x7F { return 1 }
    return max(0, DisplayWidth.of(character))
  }
}
