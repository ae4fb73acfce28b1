import MaturityCore
import TerminalUI

/// The summary (`s`): every framework's result; Enter shows how the
/// highlighted one was computed (``ExplanationPage``).
public struct SummaryPage: WizardPage, Equatable {
  /// The highlighted framework (a position in ``WizardModel/banks``).
  public var selected: Int

  /// The summary with framework `selected` highlighted.
  public init(selected: Int = 0) {
    self.selected = selected
  }

  /// The summary's keys.
  public static let keys = KeyTable<WizardKeys.ScreenAction>(
    "summary",
    WizardKeys.moves(noun: "framework", footer: "↑/↓")
      + [
        WizardKeys.choose(
          [.enter, .right],
          "Show how the highlighted result was computed",
          "how was this computed"
        ),
        WizardKeys.back([.character("s")], "Back to the questions (s, b, ← and Backspace too)"),
        WizardKeys.help, WizardKeys.quit,
      ]
  )

  public func handle(
    _ action: WizardKeys.ScreenAction?,
    key: Key,
    model: inout WizardModel,
    now: Timestamp
  ) -> [WizardEffect] {
    switch action {
    case .move(let move):
      model.show(
        SummaryPage(selected: ListState.moved(selected, count: model.banks.count, by: move))
      )
    case .choose:
      model.show(ExplanationPage(bank: selected))
    default:
      return model.handleScreenAction(action, key: key)
    }
    return []
  }

  public func draw(_ model: WizardModel, in body: Rect, into buffer: inout ScreenBuffer) {
    SummaryScreen.draw(model, selected: selected, in: body, into: &buffer)
  }
}
