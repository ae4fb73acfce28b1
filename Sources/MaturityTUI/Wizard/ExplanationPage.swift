import MaturityCore
import TerminalUI

/// How one framework's result was computed (Enter on the summary),
/// scrolled by whole lines; Esc goes back to the summary on it.
public struct ExplanationPage: WizardPage, Equatable {
  /// The framework (a position in ``WizardModel/banks``).
  public var bank: Int
  /// Lines scrolled past.
  public var scroll: ScrollState

  /// The explanation of bank `bank`, scrolled by `scroll` lines.
  public init(bank: Int, scroll: Int = 0) {
    self.bank = bank
    self.scroll = ScrollState(offset: scroll)
  }

  /// The explanation's keys.
  public static let keys = KeyTable<WizardKeys.ScreenAction>(
    "explanation",
    WizardKeys.moves(noun: "line", footer: "↑/↓ PgUp/PgDn", hint: "scroll", scrolls: true)
      + [
        WizardKeys.back([.enter], "Back to the summary (Enter, b, ← and Backspace too)"),
        KeyRow(
          keys: [.character("s")],
          label: "s",
          action: .questions,
          help: "Straight back to the questions",
          hint: "questions"
        ),
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
      var next = self
      next.scroll.apply(move, limit: Self.maxScroll(model, bank: bank))
      model.show(next)
    case .back:
      model.show(SummaryPage(selected: bank))
    default:
      return model.handleScreenAction(action, key: key)
    }
    return []
  }

  public func draw(_ model: WizardModel, in body: Rect, into buffer: inout ScreenBuffer) {
    SummaryScreen.drawExplanation(
      model,
      bank: bank,
      scroll: scroll.offset,
      in: body,
      into: &buffer
    )
  }

  /// The furthest the explanation of `bank` scrolls at the terminal's
  /// current size, so the first key back up always moves the text.
  static func maxScroll(_ model: WizardModel, bank: Int) -> Int {
    guard model.banks.indices.contains(bank), let score = model.score(ofBank: bank) else {
      return 0
    }
    let inner = MainScreen.inside(WizardView.body(for: model.screenSize))
    return max(0, SummaryScreen.explanationLineCount(score, width: inner.columns) - inner.rows)
  }
}
