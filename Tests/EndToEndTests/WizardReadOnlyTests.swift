import Foundation
import TestSupport
import Testing

/// A second window on a session another mlmaturity holds: it refuses
/// edits, says so, saves a copy on `w`, and never quits silently.
@Suite("Wizard end to end: a read-only second window", .enabled(if: TmuxDriver.isAvailable))
struct WizardReadOnlyTests {
  @Test func aRefusedEditOffersACopyThatThenTakesTheEdits() throws {
    let folder = try Hardening.scratchFolder("read-only-copy")
    defer { Hardening.remove(folder) }
    let session = folder.appendingPathComponent("s.json").path
    let copy = folder.appendingPathComponent("s-copy.json").path
    try Hardening.makeSession(at: session)
    let first = HardeningWizard()
    try first.startBinary(["open", session], in: folder)
    try first.tmux.waitFor("opened", timeout: 10)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: session))

    let second = HardeningWizard()
    try second.startBinary(["open", session], in: folder)
    try second.tmux.waitFor("read-only", timeout: 10)
    try second.tmux.send("2")
    try second.tmux.waitFor("changed nothing", "w save a copy")
    try second.tmux.send("w")
    try second.tmux.waitFor("s-copy.json")
    try second.tmux.send("Enter")
    try second.tmux.waitFor("saved a copy to")
    try second.tmux.send("2")
    // Answered in the copy (the header counts it); q writes any pending save.
    try second.tmux.waitFor(" 2/90 ", timeout: 10)
    try second.tmux.send("q")
    #expect(try second.waitForExit() == 0)

    #expect(try Data(contentsOf: URL(fileURLWithPath: session)) == bytes)
    #expect(Hardening.answers(in: copy)?["azure.people.data-scientists"] == "with-data-engineers")
    try first.tmux.send("q")
    #expect(try first.waitForExit() == 0)
  }

  @Test func quittingAReadOnlyWindowSaysNothingWasChanged() throws {
    let folder = try Hardening.scratchFolder("read-only-quit")
    defer { Hardening.remove(folder) }
    let session = folder.appendingPathComponent("s.json").path
    try Hardening.makeSession(at: session)
    let first = HardeningWizard()
    try first.startBinary(["open", session], in: folder)
    try first.tmux.waitFor("opened", timeout: 10)
    let second = HardeningWizard()
    try second.startBinary(["open", session], in: folder)
    try second.tmux.waitFor("read-only", timeout: 10)
    try second.tmux.send("q")
    #expect(try second.waitForExit() == 0)
    try second.tmux.waitFor("read-only", "nothing was changed")
    try first.tmux.send("q")
    #expect(try first.waitForExit() == 0)
  }
}
