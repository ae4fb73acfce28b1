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

  /// One line of the new-session form.
  private enum FormLine: Equatable {
    case field(NewSessionForm.Field), blank, frameworksHeading, framework(Int), anonymous, start
  }

  /// Draws the form; on a short terminal it scrolls so the focused row is
  /// always visible (at 60×16 the frameworks and Start are below the fold).
  private static func drawForm(
    _ form: NewSessionForm,
    in body: Rect,
    into buffer: inout ScreenBuffer
  ) -> (column: Int, row: Int)? {
    let inner = MainScreen.frame("New assessment", body, focused: true, into: &buffer)
    let lines: [FormLine] =
      NewSessionForm.Field.allCases.map { .field($0) } + [.blank, .frameworksHeading]
      + form.frameworks.indices.map { .framework($0) } + [.anonymous, .blank, .start]
    let focusedLine =
      lines.firstIndex { line in
        switch line {
        case .field(let field): form.focus == field.rawValue
        case .framework(let index): form.focus == NewSessionForm.Field.allCases.count + index
        case .anonymous: form.focus == form.anonymousRow
        case .start: form.focus == form.startRow
        case .blank, .frameworksHeading: false
        }
      } ?? 0
    let offset = max(0, focusedLine - (inner.rows - 1))
    var cursor: (column: Int, row: Int)?
    let labelWidth = 32
    for (position, line) in lines.enumerated().dropFirst(offset) {
      let row = inner.row + position - offset
      guard row < inner.endRow else { break }
      switch line {
      case .field(let field):
        let focused = form.focus == field.rawValue
        buffer.write(
          Overlays.pad(field.label, labelWidth),
          column: inner.column,
          row: row,
          style: focused ? Theme.key : .plain
        )
        let start = inner.column + labelWidth
        let place = TextFieldView.draw(
          form.editors[field.rawValue],
          column: start,
          row: row,
          width: inner.endColumn - start - 1,
          style: Style(underline: true),
          into: &buffer
        )
        if focused { cursor = place }
      case .blank:
        continue
      case .frameworksHeading:
        buffer.write(
          "Frameworks (Space toggles):",
          column: inner.column,
          row: row,
          style: Theme.title
        )
      case .framework(let index):
        let framework = form.frameworks[index]
        var style: Style = .plain
        style.reverse = form.focus == NewSessionForm.Field.allCases.count + index
        buffer.write(
          "  [\(framework.chosen ? "x" : " ")] \(framework.name)",
          column: inner.column,
          row: row,
          style: style
        )
      case .anonymous:
        var style: Style = .plain
        style.reverse = form.focus == form.anonymousRow
        buffer.write(
          "  [\(form.anonymousVotes ? "x" : " ")] Anonymous votes (P1…Pn, never names)",
          column: inner.column,
          row: row,
          style: style,
          maxWidth: inner.columns
        )
      case .start:
        var style = Theme.good
        style.reverse = form.focus == form.startRow
        buffer.write("[ Start ]", column: inner.column, row: row, style: style)
      }
    }
    return cursor
  }
}
