import MaturityCore
import TerminalUI

/// Draws a ``CompareModel``: a header, the table of rows with the old value
/// and the new value side by side, a detail pane for the selected row, a
/// status line and the key hints. Pure: the same model and size give the
/// same frame.
public enum CompareView {
  /// The frame for `model` at `size`.
  public static func render(_ model: CompareModel, size: Size) -> Frame {
    var buffer = ScreenBuffer(size: size)
    if WizardView.isTooSmall(size) {
      WizardView.drawTooSmall(&buffer)
      return Frame(buffer: buffer)
    }
    drawHeader(model, into: &buffer)
    let body = Rect(column: 0, row: 1, columns: size.columns, rows: size.rows - 3)
    let detailHeight = max(5, min(10, body.rows / 3))
    let parts = body.splitRows([.fill, .fixed(detailHeight)])
    drawTable(model, in: parts[0], into: &buffer)
    drawDetail(model, in: parts[1], into: &buffer)
    drawStatus(model, into: &buffer)
    return Frame(buffer: buffer)
  }

  /// The table's column widths for an inside `width` columns wide:
  /// label, old value, mark, new value.
  static func columns(width: Int) -> (label: Int, old: Int, mark: Int, new: Int) {
    let label = max(12, width * 36 / 100)
    let mark = 3
    let old = max(4, (width - label - mark - 1) / 2)
    return (label, old, mark, max(4, width - label - 1 - old - mark))
  }

  private static func drawHeader(_ model: CompareModel, into buffer: inout ScreenBuffer) {
    let width = buffer.size.columns
    buffer.fill(Rect(column: 0, row: 0, columns: width, rows: 1), style: Theme.header)
    var title = "mlmaturity · compare"
    for part in [model.diff.new.team, model.diff.new.system] where !part.isEmpty {
      title += " · " + part
    }
    let diff = model.diff
    let counts =
      " ▲\(diff.count(.improved)) ▼\(diff.count(.regressed)) ~\(diff.count(.changed)) "
    let right = width - DisplayWidth.of(counts)
    buffer.write(" " + title, column: 0, row: 0, style: Theme.header, maxWidth: max(0, right - 1))
    buffer.write(counts, column: right, row: 0, style: Theme.header)
  }

  private static func drawTable(
    _ model: CompareModel,
    in rect: Rect,
    into buffer: inout ScreenBuffer
  ) {
    let inside = MainScreen.frame("Old | New", rect, focused: true, into: &buffer)
    guard inside.rows > 1 else { return }
    let widths = columns(width: inside.columns)
    let oldColumn = inside.column + widths.label + 1
    let newColumn = oldColumn + widths.old + widths.mark
    buffer.write(
      "Old " + describe(model.diff.old),
      column: oldColumn,
      row: inside.row,
      style: Theme.title,
      maxWidth: widths.old
    )
    buffer.write(
      "New " + describe(model.diff.new),
      column: newColumn,
      row: inside.row,
      style: Theme.title,
      maxWidth: widths.new
    )
    let list = Rect(
      column: inside.column,
      row: inside.row + 1,
      columns: inside.columns,
      rows: inside.rows - 1
    )
    let visible = ScrollWindow.visibleRange(
      itemCount: model.rows.count,
      selected: model.selected,
      height: list.rows
    )
    for (offset, position) in visible.enumerated() {
      let row = model.rows[position]
      let screenRow = list.row + offset
      let isSelected = position == model.selected
      if isSelected {
        buffer.fill(
          Rect(column: list.column, row: screenRow, columns: list.columns, rows: 1),
          style: Theme.selected
        )
      }
      func put(_ text: String, _ column: Int, _ width: Int, _ style: Style) {
        var style = style
        if isSelected { style.reverse = true }
        buffer.write(
          DisplayWidth.truncate(text, to: width),
          column: column,
          row: screenRow,
          style: style,
          maxWidth: width
        )
      }
      put(isSelected ? "▸" : " ", list.column - 1, 1, Theme.key)
      if row.kind == .heading {
        put(
          row.label,
          list.column,
          list.columns,
          row.mark == .changed ? Theme.warning : Theme.title
        )
        continue
      }
      let labelStyle = row.kind == .part || row.kind == .answer ? Style.plain : Theme.title
      put(row.label, list.column, widths.label - 1, labelStyle)
      put(row.old, oldColumn, widths.old - 1, row.mark == .same ? Theme.dim : .plain)
      put(row.mark.symbol, newColumn - widths.mark + 1, 1, style(of: row.mark))
      put(row.new, newColumn, widths.new, row.mark == .same ? Theme.dim : style(of: row.mark))
    }
  }

  private static func drawDetail(
    _ model: CompareModel,
    in rect: Rect,
    into buffer: inout ScreenBuffer
  ) {
    guard let row = model.selectedRow else { return }
    let inner = MainScreen.frame(row.detailTitle, rect, focused: false, into: &buffer)
    var pane = PaneWriter(inner)
    for line in row.detail {
      let leading = line.text.prefix { $0 == " " }.count
      pane.wrapped(
        &buffer,
        String(line.text.dropFirst(leading)),
        style: style(of: line.tone),
        prefix: String(repeating: " ", count: leading),
        indent: leading == 0 ? 0 : leading + 2
      )
    }
    if pane.overflows {
      buffer.write(
        " more: mlmaturity diff prints it all ",
        alignment: .right,
        column: rect.column + 1,
        row: rect.endRow - 1,
        width: rect.columns - 2,
        style: Theme.frame
      )
    }
  }

  private static func drawStatus(_ model: CompareModel, into buffer: inout ScreenBuffer) {
    let diff = model.diff
    let (text, style): (String, Style)
    if !diff.bankNotices.isEmpty {
      text =
        "bank versions differ (" + diff.bankNotices.map(\.framework).joined(separator: ", ")
        + "): changes may be the rubric's, not the team's"
      style = Theme.warning
    } else {
      let room = buffer.size.columns - 2
      let full = "old: \(model.oldPath)  new: \(model.newPath)"
      text =
        DisplayWidth.of(full) <= room
        ? full : "old: \(FileIO.baseName(model.oldPath))  new: \(FileIO.baseName(model.newPath))"
      style = Theme.dim
    }
    StatusBar.draw(status: text, style: style, message: false, hints: model.hints, into: &buffer)
  }

  /// `2026-01-15`, else the team, else nothing.
  private static func describe(_ session: Session) -> String {
    session.date.isEmpty ? session.team : session.date
  }

  private static func style(of mark: CompareRow.Mark) -> Style {
    switch mark {
    case .improved: Theme.good
    case .regressed: Theme.weak
    case .changed: Theme.warning
    case .noteOnly, .same, .none: .plain
    }
  }

  private static func style(of tone: DiffText.Tone) -> Style {
    switch tone {
    case .plain: .plain
    case .heading: Theme.title
    case .improved: Theme.good
    case .regressed: Theme.weak
    case .changed, .warning: Theme.warning
    case .dim: Theme.dim
    }
  }
}
