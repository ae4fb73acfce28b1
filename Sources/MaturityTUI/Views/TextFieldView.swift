import TerminalUI

/// Draws a one-line ``TextEditor``, scrolled so the cursor stays visible.
enum TextFieldView {
  /// Draws `editor` at `column`, `row` in `width` columns; returns the
  /// cursor position.
  static func draw(
    _ editor: TextEditor,
    column: Int,
    row: Int,
    width: Int,
    style: Style = .plain,
    into buffer: inout ScreenBuffer
  ) -> (column: Int, row: Int) {
    let width = max(1, width)
    let text = editor.text
    let before = DisplayWidth.of(String(text.prefix(editor.column)))
    var shown = Substring(text)
    var dropped = 0
    while before - dropped >= width, let first = shown.first {
      dropped += DisplayWidth.of(first)
      shown = shown.dropFirst()
    }
    buffer.write(String(shown), column: column, row: row, style: style, maxWidth: width)
    return (column + before - dropped, row)
  }
}

/// Draws a multi-line ``TextEditor``, wrapped to the width and scrolled so
/// the cursor line stays visible.
enum TextAreaView {
  /// Draws `editor` in `area`; returns the cursor position.
  static func draw(
    _ editor: TextEditor,
    in area: Rect,
    into buffer: inout ScreenBuffer
  ) -> (column: Int, row: Int) {
    // Only the rows on screen are laid out: per-key work does not grow
    // with the note.
    let window = editor.window(width: area.columns - 1, rows: area.rows)
    for (offset, line) in window.lines.enumerated() {
      buffer.write(line, column: area.column, row: area.row + offset, maxWidth: area.columns)
    }
    return (area.column + window.cursorColumn, area.row + window.cursorRow)
  }
}
