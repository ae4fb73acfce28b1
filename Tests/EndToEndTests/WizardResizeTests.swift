import Foundation
import TestSupport
import Testing

@Suite("Wizard end to end: resizing", .enabled(if: TmuxDriver.shouldRun))
struct WizardResizeTests {
  /// The rows of a captured screen.
  private func rows(_ screen: String) -> [Substring] {
    screen.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// How often `text` occurs in `line`.
  private func count(_ text: String, in line: Substring) -> Int {
    line.components(separatedBy: text).count - 1
  }

  @Test func shrinkingShowsTooSmallAndGrowingRestoresTheLayout() throws {
    let run = try WizardHarness()
    try run.start("new --file \(run.file)")
    try run.fillFormAndStart(team: "Fraud Detection", system: "Card scoring")
    try run.answer(from: 0, count: 3)

    try run.tmux.resize(columns: 30, rows: 8)
    let small = try run.tmux.waitFor("terminal too small", "q quits")
    #expect(small.contains("need 60×16, now 30×8"))

    try run.tmux.resize(columns: 80, rows: 24)
    // The footer is the last row drawn; "b/← back" ends it at 80 columns.
    let standard = try run.tmux.waitFor("┌─ Questions", " 3/90 ", "b/← back")
    let lines = rows(standard)
    #expect(lines[0].contains("mlmaturity · Fraud Detection · Card scoring"))
    // Index pane and question pane side by side, both closed at the bottom.
    #expect(lines[1].hasPrefix("┌─ Questions"))
    #expect(lines[1].contains("┐┌─ Azure MLOps maturity › Model creation · 1/5"))
    #expect(lines[1].hasSuffix("┐"))
    #expect(lines[21].hasPrefix("└"))
    #expect(lines[21].hasSuffix("┘"))
    #expect(count("┌─", in: lines[1]) == 2)
    #expect(!standard.contains("too small"))

    try run.tmux.resize(columns: 120, rows: 40)
    // Only the 120-column footer reaches "v vote".
    let wide = try run.tmux.waitFor("┐┌─ Scores", "v vote")
    let wideLines = rows(wide)
    // Three columns: index, question and scores all start on the first row.
    #expect(count("┌─", in: wideLines[1]) == 3)
    #expect(wideLines[1].contains("┌─ Scores"))
    #expect(count("└", in: wideLines[37]) == 3)

    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
    #expect(try run.answers().count == 3)
  }

  @Test func keysOnTheTooSmallScreenChangeNothing() throws {
    let run = try WizardHarness()
    try run.start("new --file \(run.file)")
    try run.fillFormAndStart(team: "Fraud Detection", system: "Card scoring")
    try run.answer(from: 0, count: 2)

    try run.tmux.resize(columns: 30, rows: 8)
    try run.tmux.waitFor("terminal too small")
    for key in ["3", "?", "s", "n", "Enter"] { try run.tmux.send(key) }
    try run.tmux.waitFor("only q works")

    try run.tmux.resize(columns: 80, rows: 24)
    // The footer shows only on the questions screen without a window.
    try run.tmux.waitFor(" 2/90 ", "b/← back")
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
    #expect(try run.answers().count == 2)
  }

  @Test func qQuitsWhileTheTerminalIsTooSmall() throws {
    let run = try WizardHarness()
    try run.start("new --file \(run.file)")
    try run.fillFormAndStart(team: "Fraud Detection", system: "Card scoring")
    try run.answer(from: 0, count: 2)

    try run.tmux.resize(columns: 30, rows: 8)
    try run.tmux.waitFor("terminal too small")
    try run.tmux.send("q")

    #expect(try run.exitCode() == 0)
    #expect(try run.answers().count == 2)
  }

  @Test func qQuitsTheTooSmallStartScreen() throws {
    let run = try WizardHarness()
    try run.start("new --file \(run.file)", columns: 30, rows: 8)
    try run.tmux.waitFor("terminal too small")
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
    #expect(!FileManager.default.fileExists(atPath: run.file))
  }
}
