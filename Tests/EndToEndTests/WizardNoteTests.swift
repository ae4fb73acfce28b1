import Foundation
import TestSupport
import Testing

@Suite("Wizard end to end: notes", .enabled(if: TmuxDriver.shouldRun))
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
    try run.tmux.send("C-d")
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

  /// A wizard on a new session whose `$EDITOR` is the shell script
  /// `body`, with "draft" typed in the first question's note and Ctrl+E
  /// pressed; returns the run and the editor's command.
  private func draftHandedToEditor(_ body: String) throws -> (WizardHarness, String) {
    let run = try WizardHarness()
    let script = run.folder + "/editor.sh"
    try body.write(toFile: script, atomically: true, encoding: .utf8)
    // Run by sh, not executed itself: executing a file just written can fail
    // with ETXTBSY (status 126) while a process forked meanwhile by a
    // parallel test still holds the write descriptor.
    let editor = "/bin/sh " + script
    run.extraEnvironment = ["EDITOR": editor, "VISUAL": editor]
    try run.start("new --file \(run.file)", columns: 120, rows: 40)
    try run.fillFormAndStart(team: "Fraud Detection", system: "Card scoring")

    try run.tmux.send("n")
    try run.tmux.sendLiteral("draft")
    try run.tmux.waitFor("draft")
    try run.tmux.send("C-e")
    return (run, editor)
  }

  @Test func controlEEditsTheNoteInEditorAndTheWizardComesBack() throws {
    let (run, editor) = try draftHandedToEditor(
      "printf 'from the editor\\nline two\\n' > \"$1\"\n"
    )
    try run.tmux.waitFor("note taken from \(editor)", "line two")
    try run.tmux.send("C-d")
    try run.tmux.waitFor("Note: from the editor", "saved 10:00:00")

    let answers = try #require(try run.session()["answers"] as? [String: [String: Any]])
    #expect(
      answers["azure.people.data-scientists"]?["note"] as? String == "from the editor\nline two"
    )
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
  }

  @Test func controlEHandsTheEditorATextFileEndingInALineFeed() throws {
    let seen = FileManager.default.temporaryDirectory.path + "/mlmaturity-seen-\(getpid()).txt"
    defer { try? FileManager.default.removeItem(atPath: seen) }
    let (run, editor) = try draftHandedToEditor("cp \"$1\" '\(seen)'\n")
    try run.tmux.waitFor("note taken from \(editor)")
    #expect(try String(contentsOfFile: seen, encoding: .utf8) == "draft\n")
    try run.tmux.send("C-d")
    try run.tmux.waitFor("Note: draft", "saved 10:00:00")
    let answers = try #require(try run.session()["answers"] as? [String: [String: Any]])
    #expect(
      answers["azure.people.data-scientists"]?["note"] as? String == "draft",
      "the editor's line feed is taken off again"
    )
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
  }
}
