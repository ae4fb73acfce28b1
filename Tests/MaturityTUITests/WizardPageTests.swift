import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// A new wizard screen is one type conforming to `WizardPage` and the line
/// that shows it: this one, written here, gets its footer, its keys, and
/// the shared leave, help and quit handling without any other change.
struct TallyPage: WizardPage, Equatable {
  var selected = 0

  static var keys: KeyTable<WizardKeys.ScreenAction> {
    KeyTable(
      "tally",
      [
        KeyRow(keys: [.down], label: "↓", action: .move(.next), help: "Next", hint: "next"),
        KeyRow(keys: [.escape], label: "Esc", action: .back, help: "Back", hint: "back"),
        KeyRow(keys: [.character("q")], label: "q", action: .quit, help: "Quit", hint: "quit"),
      ]
    )
  }

  func handle(
    _ action: WizardKeys.ScreenAction?,
    key: Key,
    model: inout WizardModel,
    now: Timestamp
  ) -> [WizardEffect] {
    if case .move(let move) = action {
      model.show(TallyPage(selected: ListState.moved(selected, count: 3, by: move)))
      return []
    }
    return model.handleScreenAction(action, key: key)
  }

  func draw(_ model: WizardModel, in body: Rect, into buffer: inout ScreenBuffer) {
    buffer.write("tally row \(selected)", column: 1, row: body.row, style: .plain)
  }
}

@Suite("A wizard screen in one file")
struct WizardPageTests {
  @Test func aPageIsDrawnWithItsFooterAndMovesWithItsKeys() {
    var model = Wizard.model()
    model.show(TallyPage())
    #expect(Wizard.screen(model).contains("tally row 0"))
    #expect(Wizard.screen(model).hasSuffix(" ↓ next  Esc back  q quit"))
    model.press(.down, .down, .down)
    #expect(model.screen == .page(TallyPage(selected: 2)))
  }

  @Test func theSharedHandlingLeavesHelpsAndQuits() {
    var model = Wizard.model()
    model.show(TallyPage())
    model.press(.character("x"))
    #expect(model.message == "x does nothing here; ? lists the keys")
    model.press(.escape)
    #expect(model.screen == .questions)
    model.show(TallyPage())
    #expect(model.press(.character("q")) == [.quit])
  }
}
