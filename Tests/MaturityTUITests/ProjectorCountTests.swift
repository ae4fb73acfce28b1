import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// The projector's `question N of M` counts the questions the header's
/// `answered` counts (found by a cold run: `question 14 of 90` beside
/// `13/87 answered` for a batch system).
@Suite("Projector counts")
struct ProjectorCountTests {
  private func batchModel() -> WizardModel {
    var session = Wizard.session(frameworks: ["google"])
    session.context = SystemContext(["serving": "batch"])
    var model = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
    model.press(.function(5))
    return model
  }

  @Test func pastAQuestionThatDoesNotApplyTheCountsAgree() {
    var model = batchModel()
    while model.currentEntry?.question.id != "google.l1.online-validation" {
      model.press(.down)
    }
    let skipped = model.current
    let onIt = Wizard.screen(model, ProjectorViewTests.room)
    #expect(onIt.contains("a question that does not apply (33 do)"), "\(onIt)")
    model.press(.down)
    let after = Wizard.screen(model, ProjectorViewTests.room)
    // One question before it did not apply: the position is one less.
    #expect(after.contains("question \(skipped + 1) of 33 that apply"), "\(after)")
    #expect(after.contains("0/33 answered"), "\(after)")
  }

  @Test func whenEveryQuestionAppliesThePositionIsUnchanged() {
    var model = Wizard.model()
    model.press(.function(5))
    let screen = Wizard.screen(model, ProjectorViewTests.room)
    #expect(screen.contains("question 1 of \(model.entries.count)"), "\(screen)")
  }
}
