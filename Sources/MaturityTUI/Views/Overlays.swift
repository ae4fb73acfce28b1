import MaturityCore
import TerminalUI

/// Windows drawn over the screen: the quit and read-only prompts, and what
/// every window draws with (each window draws itself: ``WizardWindow``).
enum Overlays {
  /// Draws the model's overlay; returns where the text cursor goes.
  static func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (
    column: Int, row: Int
  )? {
    let size = buffer.size
    switch model.overlay {
    case .none:
      return nil
    case .confirmQuit:
      let rect = centered(columns: min(70, size.columns - 4), rows: 9, in: size)
      let inner = window("Not saved", rect, into: &buffer)
      var pane = PaneWriter(inner)
      pane.wrapped(
        &buffer,
        "The last save failed; your answers are only in memory.",
        style: Theme.weak
      )
      if case .failed(let message) = model.saveState {
        pane.wrapped(&buffer, message, style: Theme.dim)
      }
      pane.blank()
      pane.write(&buffer, keySegments(OverlayKeys.confirmQuit))
      return nil
    case .readOnly:
      let rect = centered(columns: min(70, size.columns - 4), rows: 8, in: size)
      let inner = window("Read-only", rect, into: &buffer)
      var pane = PaneWriter(inner)
      pane.wrapped(
        &buffer,
        "read-only: another mlmaturity has this session open, so this key changed nothing.",
        style: Theme.weak
      )
      pane.wrapped(&buffer, model.path, style: Theme.dim)
      pane.blank()
      pane.write(&buffer, keySegments(OverlayKeys.readOnly))
      return nil
    case .some(let shown):
      return shown.window?.draw(model, into: &buffer)
    }
  }

  /// `w save to another file   q quit …`: a table's hints with the keys
  /// styled, for a window's line of choices.
  static func keySegments<Action>(_ table: KeyTable<Action>) -> [(String, Style)] {
    let hinted = table.rows.compactMap { row in row.hint.map { (row.label, $0) } }
    return hinted.enumerated().flatMap { index, item in
      [(item.0, Theme.key), (" \(item.1)" + (index + 1 < hinted.count ? "   " : ""), .plain)]
    }
  }

  /// A one-line text field; returns the cursor position.
  static func field(
    _ editor: TextEditor,
    label: String,
    row: Int,
    in rect: Rect,
    into buffer: inout ScreenBuffer
  ) -> (column: Int, row: Int) {
    let start = buffer.write(
      label,
      column: rect.column,
      row: row,
      style: Theme.key,
      maxWidth: rect.columns
    )
    return TextFieldView.draw(
      editor,
      column: start,
      row: row,
      width: rect.endColumn - start - 1,
      into: &buffer
    )
  }

  /// One-line fields, each with its label, one a row from `row`, then
  /// `hints` (the window's keys) a blank row below them; returns each
  /// field's cursor.
  static func fields(
    _ fields: [(editor: TextEditor, label: String)],
    row: Int,
    hints: String,
    in rect: Rect,
    into buffer: inout ScreenBuffer
  ) -> [(column: Int, row: Int)] {
    var cursors: [(column: Int, row: Int)] = []
    for (offset, item) in fields.enumerated() {
      cursors.append(
        field(item.editor, label: item.label, row: row + offset, in: rect, into: &buffer)
      )
    }
    buffer.write(
      hints,
      column: rect.column,
      row: row + fields.count + 1,
      style: Theme.dim,
      maxWidth: rect.columns
    )
    return cursors
  }

  static func window(_ title: String, _ rect: Rect, into buffer: inout ScreenBuffer) -> Rect {
    // Clear one column either side too, so no half-covered text shows
    // beside the window.
    buffer.fill(
      Rect(column: rect.column - 1, row: rect.row, columns: rect.columns + 2, rows: rect.rows)
        .intersection(buffer.bounds)
    )
    buffer.drawBox(rect, title: title, style: Theme.focusedFrame, titleStyle: Theme.focusedFrame)
    return inside(rect)
  }

  /// The part of a window at `rect` that ``window(_:_:into:)`` leaves for
  /// its content.
  static func inside(_ rect: Rect) -> Rect {
    rect.inset(top: 1, left: 2, bottom: 1, right: 2)
  }

  static func centered(columns: Int, rows: Int, in size: Size) -> Rect {
    let columns = max(10, min(columns, size.columns))
    let rows = max(3, min(rows, size.rows))
    return Rect(
      column: (size.columns - columns) / 2,
      row: (size.rows - rows) / 2,
      columns: columns,
      rows: rows
    )
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(1, width - DisplayWidth.of(text)))
  }
}
