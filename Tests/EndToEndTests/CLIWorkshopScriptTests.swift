import Foundation
import TestSupport
import Testing

/// A whole facilitated workshop, typed into the real wizard in tmux as a
/// facilitator would, and then the file it leaves read back by every
/// command: five participants, votes that disagree and the agreement,
/// a unanimous vote, evidence whose mistyped date is retyped, not
/// applicable with a reason, a target, more answers, an owner and due date
/// from the backlog, and a comparison with the team's previous session.
///
/// The agree dialog is left by Tab to the dissent field and Enter there;
/// the evidence is first saved (Ctrl+D) with a mistyped date, which is
/// refused with the text kept, then retyped and saved.
@Suite("CLI workshop script: a facilitated workshop in tmux, then open, score, report, diff")
struct CLIWorkshopScriptTests {
  static let participants = ["Ana", "Bo", "Chen", "Dev", "Zoë"]

  /// Polls the session file until `condition` holds on it (tmux tests wait
  /// for what the program does; saving follows the frame).
  func waitForSession(
    _ run: WizardHarness,
    _ what: String,
    timeout: Double = 5,
    until condition: ([String: Any]) -> Bool
  ) throws -> [String: Any] {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let session = try? run.session(), condition(session) { return session }
      if Date() > deadline {
        let screen = (try? run.tmux.screen()) ?? ""
        throw WaitError(description: "timed out waiting for \(what); screen:\n\(screen)")
      }
      usleep(50_000)
    }
  }

  /// Sends each item to the wizard: a key name in angle brackets
  /// (`<Enter>`, `<Tab>`) as that key, anything else typed literally.
  func type(_ run: WizardHarness, _ items: String...) throws {
    for item in items {
      if item.count > 2, item.hasPrefix("<"), item.hasSuffix(">") {
        try run.tmux.send(String(item.dropFirst().dropLast()))
      } else {
        try run.tmux.sendLiteral(item)
      }
    }
  }

  /// The answer record of `id` in `session`.
  func answer(_ session: [String: Any], _ id: String) -> [String: Any] {
    (session["answers"] as? [String: Any])?[id] as? [String: Any] ?? [:]
  }

  /// The team's previous assessment, half a year earlier, from `set`.
  func previousSession(_ run: WizardHarness) throws -> String {
    let path = run.folder + "/previous.json"
    var environment = run.processEnvironment
    environment["MLMATURITY_NOW"] = "2026-05-20T10:00:00Z"
    let result = ProcessRunner.run(
      WizardHarness.binary,
      [
        "set", path, "--team", "Search", "--system", "ranker",
        "azure.people.data-scientists=with-data-engineers", "azure.people.data-engineers=siloed",
        "azure.creation.data-collection=manual", "--target", "azure=1",
      ],
      environment: environment
    )
    try #require(result.status == 0, "\(result.stderr)")
    return path
  }

  @Test("a workshop typed into the wizard leaves a file that opens, scores, reports and compares")
  func facilitatedWorkshop() throws {
    let run = try WizardHarness()
    let previous = try previousSession(run)
    let questions = WizardBanks.questions
    try run.start("new --file \(run.file)", columns: 120, rows: 40)

    // The form: team, system, serving left unknown, facilitator, the five
    // participants; Start.
    try run.tmux.waitFor("New assessment", "[ Start ]")
    let fields = ["Search", "ranker", "", "Ana", Self.participants.joined(separator: ", ")]
    for (index, text) in fields.enumerated() {
      if index > 0 { try run.tmux.send("Tab") }
      if !text.isEmpty { try run.tmux.sendLiteral(text) }
    }
    try run.tmux.run(["send-keys", "-t", run.tmux.session] + Array(repeating: "Down", count: 16))
    try run.tmux.send("Enter")
    try run.waitForCount(0)

    // Question 1: the room disagrees (three say the first option, two the
    // second); the facilitator takes the proposed majority with a
    // rationale and the dissent.
    try run.tmux.send("v")
    for key in ["1", "2", "1", "1", "2"] { try run.tmux.send(key) }
    try run.tmux.waitFor("votes disagree")
    try type(
      run,
      "<Enter>",
      "<Tab>",
      "Scientists work alone on most models",
      "<Tab>",
      "Bo and Zoë: the search team pairs already",
      "<Enter>"
    )
    try run.waitForCount(1)

    // Question 2: unanimous.
    try run.tmux.send("v")
    for _ in Self.participants { try run.tmux.send("2") }
    try run.tmux.waitFor("votes agree")
    try run.tmux.send("Enter")
    try run.tmux.send("Tab", "Tab", "Enter")
    try run.waitForCount(2)

    // Question 3: evidence with a mistyped date, retyped, verified; then
    // the answer.
    try run.tmux.send("e")
    try run.tmux.sendLiteral("wiki/ml-handover | Zoë | 20/11/2026")
    // Saving (Ctrl+D) with the mistyped date is refused and the text stays.
    try run.tmux.send("C-d")
    try run.tmux.waitFor("expected a date like 2026-11-26")
    try run.tmux.run(["send-keys", "-t", run.tmux.session] + Array(repeating: "BSpace", count: 10))
    try run.tmux.sendLiteral("2026-11-20")
    try run.tmux.send("Tab", "Tab")
    try run.tmux.send("C-d")
    let third = questions[2].id
    _ = try waitForSession(run, "the evidence of \(third)") {
      (answer($0, third)["evidence"] as? [Any])?.isEmpty == false
    }
    try run.tmux.send("2")
    try run.waitForCount(3)

    // Question 4: does not apply, with the reason.
    try type(run, "0", "All data arrives through the shared platform", "<Enter>")
    try run.waitForCount(4)

    // The Azure target, then six more answers.
    try type(run, "t", "2", "<Enter>")
    _ = try waitForSession(run, "the Azure target") {
      ($0["targets"] as? [String: Any])?["azure"] as? Int == 2
    }
    try run.answer(from: 4, count: 6)

    // The backlog: the first action gets an owner and a due date.
    try type(run, "l", "<Enter>", "Bo", "<Tab>", "2027-01-31", "<Enter>")
    let owned = try waitForSession(run, "an action owner") { session in
      (session["answers"] as? [String: Any] ?? [:]).values.contains {
        ($0 as? [String: Any])?["owner"] as? String == "Bo"
      }
    }
    try run.tmux.send("Escape")
    try run.tmux.waitFor(" 10/\(WizardBanks.total) ")
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)

    // What the file holds.
    let first = answer(owned, questions[0].id)
    #expect(first["value"] as? String == questions[0].options[0])
    #expect(
      first["votes"] as? [String: String]
        == Dictionary(
          uniqueKeysWithValues: zip(
            Self.participants,
            [0, 1, 0, 0, 1].map { questions[0].options[$0] }
          )
        )
    )
    #expect(first["rationale"] as? String == "Scientists work alone on most models")
    #expect(first["dissent"] as? String == "Bo and Zoë: the search team pairs already")
    #expect(answer(owned, questions[1].id)["value"] as? String == questions[1].options[1])
    let evidence = answer(owned, third)
    #expect(evidence["confidence"] as? String == "verified")
    #expect(
      (evidence["evidence"] as? [[String: Any]])?.first?["verified"] as? String == "2026-11-20"
    )
    let fourth = answer(owned, questions[3].id)
    #expect(fourth["value"] as? String == "n/a")
    #expect(fourth["notApplicable"] as? String == "All data arrives through the shared platform")
    #expect(owned["participants"] as? [String] == Self.participants)

    // The file opens (and quits at once), scores, validates and reports.
    let environment = run.processEnvironment
    func mlmaturity(_ arguments: [String], stdin: String? = nil) -> (
      status: Int32, stdout: String, stderr: String
    ) {
      ProcessRunner.run(WizardHarness.binary, arguments, stdin: stdin, environment: environment)
    }
    let open = mlmaturity(["open", run.file, "--plain"], stdin: "q\n")
    #expect(open.status == 0, "\(open.stderr)")
    #expect(open.stderr.isEmpty, "\(open.stderr)")
    let score = mlmaturity(["score", run.file])
    #expect(score.status == 0, "\(score.stderr)")
    #expect(score.stdout.contains("Azure MLOps maturity: level 0 of 4"))
    #expect(score.stdout.contains("Target 2: "))
    #expect(mlmaturity(["validate", run.file]).status == 0)
    let report = mlmaturity(["report", run.file, "--format", "markdown"])
    #expect(report.status == 0, "\(report.stderr)")
    for text in [
      "| Participants | Ana, Bo, Chen, Dev, Zoë |",
      "Rationale: Scientists work alone on most models",
      "Dissent: Bo and Zoë: the search team pairs already",
      "Evidence: wiki/ml-handover (Zoë, verified 20 November 2026)",
      "All data arrives through the shared platform",
      "| Bo | 31 January 2027 |",
    ] {
      #expect(report.stdout.contains(text), "report lacks \(text)")
    }
    for format in ["html", "csv", "json"] {
      #expect(mlmaturity(["report", run.file, "--format", format]).status == 0, "\(format)")
    }
    let backlog = mlmaturity(["backlog", run.file, "--format", "csv"])
    #expect(backlog.status == 0)
    #expect(backlog.stdout.contains(",Bo,2027-01-31\r\n"))

    // Compared with the previous session: in text, and full screen.
    let diff = mlmaturity(["diff", previous, run.file])
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(diff.stdout.contains("  target: level 1 → level 2"))
    #expect(diff.stdout.contains("2026-05-20"))
    run.freshTerminal()
    try run.start("diff \(previous) \(run.file) --tui", columns: 120, rows: 40)
    try run.tmux.waitFor("Azure MLOps maturity")
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
  }
}

/// A wait that ran out, with the screen at the time.
private struct WaitError: Error, CustomStringConvertible {
  var description: String
}
