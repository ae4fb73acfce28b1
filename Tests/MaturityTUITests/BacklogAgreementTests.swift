import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// The backlog page and the summary screen count the backlog and word each
/// target as `mlmaturity backlog` and the summary documents do (cold test).
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

  @Test("the backlog header says level and band, and (default) where no target is set")
  func backlogHeader() {
    var model = Self.model()
    model.press(.character("l"))
    let screen = Wizard.paneText(Wizard.screen(model, Size(columns: 160, rows: 40)))
    #expect(screen.contains("Azure level 0 → target level 3"), "\(screen)")
    #expect(screen.contains("Google level 0 → target level 1 (default)"), "\(screen)")
    #expect(screen.contains("MLTS band 0 → target band 1 (default)"), "\(screen)")
  }

  @Test("the summary screen gives the target's gap and what closes it, as the CLI backlog does")
  func summaryTarget() throws {
    var model = Self.model()
    model.press(.character("s"))
    let screen = Wizard.paneText(Wizard.screen(model, Size(columns: 160, rows: 60)))
    let backlog = model.backlog
    let azure = try #require(model.catalog.bank("azure"))
    let gap = try #require(backlog.gaps.first { $0.framework == "azure" })
    // The CLI's gap line for Azure, after the framework's name.
    let cli = BacklogReport.markdown(backlog, session: model.session, scores: model.scores)
    let sentence = BacklogReport.targetText(gap, backlog: backlog, bank: azure)
    #expect(cli.contains("- Azure MLOps maturity: \(sentence)"))
    #expect(sentence.hasPrefix("level 0 → target level 3: "))
    #expect(screen.contains("Target: \(sentence)"), "\(screen)")
    // What closes the target's gap, not only the next level's blockers.
    let closing = BacklogReport.closingTitles(gap, bank: azure)
    #expect(closing.contains("more"))
    #expect(screen.contains("Closes it: \(closing)"), "\(screen)")
    #expect(screen.contains("Target: level 0 → target level 1 (default)"), "\(screen)")
    #expect(!screen.contains("none set"))
  }
}
