import MaturityCore
import TerminalUI

/// Windows drawn over the screen: help, go to, note editor, quit and save-as
/// prompts.
enum Overlays {
  /// Draws the model's overlay; returns where the text cursor goes.
  static func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (
    column: Int, row: Int
  )? {
    let size = buffer.size
    switch model.overlay {
    case .none:
      return nil
    case .notApplicable, .votes, .agree, .evidence, .target, .action:
      return WorkshopOverlays.draw(model, into: &buffer)
    case .participants(let row, let step):
      return ParticipantsOverlay.draw(model, row: row, step: step, into: &buffer)
    case .help(let scroll):
      let rect = centered(columns: min(100, size.columns - 2), rows: size.rows - 3, in: size)
      let inner = window("Keys (↑/↓ scroll, any other key closes)", rect, into: &buffer)
      var content = ScreenBuffer(size: Size(columns: inner.columns, rows: 200))
      var pane = PaneWriter(content.bounds)
      let width = (KeyBindings.questions.map { DisplayWidth.of($0.label) }.max() ?? 10) + 2
      let rows: [(String, String)] =
        KeyBindings.questions.map { ($0.label, $0.help) } + [
          (
            "windows",
            "Enter saves (Ctrl+D in a note or evidence, where Enter starts a new line); "
              + "Esc cancels, and what you typed comes back when you open the window again"
          ),
          ("note editor", "Ctrl+D saves, Esc cancels, Ctrl+E opens $EDITOR"),
          ("summary", "Enter explains a result, Esc goes back"),
          (
            "discussion",
            "w lists voted questions, most split first; Enter opens one; a agrees on a "
              + "unanimous vote (rationale \"unanimous\")"
          ),
          (
            "anonymous",
            "With anonymous votes on (new-session form, `mlmaturity set F --anonymous on`), "
              + "the vote grid, notes, rationale and dissent show P1…Pn; names are shown only "
              + "when it is off, and in the participants window (P), which is the roster"
          ),
          (
            "read-only",
            "When another mlmaturity has the session open, edits are refused; w saves a copy to edit"
          ),
        ]
      for (label, help) in rows {
        pane.wrapped(
          &content,
          help,
          prefix: pad(label, width),
          prefixStyle: Theme.key,
          indent: width
        )
      }
      let top = min(max(0, scroll), max(0, pane.line - inner.rows))
      buffer.draw(content, fromRow: top, into: inner)
      if pane.line - top > inner.rows {
        buffer.write(
          " more ↓ ",
          column: rect.endColumn - 10,
          row: rect.endRow - 1,
          style: Theme.dim
        )
      }
      return nil
    case .jump(let filter, let selected):
      let rect = centered(columns: min(90, size.columns - 4), rows: size.rows - 4, in: size)
      let inner = window("Go to question (Enter goes, Esc cancels)", rect, into: &buffer)
      let cursor = field(filter, label: "› ", row: inner.row, in: inner, into: &buffer)
      let matches = model.jumpMatches(filter.text)
      let list = Rect(
        column: inner.column,
        row: inner.row + 2,
        columns: inner.columns,
        rows: inner.rows - 2
      )
      let visible = ScrollWindow.visibleRange(
        itemCount: matches.count,
        selected: selected,
        height: list.rows
      )
      for (offset, position) in visible.enumerated() {
        let question = model.entries[matches[position]].question
        var style: Style = .plain
        style.reverse = position == selected
        let row = list.row + offset
        if position == selected {
          buffer.fill(
            Rect(column: list.column, row: row, columns: list.columns, rows: 1),
            style: style
          )
        }
        let end = buffer.write(
          pad(question.id, 34),
          column: list.column,
          row: row,
          style: style,
          maxWidth: list.columns
        )
        buffer.write(
          DisplayWidth.truncate(question.title, to: max(1, list.endColumn - end)),
          column: end,
          row: row,
          style: style,
          maxWidth: max(0, list.endColumn - end)
        )
      }
      if matches.isEmpty {
        buffer.write("no question matches", column: list.column, row: list.row, style: Theme.dim)
      }
      return cursor
    case .note(let id, let editor):
      let rect = centered(
        columns: min(80, size.columns - 4),
        rows: min(16, size.rows - 2),
        in: size
      )
      let inner = window("Note · \(id)", rect, into: &buffer)
      let hint = "Ctrl+D saves · Esc cancels · Enter new line · Ctrl+E $EDITOR"
      buffer.write(
        hint,
        column: inner.column,
        row: inner.endRow - 1,
        style: Theme.dim,
        maxWidth: inner.columns
      )
      let area = Rect(
        column: inner.column,
        row: inner.row,
        columns: inner.columns,
        rows: inner.rows - 1
      )
      return TextAreaView.draw(editor, in: area, into: &buffer)
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
      pane.write(
        &buffer,
        [
          ("w", Theme.key), (" save to another file   ", .plain), ("q", Theme.key),
          (" quit and lose them   ", .plain), ("Esc", Theme.key), (" stay", .plain),
        ]
      )
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
      pane.write(
        &buffer,
        [
          ("w", Theme.key), (" save a copy and edit it   ", .plain), ("Esc", Theme.key),
          (" keep reading", .plain),
        ]
      )
      return nil
    case .saveAs(let editor):
      let rect = centered(columns: min(80, size.columns - 4), rows: 5, in: size)
      let inner = window("Save to (Enter saves, Esc cancels)", rect, into: &buffer)
      return field(editor, label: "file: ", row: inner.row + 1, in: inner, into: &buffer)
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

  static func window(_ title: String, _ rect: Rect, into buffer: inout ScreenBuffer) -> Rect {
    // Clear one column either side too, so no half-covered text shows
    // beside the window.
    buffer.fill(
      Rect(column: rect.column - 1, row: rect.row, columns: rect.columns + 2, rows: rect.rows)
        .intersection(buffer.bounds)
    )
    buffer.drawBox(rect, title: title, style: Theme.focusedFrame, titleStyle: Theme.focusedFrame)
    return rect.inset(top: 1, left: 2, bottom: 1, right: 2)
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
