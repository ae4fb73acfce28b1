import MaturityCore
import TerminalUI

/// Draws the start screen.
public enum StartView {
  /// The frame for `model` at `size`.
  public static func render(_ model: StartModel, size: Size) -> Frame {
    var buffer = ScreenBuffer(size: size)
    if WizardView.isTooSmall(size) {
      WizardView.drawTooSmall(&buffer)
      return Frame(buffer: buffer)
    }
    buffer.fill(Rect(column: 0, row: 0, columns: size.columns, rows: 1), style: Theme.header)
    buffer.write(
      " mlmaturity · ML system maturity assessment",
      column: 0,
      row: 0,
      style: Theme.header,
      maxWidth: size.columns
    )
    let body = Rect(column: 0, row: 1, columns: size.columns, rows: size.rows - 3)
    var cursor: (column: Int, row: Int)?
    let hints: String
    if let form = model.form {
      cursor = drawForm(form, in: body, into: &buffer)
      hints = "Tab/↓ next  ↑ previous  Space toggle  Enter on Start creates  Esc back"
    } else {
      drawList(model, in: body, into: &buffer)
      hints = "↑/↓ choose  Enter open  n new  r next round  c compare two  q quit"
    }
    if let message = model.message ?? model.form?.problem {
      buffer.write(
        " " + message,
        column: 0,
        row: size.rows - 2,
        style: Theme.warning,
        maxWidth: size.columns
      )
    }
    buffer.write(
      " " + hints,
      column: 0,
      row: size.rows - 1,
      style: Theme.dim,
      maxWidth: size.columns
    )
    return Frame(buffer: buffer, cursor: cursor)
  }

  private static func drawList(_ model: StartModel, in body: Rect, into buffer: inout ScreenBuffer)
  {
    let inner = MainScreen.frame("Start", body, focused: true, into: &buffer)
    var pane = PaneWriter(inner)
    pane.write(
      &buffer,
      [("Assess an ML system against the Azure MLOps maturity model, Google Cloud's", Theme.dim)]
    )
    pane.write(
      &buffer,
      [("MLOps levels and The ML Test Score. Every answer is saved as you go.", Theme.dim)]
    )
    pane.blank()
    let rows = inner.rows - 3
    let visible = ScrollWindow.visibleRange(
      itemCount: model.recent.count + 1,
      selected: model.selected,
      height: rows
    )
    for position in visible {
      var style: Style = .plain
      style.reverse = position == model.selected
      if position == 0 {
        pane.write(
          &buffer,
          [("+ New assessment", position == model.selected ? style : Theme.title)]
        )
        continue
      }
      let item = model.recent[position - 1]
      let progress =
        item.progress.map { "\($0.answered)/\($0.total) answered" } ?? (item.problem ?? "")
      pane.write(
        &buffer,
        [
          (model.comparePick == position - 1 ? "◆ " : "  ", Theme.key),
          (Overlays.pad(item.title, 36), style), (Overlays.pad(item.date, 12), style),
          (progress, item.problem == nil ? style : Theme.weak),
        ]
      )
    }
    if model.recent.isEmpty {
      pane.write(&buffer, [("  (no saved sessions yet in the default folder)", Theme.dim)])
    }
  }

  private static func drawForm(
    _ form: NewSessionForm,
    in body: Rect,
    into buffer: inout ScreenBuffer
  ) -> (column: Int, row: Int)? {
    let inner = MainScreen.frame("New assessment", body, focused: true, into: &buffer)
    var cursor: (column: Int, row: Int)?
    var row = inner.row
    let labelWidth = 32
    for field in NewSessionForm.Field.allCases where row < inner.endRow {
      let focused = form.focus == field.rawValue
      buffer.write(
        Overlays.pad(field.label, labelWidth),
        column: inner.column,
        row: row,
        style: focused ? Theme.key : .plain
      )
      let start = inner.column + labelWidth
      let position = TextFieldView.draw(
        form.editors[field.rawValue],
        column: start,
        row: row,
        width: inner.endColumn - start - 1,
        style: Style(underline: true),
        into: &buffer
      )
      if focused { cursor = position }
      row += 1
    }
    row += 1
    buffer.write("Frameworks (Space toggles):", column: inner.column, row: row, style: Theme.title)
    row += 1
    for (index, framework) in form.frameworks.enumerated() where row < inner.endRow {
      let focused = form.focus == NewSessionForm.Field.allCases.count + index
      var style: Style = .plain
      style.reverse = focused
      buffer.write(
        "  [\(framework.chosen ? "x" : " ")] \(framework.name)",
        column: inner.column,
        row: row,
        style: style
      )
      row += 1
    }
    if row < inner.endRow {
      var style: Style = .plain
      style.reverse = form.focus == form.anonymousRow
      buffer.write(
        "  [\(form.anonymousVotes ? "x" : " ")] Anonymous votes (P1…Pn, never names)",
        column: inner.column,
        row: row,
        style: style,
        maxWidth: inner.columns
      )
      row += 1
    }
    row += 1
    if row < inner.endRow {
      var style = Theme.good
      style.reverse = form.focus == form.startRow
      buffer.write("[ Start ]", column: inner.column, row: row, style: style)
    }
    return cursor
  }
}
