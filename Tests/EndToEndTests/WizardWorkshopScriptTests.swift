import Foundation
import TestSupport
import Testing

/// A facilitated workshop from start to finish in tmux: five participants,
/// a timebox, votes that disagree, a stray key after the last voter, an
/// agreement in two Enters, a not-applicable answer, a target, the
/// backlog, and a comparison with an older session from the start screen.
/// The file the wizard wrote then opens, scores and reports.
@Suite("Wizard end to end: a facilitated workshop", .enabled(if: TmuxDriver.isAvailable))
struct WizardWorkshopScriptTests {
  @Test func aWorkshopRunsEndToEndAndItsFileScoresAndReports() throws {
    let run = try WizardHarness(inDefaultFolder: true)
    let sessions = URL(fileURLWithPath: run.file).deletingLastPathComponent().path
    let older = sessions + "/march.json"
    var marchEnvironment = run.processEnvironment
    marchEnvironment["MLMATURITY_NOW"] = "2026-03-10T09:00:00Z"
    let made = ProcessRunner.run(
      WizardHarness.binary,
      ["set", older, "azure.people.data-scientists=siloed", "--team", "Fraud Detection"],
      environment: marchEnvironment
    )
    #expect(made.status == 0, "set failed: \(made.stderr)")

    try run.start("new --file \(run.file)", columns: 100, rows: 30)
    try run.tmux.waitFor("New assessment", "[ Start ]")
    try run.tmux.sendLiteral("Fraud Detection")
    try run.tmux.send("Tab")
    try run.tmux.sendLiteral("Card scoring")
    try run.tmux.send("Tab")  // serving: left unknown
    try run.tmux.send("Tab")
    try run.tmux.sendLiteral("Zoë")
    try run.tmux.send("Tab")
    try run.tmux.sendLiteral("Ana, Bo, Chen, Dara, Eli")
    try run.tmux.send("Tab")
    try run.tmux.sendLiteral("10")
    try run.tmux.run(["send-keys", "-t", run.tmux.session] + Array(repeating: "Down", count: 16))
    try run.tmux.send("Enter")
    try run.tmux.waitFor(" 0/90 ", "left in section")

    // Votes that disagree, one n/a, then a stray key after the last voter.
    try run.tmux.send("v")
    try run.tmux.waitFor("Votes · Data scientists")
    for key in ["1", "3", "1", "2", "0", "3"] { try run.tmux.send(key) }
    try run.tmux.waitFor("everyone has voted", "0 – 1 not applicable")
    // Enter proposes the majority, Enter agrees it and moves on.
    try run.tmux.send("Enter")
    try run.tmux.waitFor("Agree · azure.people.data-scientists")
    try run.tmux.send("Enter")
    try run.tmux.waitFor(" 1/90 ", "Data engineers")
    // Not applicable, with a reason.
    try run.tmux.send("0")
    try run.tmux.sendLiteral("no separate data engineers")
    try run.tmux.send("Enter")
    try run.tmux.waitFor(" 2/90 ")
    // A target and the backlog.
    try run.tmux.send("t")
    try run.tmux.sendLiteral("2")
    try run.tmux.send("Enter")
    try run.tmux.send("l")
    try run.tmux.waitFor("Backlog: ", "▲ Azure: ")
    try run.tmux.send("Escape")
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)

    let session = try run.session()
    #expect(session["timeboxMinutes"] as? Int == 10)
    let answers = try #require(session["answers"] as? [String: [String: Any]])
    let agreed = try #require(answers["azure.people.data-scientists"])
    #expect(agreed["value"] as? String == "siloed")
    #expect((agreed["votes"] as? [String: String])?["Eli"] == "n/a")
    #expect(agreed["dissent"] == nil)
    #expect(answers["azure.people.data-engineers"]?["value"] as? String == "n/a")
    for command in [["score", run.file], ["report", run.file], ["backlog", run.file]] {
      let result = ProcessRunner.run(
        WizardHarness.binary,
        command,
        environment: run.processEnvironment
      )
      #expect(result.status == 0, "\(command[0]) failed: \(result.stderr)")
    }

    // The March session was edited last; compare still puts it first (old).
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(60)],
      ofItemAtPath: older
    )
    run.freshTerminal()
    try run.start("", columns: 100, rows: 30)
    try run.tmux.waitFor("+ New assessment", "2026-03-10", "2026-11-26")
    try run.tmux.send("Down")
    try run.tmux.send("c")
    try run.tmux.send("Down")
    try run.tmux.send("c")
    try run.tmux.waitFor("Old 2026-03-10", "New 2026-11-26", timeout: 10)
    try run.tmux.send("q")
    try run.tmux.waitFor("+ New assessment")
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
  }
}
