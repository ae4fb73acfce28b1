import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// Esc on the new-session form keeps what was typed, as every window of the
/// wizard does (found by a cold run: Esc dropped the form silently, and
/// from `mlmaturity new` it quit with everything typed gone).
@Suite("New-session form drafts")
struct NewSessionFormDraftTests {
  private func type(_ text: String, into model: inout StartModel) {
    for character in text { _ = model.update(.character(character)) }
  }

  private func screen(_ model: StartModel) -> String {
    StartView.render(model, size: Wizard.standard).buffer.plainText
  }

  @Test func escKeepsTheFormAsADraftThatEnterBringsBack() {
    var model = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    _ = model.update(.enter)
    type("Payments ML", into: &model)
    #expect(model.update(.escape) == nil)
    #expect(model.form == nil)
    #expect(screen(model).contains("new assessment not created"), "\(screen(model))")
    _ = model.update(.enter)
    #expect(model.form?.editors[0].text == "Payments ML")
    #expect(screen(model).contains("your new-assessment form is back"))
  }

  @Test func nBringsTheDraftBackToo() {
    var model = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    _ = model.update(.character("n"))
    type("Payments ML", into: &model)
    _ = model.update(.escape)
    _ = model.update(.down)
    _ = model.update(.character("n"))
    #expect(model.form?.editors[0].text == "Payments ML")
  }

  @Test func escOnAnUntouchedFormKeepsNoDraft() {
    var model = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    _ = model.update(.enter)
    _ = model.update(.tab)
    _ = model.update(.escape)
    #expect(model.formDraft == nil)
    #expect(model.update(.character("q")) == .quit)
  }

  @Test func qOnTheListWarnsOnceBeforeDroppingTheDraft() {
    var model = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    _ = model.update(.enter)
    type("Payments ML", into: &model)
    _ = model.update(.escape)
    #expect(model.update(.character("q")) == nil)
    #expect(screen(model).contains("q again quits without it"), "\(screen(model))")
    #expect(model.update(.character("q")) == .quit)
  }

  @Test func fromNewTheFirstEscWithTextWarnsAndTheNextQuits() {
    var model = StartModel(
      recent: [],
      banks: Wizard.catalog.banks,
      openForm: true,
      filePath: "/tmp/given.json"
    )
    type("Payments ML", into: &model)
    #expect(model.update(.escape) == nil)
    #expect(model.form?.editors[0].text == "Payments ML")
    #expect(screen(model).contains("Esc again quits"), "\(screen(model))")
    #expect(model.update(.escape) == .quit)
  }

  @Test func fromNewAKeyAfterTheWarningMakesEscWarnAgain() {
    var model = StartModel(recent: [], banks: Wizard.catalog.banks, openForm: true)
    type("Pay", into: &model)
    _ = model.update(.escape)
    type("ments", into: &model)
    #expect(model.update(.escape) == nil)
    #expect(model.form?.editors[0].text == "Payments")
  }
}
