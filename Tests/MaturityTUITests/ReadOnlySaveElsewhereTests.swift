import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// A read-only wizard (another mlmaturity holds the session) keeps what is
/// typed in memory and offers to save it elsewhere instead of dropping it.
@Suite("Read-only wizard: answers kept, quitting offers to save elsewhere")
struct ReadOnlySaveElsewhereTests {
  private func readOnlyModel() -> WizardModel {
    WizardModel(
      session: Wizard.session(),
      path: Wizard.path,
      catalog: Wizard.catalog,
      readOnly: true
    )
  }

  @Test func aChangeInAReadOnlyWizardIsShownAsNotSaved() {
    var model = readOnlyModel()
    #expect(model.press(.character("1")).isEmpty)
    let size = Wizard.wide
    let status = WizardView.render(model, size: size).buffer.text(row: size.rows - 2)
    #expect(status.hasPrefix(" NOT SAVED: another mlmaturity has this session open"))
  }

  @Test func quittingAReadOnlyWizardWithChangesAsksAndSavesElsewhere() {
    var model = readOnlyModel()
    model.press(.character("1"))
    #expect(model.press(.character("q")).isEmpty)
    #expect(model.overlay == .confirmQuit)
    model.press(.character("w"))
    for _ in 0..<Wizard.path.count { model.press(.backspace) }
    for character in "/tmp/copy.json" { model.press(.character(character)) }
    let effects = model.press(.enter)
    #expect(effects == [.save(model.session, path: "/tmp/copy.json")])
    model.send(.saved(path: "/tmp/copy.json"))
    #expect(!model.readOnly)
    #expect(model.path == "/tmp/copy.json")
    #expect(model.press(.character("2")).count == 1)
  }

  @Test func quittingAReadOnlyWizardWithoutChangesQuits() {
    var model = readOnlyModel()
    #expect(model.press(.character("q")) == [.quit])
  }
}
