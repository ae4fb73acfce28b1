import Foundation
import TestSupport
import Testing

@Suite("Wizard end to end: resuming", .enabled(if: TmuxDriver.shouldRun))
struct WizardResumeTests {
  /// The summary's footer: its last row, so once it shows the rows above
  /// are drawn too (the header alone can show while the rest of the
  /// previous screen is still there).
  static let summaryFooter = "Enter how was this computed"

  /// Creates the session with `answered` answers through the wizard, and
  /// returns the summary it showed before quitting.
  private func createSession(_ run: WizardHarness, answered: Int) throws -> String {
    try run.start("new --file \(run.file)", columns: 120, rows: 40)
    try run.fillFormAndStart(team: "Fraud Detection", system: "Card scoring")
    try run.answer(from: 0, count: answered)
    try run.tmux.send("s")
    let summary = try run.tmux.waitFor(
      "Summary",
      "\(answered) of 90 questions answered",
      WizardResumeTests.summaryFooter
    )
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
    run.freshTerminal()
    return summary
  }

  /// The screen without its status line (which says "opened" or "saved").
  private func body(_ screen: String) -> String {
    screen.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("saved") && !$0.contains("opened") && !$0.contains("saving") }
      .joined(separator: "\n")
  }

  @Test func openShowsTheSameAnswersAndScoresAfterQuitting() throws {
    let run = try WizardHarness()
    let before = try createSession(run, answered: 12)

    try run.start("open \(run.file)", columns: 120, rows: 40)
    let reopened = try run.tmux.waitFor(" 12/90 ", "opened \(run.file)")
    // The first unanswered question is current: Azure's 13th.
    #expect(reopened.contains("Application tests  azure.integration.app-tests"))
    #expect(reopened.contains("✓ Release process"))
    #expect(reopened.contains("· Application tests"))
    try run.tmux.send("s")
    let after = try run.tmux.waitFor(
      "Summary",
      "12 of 90 questions answered",
      WizardResumeTests.summaryFooter
    )
    #expect(body(after) == body(before))
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
    #expect(try run.answers().count == 12)
  }

  @Test func openRemovesTemporaryFilesAnInterruptedSaveLeftBeside() throws {
    let run = try WizardHarness()
    let set = ProcessRunner.run(WizardHarness.binary, ["set", run.file, "mlts.data.1=manual"])
    try #require(set.status == 0, "set failed: \(set.stderr)")
    let folder = (run.file as NSString).deletingLastPathComponent
    let base = (run.file as NSString).lastPathComponent
    let stale = folder + "/.\(base).tmp-Ab12Cd"
    let other = folder + "/.other.json.tmp-Ab12Cd"
    for path in [stale, other] {
      #expect(FileManager.default.createFile(atPath: path, contents: Data("{\"half".utf8)))
    }

    try run.start("open \(run.file)")
    try run.tmux.waitFor("opened")
    #expect(!FileManager.default.fileExists(atPath: stale), "the stale temporary file is left")
    #expect(FileManager.default.fileExists(atPath: other), "another session's file was removed")
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
  }

  @Test func theStartScreenListsTheSessionAndOpensIt() throws {
    // A session in the default folder, so the start screen finds it.
    let run = try WizardHarness(inDefaultFolder: true)
    _ = try createSession(run, answered: 5)

    try run.start("", columns: 100, rows: 30)
    let list = try run.tmux.waitFor("+ New assessment", "Fraud Detection · Card scoring")
    #expect(list.contains("5/90 answered"))
    #expect(list.contains("2026-11-26"))
    try run.tmux.send("Down")
    try run.tmux.send("Enter")
    // The start screen's title also names the chosen session, and its
    // list shows "5/90": wait for what only the wizard shows.
    let wizard = try run.tmux.waitFor("opened \(run.file)", "mlmaturity · Fraud Detection")
    #expect(wizard.contains(" 5/90 "))
    #expect(!wizard.contains("+ New assessment"))
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
  }
}
