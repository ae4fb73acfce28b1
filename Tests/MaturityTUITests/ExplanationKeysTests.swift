import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// "How was this computed" does what its footer and the help say: End goes
/// to the end of the text, and the footer and help list the same keys
/// (found by a cold run: the footer said `↑/↓ PgUp/PgDn`, the help
/// `PgDn/Space Home`, and End did nothing).
@Suite("Explanation keys")
struct ExplanationKeysTests {
  @Test func endScrollsToTheEndAndHomeBack() {
    var model = Wizard.model()
    model.press(.character("s"), .enter)
    #expect(Wizard.screen(model).contains("more ↓"))
    model.press(.end)
    guard case .page(let page) = model.screen, let explanation = page as? ExplanationPage else {
      Issue.record("expected the explanation, got \(model.screen)")
      return
    }
    #expect(explanation.scroll.offset > 0)
    #expect(!Wizard.screen(model).contains("more ↓"), "\(Wizard.screen(model))")
    model.press(.home)
    #expect(model.screen == .page(ExplanationPage(bank: 0, scroll: 0)))
  }

  @Test func theFooterAndTheHelpNameTheSameScrollKeys() {
    var model = Wizard.model()
    model.press(.character("s"), .enter)
    let footer = Wizard.screen(model).split(separator: "\n").last.map(String.init) ?? ""
    #expect(footer.contains("↑/↓ PgUp/PgDn Home/End scroll"), "\(footer)")
    let help = WizardHelp.rows.first { $0.0 == "explanation" }?.1 ?? ""
    #expect(help.contains("PgUp PgDn/Space Home End scroll"), "\(help)")
  }

  @Test func endScrollsTheHelpWindowToItsEnd() {
    var model = Wizard.model()
    model.press(.character("?"), .end)
    #expect(model.overlay != nil)
    #expect(!Wizard.screen(model).contains("more ↓"))
  }
}
