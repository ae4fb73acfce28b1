import MaturityCore
import TerminalUI

/// The action backlog (`l`): what to improve, with owners and due dates;
/// Enter edits an action's owner and due date, g goes to its question.
public struct BacklogPage: WizardPage, Equatable {
  /// The highlighted action.
  public var selected: Int

  /// The backlog with action `selected` highlighted.
  public init(selected: Int = 0) {
    self.selected = selected
  }

  /// The backlog's keys.
  public static let keys = KeyTable<WizardKeys.ScreenAction>(
    "actions",
    WizardKeys.moves(noun: "action", footer: "↑/↓") + [
      WizardKeys.choose(
        [.enter, .character("e")],
        "Edit the action's owner and due date (e too)",
        "owner and due date"
      ),
      KeyRow(
        keys: [.character("g")],
        label: "g",
        action: .goToQuestion,
        help: "Go to the action's question",
        hint: "go to question"
      ),
      WizardKeys.back([.character("l")], "Back to the questions (l, b, ← and Backspace too)"),
      WizardKeys.help, WizardKeys.quit,
    ]
  )

  public func handle(
    _ action: WizardKeys.ScreenAction?,
    key: Key,
    model: inout WizardModel,
    now: Timestamp
  ) -> [WizardEffect] {
    let items = model.backlogItems
    switch action {
    case .move(let move):
      let next = ListState.moved(selected, count: items.count, by: move)
      model.screen = .page(BacklogPage(selected: next))
    case .choose:
      guard items.indices.contains(selected), !model.refusedAsReadOnly() else { return [] }
      let item = items[selected]
      model.open(
        .action(
          ActionWindow(
            id: item.questionID,
            owner: TextEditor(text: item.owner),
            due: TextEditor(text: item.due)
          )
        )
      )
    case .goToQuestion:
      if items.indices.contains(selected),
        let index = model.entries.firstIndex(where: { $0.question.id == items[selected].questionID }
        )
      {
        model.move(to: index)
        model.screen = .questions
      }
    default:
      return model.handleScreenAction(action, key: key)
    }
    return []
  }

  public func draw(_ model: WizardModel, in body: Rect, into buffer: inout ScreenBuffer) {
    let backlog = model.backlog
    // The count and the targets in the words of the summary screen and
    // `mlmaturity backlog` (Backlog.Count, BacklogReport.targetText).
    let inner = MainScreen.frame(
      "Backlog: \(backlog.count.words)",
      body,
      focused: true,
      into: &buffer
    )
    var header: [String] = []
    for gap in backlog.gaps {
      guard let bank = model.catalog.bank(gap.framework) else { continue }
      let state = BacklogReport.targetText(gap, backlog: nil, bank: bank, brief: true)
      header.append("\(ScorePanel.shortName(of: bank)) \(state)")
    }
    // Two rows: the targets wrap rather than lose a framework.
    var top = PaneWriter(
      Rect(column: inner.column, row: inner.row, columns: inner.columns, rows: 2)
    )
    top.wrapped(&buffer, header.joined(separator: " · "), style: Theme.title, prefix: "Targets: ")
    let list = Rect(
      column: inner.column,
      row: inner.row + 2,
      columns: inner.columns,
      rows: inner.rows - 6
    )
    let items = model.backlogItems
    let visible = ScrollWindow.visibleRange(
      itemCount: items.count,
      selected: selected,
      height: list.rows
    )
    for (offset, position) in visible.enumerated() {
      let item = items[position]
      let row = list.row + offset
      let isSelected = position == selected
      var mark = item.closesTargetGap ? Theme.warning : Theme.dim
      mark.reverse = isSelected
      var column = buffer.write(
        item.closesTargetGap ? "▲ " : (item.kind == .confirm ? "? " : "  "),
        column: list.column,
        row: row,
        style: mark
      )
      let owner = item.owner.isEmpty ? "" : " @\(item.owner)"
      let due = item.due.isEmpty ? "" : " due \(item.due)"
      let text =
        "\(ScorePanel.shortName(of: model.catalog.bank(item.framework) ?? model.banks[0])): "
        + "\(item.title)\(owner)\(due)"
      column = buffer.write(
        DisplayWidth.truncate(text, to: max(1, list.endColumn - column)),
        column: column,
        row: row,
        style: isSelected ? Style(reverse: true) : .plain,
        maxWidth: max(0, list.endColumn - column)
      )
    }
    if items.indices.contains(selected) {
      let item = items[selected]
      var pane = PaneWriter(
        Rect(column: inner.column, row: inner.endRow - 3, columns: inner.columns, rows: 3)
      )
      pane.write(
        &buffer,
        [
          ("Now: ", Theme.title),
          (DisplayWidth.truncate(item.current + " → " + item.goal, to: inner.columns - 5), .plain),
        ]
      )
      pane.wrapped(
        &buffer,
        item.improve,
        style: Theme.dim,
        prefix: "How: ",
        prefixStyle: Theme.title,
        indent: 5
      )
    }
  }
}
