import Foundation
import TestSupport
import Testing

/// `c` on the start screen: two sessions compared oldest first by their
/// assessment dates, and q going back to the start screen.
@Suite("Wizard end to end: compare from the start screen", .enabled(if: TmuxDriver.isAvailable))
struct StartCompareTests {
  @Test func compareOrdersByAssessmentDateAndQGoesBackToTheStart() throws {
    let run = try WizardHarness(inDefaultFolder: true)
    let sessions = URL(fileURLWithPath: run.file).deletingLastPathComponent()
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    let april = sessions.appendingPathComponent("april.json")
    let january = sessions.appendingPathComponent("january.json")
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: CompareCLI.fixture("after.json")),
      to: april
    )
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: CompareCLI.fixture("before.json")),
      to: january
    )
    // The January session was edited last, so the start screen lists it first.
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)],
      ofItemAtPath: april.path
    )
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_800_000_000)],
      ofItemAtPath: january.path
    )
    try run.start("", columns: 100, rows: 30)
    try run.tmux.waitFor("+ New assessment", "2026-01-15", "2026-04-20", timeout: 10)
    try run.tmux.send("Down")
    try run.tmux.send("c")
    try run.tmux.waitFor("with…")
    try run.tmux.send("Down")
    try run.tmux.send("c")
    try run.tmux.waitFor("Old 2026-01-15", "New 2026-04-20", "q back", timeout: 10)
    try run.tmux.send("q")
    try run.tmux.waitFor("+ New assessment", "(old) with", timeout: 10)
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
  }
}
