import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// When everyone votes N/A the vote window and the discussion list say so,
/// and Enter without any vote proposes nothing (found by a cold run: "no
/// votes yet" above "0 – 3 not applicable", `0/0 +3 n/a`, and Enter with no
/// votes proposed option 1).
@Suite("Votes that are all N/A, and no votes")
struct WorkshopAllNotApplicableTests {
  @Test func theVoteWindowSaysEveryVoteIsNotApplicable() {
    var model = Workshop.model()
    model.vote("0", "0", "0")
    let screen = Wizard.screen(model)
    #expect(screen.contains("all 3 votes: not applicable"), "\(screen)")
    #expect(!screen.contains("no votes yet"), "\(screen)")
  }

  @Test func theDiscussionListCountsThemWithoutEmptyOptions() {
    var model = Workshop.model()
    model.vote("0", "0", "0")
    model.press(.escape, .character("w"))
    let screen = Wizard.screen(model)
    #expect(screen.contains("3 n/a"), "\(screen)")
    #expect(!screen.contains("0/0"), "\(screen)")
  }

  @Test func enterWithoutVotesSaysThereIsNothingToAgreeOn() {
    var model = Workshop.model()
    model.press(.character("v"), .enter)
    guard case .votes = model.overlay else {
      Issue.record("expected the vote window, got \(String(describing: model.overlay))")
      return
    }
    #expect(Wizard.screen(model).contains("no votes yet, so nothing to agree on"))
  }
}
