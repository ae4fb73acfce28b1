import Foundation
import TestSupport
import Testing

@Suite("Wizard end to end: notes", .enabled(if: TmuxDriver.isAvailable))
struct WizardNoteTests {
  @Test func anAccentedAndCJKNoteIsSavedByteExactAndShown() throws {
    let run = try WizardHarness()
    let note = "Équipe café 日本語"
    try run.start("new --file \(run.file)", columns: 120, rows: 40)
    try run.fillFormAndStart(team: "Fraud Detection", system: "Card scoring")

    try run.tmux.send("n")
    try run.tmux.waitFor("Note · azure.people.data-scientists")
    try run.tmux.sendLiteral(note)
    try run.tmux.waitFor(note)
    try run.tmux.send("Escape")
    let screen = try run.tmux.waitFor("Note: \(note)", "saved 10:00:00")
    #expect(screen.contains("✎Data scientists"))

    let answers = try #require(try run.session()["answers"] as? [String: [String: Any]])
    #expect(answers["azure.people.data-scientists"]?["note"] as? String == note)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: run.file))
    #expect(
      bytes.range(of: Data("\"note\": \"\(note)\"".utf8)) != nil,
      "the UTF-8 is written as is"
    )

    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
  }
}
