import Foundation
import TestSupport
import Testing

/// `mlmaturity diff` on a real terminal: the compare screen, and colour.
///
/// The shell prints the exit status and stays, rather than the test waiting
/// for the pane to die: under load tmux 3.3a can mark a pane dead before it
/// reaps the child, and then never reports its exit status. Waits are
/// generous because the suite runs beside heavy parallel tests.
@Suite("mlmaturity diff in tmux", .enabled(if: TmuxDriver.shouldRun))
struct CompareTmuxTests {
  private func command(_ extra: String = "") -> String {
    "\(productURL("mlmaturity").path) diff \(CompareCLI.fixture("before.json")) "
      + CompareCLI.fixture("after.json") + extra + "; echo \"exit status $?\"; sleep 60"
  }

  @Test func theCompareScreenMovesWithTheWizardKeysAndQuitsOnQ() throws {
    let tmux = TmuxDriver()
    defer { tmux.killServer() }
    try tmux.start(
      command(" --tui"),
      columns: 100,
      rows: 30,
      environment: ["TERM": "xterm-256color"]
    )
    let first = try tmux.waitFor(
      "mlmaturity · compare · Payments ML",
      "Old 2026-01-15",
      "New 2026-04-20",
      timeout: 20
    )
    #expect(first.contains("▸Azure MLOps maturity"))
    try tmux.send("j")
    try tmux.waitFor("▸  People", "─ Azure MLOps maturity › People ─", timeout: 20)
    try tmux.send("End")
    try tmux.waitFor("─ mlts.monitor.3 ─", timeout: 20)
    try tmux.send("Home")
    try tmux.waitFor("▸Azure MLOps maturity", timeout: 20)
    try tmux.send("q")
    try tmux.waitFor("exit status 0", timeout: 20)
  }

  @Test(arguments: [("", true), ("1", false)])
  func textOnATerminalIsColouredUnlessNoColorIsSet(noColor: String, coloured: Bool) throws {
    let tmux = TmuxDriver()
    defer { tmux.killServer() }
    try tmux.start(
      command(),
      columns: 120,
      rows: 40,
      environment: ["NO_COLOR": noColor, "TERM": "xterm-256color"]
    )
    try tmux.waitFor("exit status 0", history: true, timeout: 20)
    let screen = try tmux.run("capture-pane", "-p", "-e", "-S", "-", "-t", tmux.session)
    #expect(screen.contains("Comparing two assessments"))
    #expect(screen.contains("\u{1B}[32m") == coloured, "NO_COLOR=\(noColor)")
  }
}
