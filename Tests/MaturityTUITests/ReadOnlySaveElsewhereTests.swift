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

  // A change in a read-only window is refused before it happens (see
  // ReadOnlyAndTooSmallTests), so there is never anything unsaved to lose.
  @Test func anEditInAReadOnlyWizardIsRefusedAndOffersACopy() {
    var model = readOnlyModel()
    let id = model.currentID
    let effects = model.press(.character("2"))
    #expect(effects.isEmpty)
    #expect(model.session.answers[id] == nil)
    #expect(model.overlay == .readOnly)
  }

  @Test func quittingAReadOnlyWizardWithoutChangesQuits() {
    var model = readOnlyModel()
    #expect(model.press(.character("q")) == [.quit])
  }
}
