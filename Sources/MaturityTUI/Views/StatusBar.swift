import MaturityCore
import TerminalUI

/// The two bottom rows of every screen: the status line (a message, or
/// what the screen is about) and the key hints.
enum StatusBar {
  /// Draws `status` on the second-to-last row and `hints` on the last.
  ///
  /// A `message` (shown until the next key) wider than its row goes on onto
  /// the hints row (the hints come back with the next key), so a message is
  /// never cut at 80 columns; one longer than two rows ends with `…`. A
  /// lasting status (`message: false`, e.g. the save state) keeps to its
  /// row, so the hints stay. `right` stays at the right end of the status
  /// row (the section timebox).
  static func draw(
    status: String?,
    style: Style,
    message: Bool = true,
    hints: String,
    right: (text: String, style: Style)? = nil,
    into buffer: inout ScreenBuffer
  ) {
    let width = buffer.size.columns
    let statusRow = buffer.size.rows - 2
    let hintsRow = buffer.size.rows - 1
    var first = width - 2
    if status != nil || right != nil {
      buffer.fill(Rect(column: 0, row: statusRow, columns: width, rows: 1), style: style)
    }
    if let right {
      let column = width - DisplayWidth.of(right.text)
      buffer.write(right.text, column: column, row: statusRow, style: right.style)
      first = column - 2
    }
    let lines =
      status.map { message ? Self.lines($0, first: first, rest: width - 2) : [$0] } ?? []
    for (offset, line) in lines.enumerated() {
      let row = statusRow + offset
      if offset > 0 {
        buffer.fill(Rect(column: 0, row: row, columns: width, rows: 1), style: style)
      }
      let room = offset == 0 ? first + 1 : width - 1
      buffer.write(" " + line, column: 0, row: row, style: style, maxWidth: room)
    }
    guard lines.count < 2 else { return }
    buffer.write(
      " " + fitHints(hints, width: width - 1),
      column: 0,
      row: hintsRow,
      style: Theme.dim,
      maxWidth: width
    )
  }

  /// `text` as one line of `first` columns, or two: the first `first`
  /// columns wide, the second `rest` wide and ending with `…` when more
  /// would follow.
  static func lines(_ text: String, first: Int, rest: Int) -> [String] {
    guard DisplayWidth.of(text) > first else { return [text] }
    let wrapped = PaneWriter.wrap(
      text,
      columns: max(1, rest),
      prefix: max(0, rest - first),
      indent: 0
    )
    guard let head = wrapped.first else { return [text] }
    let tail = wrapped.dropFirst().joined(separator: " ")
    return [head, DisplayWidth.truncate(tail, to: max(1, rest))]
  }

  /// `line` naming the file at `path`: by its whole path when that fits in
  /// `width`, else by its name alone (`saved 10:00:00 to s.json`), so a
  /// lasting status is never cut in the middle of the path.
  static func naming(_ path: String, width: Int, _ line: (String) -> String) -> String {
    let full = line(path)
    return DisplayWidth.of(full) <= width ? full : line(FileIO.baseName(path))
  }

  /// The hints (separated by two spaces) that fit in `width`, whole: a
  /// hint is never cut in the middle.
  static func fitHints(_ hints: String, width: Int) -> String {
    var shown = ""
    for hint in hints.split(separator: "  ") {
      let next = shown.isEmpty ? String(hint) : shown + "  " + hint
      guard DisplayWidth.of(next) <= width else { break }
      shown = next
    }
    return shown
  }
}
