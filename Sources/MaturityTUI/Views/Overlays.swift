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
    case .participants(let state):
      return ParticipantsOverlay.draw(model, row: state.row, step: state.step, into: &buffer)
    case .help(let state):
      let rect = centered(columns: min(100, size.columns - 2), rows: size.rows - 3, in: size)
      let inner = window(
        "Keys (\(HelpWindow.keys.hints(separator: ", ")))",
        rect,
        into: &buffer
      )
      var content = ScreenBuffer(size: Size(columns: inner.columns, rows: 200))
      var pane = PaneWriter(content.bounds)
      let width = (KeyBindings.questions.map { DisplayWidth.of($0.label) }.max() ?? 10) + 2
      let rows = WizardHelp.rows
      for (label, help) in rows {
        pane.wrapped(
          &content,
          help,
          prefix: pad(label, width),
          prefixStyle: Theme.key,
          indent: width
        )
      }
      let top = min(max(0, state.scroll.offset), max(0, pane.line - inner.rows))
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
    case .jump(let state):
      let (filter, selected) = (state.filter, state.selected)
      let rect = centered(columns: min(90, size.columns - 4), rows: size.rows - 4, in: size)
      let inner = window(
        "Go to question (\(JumpWindow.keys.hints(separator: ", ")))",
        rect,
        into: &buffer
      )
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
    case .note(let state):
      let (id, editor) = (state.id, state.editor)
      let rect = centered(
        columns: min(80, size.columns - 4),
        rows: min(16, size.rows - 2),
        in: size
      )
      let inner = window("Note · \(id)", rect, into: &buffer)
      let hint = NoteWindow.keys.hints(separator: " · ")
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
    case .saveAs(let state):
      let rect = centered(columns: min(80, size.columns - 4), rows: 5, in: size)
      let inner = window(
        "Save to (\(SaveAsWindow.keys.hints(separator: ", ")))",
        rect,
        into: &buffer
      )
      return field(state.path, label: "file: ", row: inner.row + 1, in: inner, into: &buffer)
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
