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
      hints = ScreenKeys.form.hints()
    } else {
      drawList(model, in: body, into: &buffer)
      hints = ScreenKeys.start.hints()
      if model.showingHelp { drawHelp(into: &buffer) }
    }
    StatusBar.draw(
      status: model.message ?? model.form?.problem,
      style: Theme.warning,
      hints: hints,
      into: &buffer
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
      // Rounds of one team dated the same day differ only by their file
      // name, so the row ends with it (its end, where `-2` is, kept).
      let widths = rowWidths(inner.columns)
      var cells: [(String, Style)] = [
        (model.comparePick == position - 1 ? "◆ " : "  ", Theme.key),
        (
          Overlays.pad(DisplayWidth.truncate(item.title, to: widths.title - 1), widths.title), style
        ),
        (Overlays.pad(item.date, 12), style),
      ]
      if item.problem == nil {
        cells += [
          (Overlays.pad(progress, 16), style),
          (
            fileName(item.path, date: item.date, width: widths.file),
            item.problem == nil ? Theme.dim : Theme.weak
          ),
        ]
      } else {
        cells.append((progress, Theme.weak))
      }
      pane.write(&buffer, cells)
    }
    if model.recent.isEmpty {
      pane.write(&buffer, [("  (no saved sessions yet in the default folder)", Theme.dim)])
    }
  }

  /// The start screen's keys (`?`), from its key table, over the list.
  private static func drawHelp(into buffer: inout ScreenBuffer) {
    let items = ScreenKeys.start.helpItems
    let labels = items.map { $0.labels.joined(separator: " ") }
    let rect = Overlays.centered(
      columns: min(100, buffer.size.columns - 2),
      rows: buffer.size.rows - 3,
      in: buffer.size
    )
    let inner = Overlays.window("Keys (any key closes)", rect, into: &buffer)
    var pane = PaneWriter(inner)
    // A label wider than the column (the list moves) has a line of its own.
    let indent = 12
    for (label, item) in zip(labels, items) {
      var prefix = Overlays.pad(label, indent)
      if DisplayWidth.of(prefix) > indent {
        pane.write(&buffer, [(label, Theme.key)])
        prefix = Overlays.pad("", indent)
      }
      pane.wrapped(&buffer, item.text, prefix: prefix, prefixStyle: Theme.key, indent: indent)
    }
  }

  /// The title's and the file name's widths in a list row `columns` wide
  /// (after the mark, the date and the progress): the title first, up to
  /// 36, leaving the file name 15 (`…d-detection-2`).
  static func rowWidths(_ columns: Int) -> (title: Int, file: Int) {
    let free = max(0, columns - 2 - 12 - 16)
    let title = min(36, max(16, free - 15))
    return (title, max(0, free - title))
  }

  /// The file name of `path` without `.json` and without a leading `date`,
  /// cut at the front to `width` (`…detection-2`): its end tells apart
  /// rounds of one day.
  static func fileName(_ path: String, date: String, width: Int) -> String {
    var name = FileIO.baseName(path)
    if name.hasSuffix(".json") { name.removeLast(5) }
    // `2026-11-20-fraud-detection-2` under the date 2026-11-20: the date
    // is in its own column.
    if !date.isEmpty, name.hasPrefix(date + "-"), name.count > date.count + 1 {
      name.removeFirst(date.count + 1)
    }
    guard DisplayWidth.of(name) > width else { return name }
    let reversed = DisplayWidth.truncate(String(name.reversed()), to: width)
    return String(reversed.reversed())
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
