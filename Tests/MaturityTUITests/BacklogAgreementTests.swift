import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// The backlog page counts the backlog as `mlmaturity backlog` and the
/// summary documents do (cold test).
@Suite("Backlog page and summary screen: one count, one target sentence")
struct BacklogAgreementTests {
  /// A fresh session with Azure's target at 3 and one answer marked N/A.
  static func model() -> WizardModel {
    var session = Wizard.session()
    session.targets["azure"] = 3
    var answer = Answer(value: Answer.notApplicableValue)
    answer.notApplicableReason = "no separate data engineers"
    session.answers["azure.people.data-engineers"] = answer
    return WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
  }

  @Test("the backlog page counts as the documents do, recommended checks and N/A named")
  func backlogPageCount() {
    var model = Self.model()
    model.press(.character("l"))
    let screen = Wizard.screen(model, Size(columns: 160, rows: 40))
    let count = model.backlog.count
    #expect(count.recommended > 0 && count.confirm == 1)
    #expect(
      screen.contains(
        "Backlog: \(count.actions) actions, plus \(count.recommended) recommended "
          + "checks and 1 N/A to confirm"
      ),
      "\(screen)"
    )
    let summary = ReportSummary(
      session: model.session,
      scores: model.scores,
      history: PreviousSession.history(
        of: model.session,
        at: "/nonexistent-mlmaturity-folder/session.json",
        named: nil,
        catalog: Wizard.catalog
      ),
      catalog: Wizard.catalog
    )
    #expect(summary.actionsHeading.count.contains(count.words))
  }
}
