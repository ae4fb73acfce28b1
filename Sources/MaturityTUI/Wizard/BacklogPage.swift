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
    WorkshopScreens.drawBacklog(model, selected: selected, in: body, into: &buffer)
  }
}
