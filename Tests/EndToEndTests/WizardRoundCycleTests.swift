import Foundation
import TestSupport
import Testing

/// A whole workshop cycle as a facilitator runs it: two pre-work files,
/// merge, the workshop on the discussion list, the next round three months
/// later from the start screen, and the diff of the two rounds.
@Suite("Wizard end to end: pre-work, merge, workshop, next round, diff")
struct WizardRoundCycleTests {
  func run(_ run: WizardHarness, _ arguments: [String], stdin: String? = nil) -> (
    status: Int32, stdout: String, stderr: String
  ) {
    ProcessRunner.run(
      WizardHarness.binary,
      arguments,
      stdin: stdin,
      environment: run.processEnvironment
    )
  }

  func json(_ path: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test(.enabled(if: TmuxDriver.shouldRun))
  func aWholeCycleFromPreworkToTheNextRound() throws {
    let harness = try WizardHarness(inDefaultFolder: true)
    let workshop = harness.file
    let made = run(
      harness,
      [
        "set", workshop, "--team", "Fraud", "--system", "scoring", "--participant", "Ana",
        "--participant", "Bo",
      ]
    )
    #expect(made.status == 0, "\(made.stderr)")
    // Pre-work: Ana and Bo answer the first two questions alone; they
    // split on the first and agree on the second.
    for (name, keys) in [("Ana", "1\n2\nq\n"), ("Bo", "3\n2\nq\n")] {
      let prework = run(
        harness,
        ["new", "--prework", "--as", name, "--from", workshop, "--plain"],
        stdin: keys
      )
      #expect(prework.status == 0, "\(prework.stderr)")
    }
    let folder = URL(fileURLWithPath: workshop).deletingLastPathComponent().path
    let merge = run(
      harness,
      ["merge", workshop, folder + "/fraud-prework-ana.json", folder + "/fraud-prework-bo.json"]
    )
    #expect(merge.status == 0, "\(merge.stderr)")

    // The workshop: the discussion list shows the split question first;
    // the unanimous one is accepted with one key, the split one agreed.
    try harness.start("open \(workshop)", columns: 100, rows: 30)
    try harness.tmux.waitFor(" 0/90 ")
    try harness.tmux.send("w")
    try harness.tmux.waitFor("Discussion")
    let list = try harness.tmux.screen()
    let split = try #require(list.range(of: "Data scientists"))
    let unanimous = try #require(list.range(of: "Data engineers"))
    #expect(split.lowerBound < unanimous.lowerBound, "the split question is not first:\n\(list)")
    try harness.tmux.send("Down", "a")
    try harness.tmux.waitFor("agreed unanimously")
    try harness.tmux.send("Up", "Enter", "v", "Enter", "Enter")
    try harness.tmux.waitFor(" 2/90 ")
    try harness.tmux.send("q")
    #expect(try harness.exitCode() == 0)
    let answers = try #require(try json(workshop)["answers"] as? [String: [String: Any]])
    #expect(answers.values.filter { $0["value"] != nil }.count == 2)

    // The same day, r refuses a next round: it would not come after the
    // workshop (trend, diff and the summary order rounds by day).
    func selectWorkshop() throws {
      try harness.tmux.waitFor("r next round", "pre-work of Ana")
      // The pre-work files are listed too, and say so.
      let start = try harness.tmux.screen()
      let rows = start.split(separator: "\n").filter { $0.contains("Fraud · scoring") }
      let position = try #require(rows.firstIndex { !$0.contains("pre-work") }, "\(start)")
      for _ in 0...position { try harness.tmux.send("Down") }
    }
    harness.freshTerminal()
    try harness.start("", columns: 100, rows: 30)
    try selectWorkshop()
    try harness.tmux.send("r")
    try harness.tmux.waitFor("No next round today: 2026-11-26 is not after the earlier round's")
    // It names the file to start from (once it said FILE).
    try harness.tmux.waitFor("mlmaturity new --from fraud.json --date DAY")
    try harness.tmux.send("q")
    #expect(try harness.exitCode() == 0)

    // Three months later, from the start screen: r starts the next round
    // of the selected session; = accepts last time's answer.
    harness.extraEnvironment["MLMATURITY_NOW"] = "2027-02-26T10:00:00Z"
    harness.freshTerminal()
    try harness.start("", columns: 100, rows: 30)
    try selectWorkshop()
    try harness.tmux.send("r")
    try harness.tmux.waitFor("next round of fraud.json")
    try harness.tmux.waitFor("last time")
    try harness.tmux.send("=")
    try harness.tmux.waitFor(" 1/90 ")
    try harness.tmux.send("q")
    #expect(try harness.exitCode() == 0)
    let sessions = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".json") && $0.hasPrefix("20") }
    // The refused r wrote nothing; the later one wrote one round.
    #expect(sessions.count == 1 && sessions[0].hasPrefix("2027-02-26-"), "\(sessions)")
    let next = folder + "/" + (try #require(sessions.first, "no next-round file in \(sessions)"))
    #expect((try json(next)["previous"] as? [String: Any])?["file"] as? String == workshop)

    let diff = run(harness, ["diff", workshop, next])
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(diff.stdout.contains("azure.people.data-engineers"))
  }
}
