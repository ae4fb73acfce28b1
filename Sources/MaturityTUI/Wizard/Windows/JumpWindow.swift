import MaturityCore
import TerminalUI

/// The go-to window's state (`/`): the filter typed so far and the
/// highlighted match (a position in ``WizardModel/jumpMatches(_:)``).
public struct JumpWindow: Sendable, Equatable {
  /// What was typed.
  public var filter: TextEditor
  /// The highlighted match.
  public var selected: Int

  /// A window with `filter` typed and match `selected` highlighted.
  public init(filter: TextEditor = TextEditor(), selected: Int = 0) {
    self.filter = filter
    self.selected = selected
  }

  /// Go to a question.
  public static let keys = KeyTable<OverlayKeys.Action>(
    "go to",
    [
      OverlayKeys.row([.enter], "Enter", .save, "Go to the highlighted question", "goes"),
      OverlayKeys.row([.escape], "Esc", .cancel, "Close (a search saves nothing)", "cancels"),
      OverlayKeys.row([.down, .tab], "↓/Tab", .move(.next), "Next match"),
      OverlayKeys.row([.up, .backTab], "↑/Shift+Tab", .move(.previous), "Previous match"),
    ]
  )

  /// Sends a typing key to the filter; a changed filter highlights its
  /// first match.
  mutating func type(_ key: Key) {
    let before = filter.text
    filter.handle(key)
    if filter.text != before { selected = 0 }
  }
}

extension JumpWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    let matches = model.jumpMatches(filter.text)
    var next = self
    switch Self.keys.action(for: key) {
    case .cancel:
      model.overlay = nil
    case .save:
      if matches.indices.contains(selected) {
        model.move(to: matches[selected])
        model.screen = .questions
      }
      model.overlay = nil
    case .move(let move):
      next.selected = ListState.moved(selected, count: matches.count, by: move)
      model.overlay = .jump(next)
    default:
      next.type(key)
      model.overlay = .jump(next)
    }
    return []
  }

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let size = buffer.size
    let rect = Overlays.centered(columns: min(90, size.columns - 4), rows: size.rows - 4, in: size)
    let inner = Overlays.window(
      "Go to question (\(JumpWindow.keys.hints(separator: ", ")))",
      rect,
      into: &buffer
    )
    let cursor = Overlays.field(filter, label: "› ", row: inner.row, in: inner, into: &buffer)
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
        Overlays.pad(question.id, 34),
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
  }
}
