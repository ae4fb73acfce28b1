import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

@Suite("Wizard: the system's context and older banks")
struct ContextAndUpgradeWizardTests {
  @Test func openingASessionAnsweredWithOlderBanksNamesTheUpgradeCommand() {
    var session = Wizard.session()
    session.bankVersions["google"] = "1.0.0"
    let model = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
    #expect(
      model.message
        == "answered with older question banks: `mlmaturity upgrade \(Wizard.path)` moves it"
    )
  }

  @Test func aCurrentSessionHasNoUpgradeMessage() {
    #expect(Wizard.model().message == nil)
  }

  @Test func aBatchSessionShowsOnlineItemsAsNotApplyingAndLeavesThemOutOfTheCounts() {
    var session = Wizard.session(frameworks: ["google"])
    session.context = SystemContext(["serving": "batch"])
    let model = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
    // 36 items, less online validation and the API and load tests.
    #expect(model.totalCount == 33)
    let screen = Wizard.screen(model, Wizard.wide)
    #expect(screen.contains(" 0/33 "))
    #expect(screen.contains("○ Model validation: deplo") == false)
    #expect(screen.contains("○ Online model validation"))
    var current = model
    while current.currentEntry?.question.id != "google.l1.online-validation" {
      current.press(.down)
    }
    #expect(Wizard.screen(current, Wizard.wide).contains("does not apply: batch serving"))
  }
}
