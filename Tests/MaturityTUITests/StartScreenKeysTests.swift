import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// The start screen says what a key that does nothing did, and `?` lists
/// its keys (found by a cold run: `?` and `x` did nothing, silently).
@Suite("Start screen keys")
struct StartScreenKeysTests {
  private func screen(_ model: StartModel) -> String {
    StartView.render(model, size: Wizard.standard).buffer.plainText
  }

  @Test func anUnboundKeySaysSo() {
    var model = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    #expect(model.update(.character("x")) == nil)
    #expect(screen(model).contains("x does nothing here; ? lists the keys"), "\(screen(model))")
  }

  @Test func questionMarkShowsTheStartKeysFromTheTableAndAnyKeyCloses() {
    var model = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    #expect(model.update(.character("?")) == nil)
    let shown = screen(model)
    #expect(shown.contains("Keys (any key closes)"), "\(shown)")
    for item in ScreenKeys.start.helpItems {
      #expect(shown.contains(String(item.text.prefix(20))), "\(item.text)\n\(shown)")
    }
    // The key that closes the help does nothing else.
    #expect(model.update(.character("q")) == nil)
    #expect(!screen(model).contains("Keys (any key closes)"))
    #expect(model.update(.character("q")) == .quit)
  }

  @Test func theHelpFitsTheSmallestTerminal() {
    var model = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    _ = model.update(.character("?"))
    let shown = StartView.render(model, size: Size(columns: 60, rows: 16)).buffer.plainText
    #expect(shown.contains("Quit"), "\(shown)")
  }
}
