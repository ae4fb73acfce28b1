import MaturityCore
import TerminalUI

/// The discussion list (`w`): questions with votes, the most split room
/// first; Enter goes to the highlighted one, a agrees on a unanimous vote.
public struct DiscussionPage: WizardPage, Equatable {
  /// The highlighted row (a position in ``WizardModel/discussionOrder``).
  public var selected: Int

  /// The list with row `selected` highlighted.
  public init(selected: Int = 0) {
    self.selected = selected
  }

  /// The discussion list's keys.
  public static let keys = KeyTable<WizardKeys.ScreenAction>(
    "discussion",
    WizardKeys.moves(noun: "question", footer: "↑/↓")
      + [
        WizardKeys.choose([.enter], "Go to the highlighted question", "go to it"),
        WizardKeys.back([.character("w")], "Back to the questions (w, b, ← and Backspace too)"),
        WizardKeys.help, WizardKeys.quit,
        KeyRow(
          keys: [.character("a")],
          label: "a",
          action: .agreeUnanimous,
          help: "Agree on a unanimous vote (rationale \"unanimous\")",
          hint: "agree if unanimous"
        ),
      ]
  )

  public func handle(
    _ action: WizardKeys.ScreenAction?,
    key: Key,
    model: inout WizardModel,
    now: Timestamp
  ) -> [WizardEffect] {
    let order = model.discussionOrder
    switch action {
    case .move(let move):
      model.show(DiscussionPage(selected: ListState.moved(selected, count: order.count, by: move)))
    case .choose:
      if order.indices.contains(selected) { model.move(to: order[selected]) }
      model.screen = .questions
    case .agreeUnanimous:
      return model.acceptUnanimous(selected: selected, order: order, now: now)
    default:
      return model.handleScreenAction(action, key: key)
    }
    return []
  }

  public func draw(_ model: WizardModel, in body: Rect, into buffer: inout ScreenBuffer) {
    WorkshopScreens.drawDiscussion(model, selected: selected, in: body, into: &buffer)
  }
}
