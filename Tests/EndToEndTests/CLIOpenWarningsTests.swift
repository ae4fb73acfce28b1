import Foundation
import TestSupport
import Testing

@Suite("open warns like score: answers no bank has, bank versions that differ")
struct CLIOpenWarningsTests {
  /// A session with an answer to a question no bank has, recorded against
  /// an older ML Test Score bank.
  static let session = """
    {"formatVersion": 1, "frameworks": ["mlts"], "banks": {"mlts": "0.9.0"},
     "answers": {"gone.q": {"value": "x"}, "mlts.data.1": {"value": "manual"}}}
    """

  /// `open FILE --plain`, answering nothing: `q` at the first question.
  func openPlainAndQuit(_ run: WizardHarness) -> (status: Int32, stdout: String, stderr: String) {
    let arguments = ["open", run.file, "--plain"]
    return ProcessRunner.run(
      WizardHarness.binary,
      arguments,
      stdin: "q\n",
      environment: run.processEnvironment
    )
  }

  @Test("open --plain prints score's warnings on standard error before the first question")
  func plainOpenWarns() throws {
    let run = try WizardHarness()
    try CLI.write(Self.session, to: run.file)
    let score = ProcessRunner.run(
      WizardHarness.binary,
      ["score", run.file],
      environment: run.processEnvironment
    )
    let warnings = score.stdout.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
    #expect(warnings.count == 2, "\(score.stdout)")
    let open = openPlainAndQuit(run)
    #expect(open.status == 0, "\(open.stderr)")
    let lines = open.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines.prefix(2)
        == [
          "mlmaturity: warning: \(run.file): 1 answer to questions no bank has "
            + "(kept in the file, not scored): gone.q",
          "mlmaturity: warning: \(run.file): mlts: answers were given against bank version "
            + "0.9.0; scored with version 1.2.0",
        ]
    )
    for warning in warnings {
      #expect(
        lines.contains("mlmaturity: warning: \(run.file): " + warning.dropFirst(9)),
        "\(warning)"
      )
    }
  }

  @Test("the wizard opens with the first warning on its status line")
  func wizardShowsWarning() throws {
    let run = try WizardHarness()
    try CLI.write(Self.session, to: run.file)
    try run.start("open \(run.file)", columns: 200, rows: 30)
    let screen = try run.tmux.waitFor(
      "warning: 1 answer to questions no bank has (kept in the file, not scored): gone.q "
        + "(and 1 more: `mlmaturity validate \(run.file)` lists them)"
    )
    #expect(!screen.contains("opened \(run.file)"))
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
  }

  @Test("opened from the start screen, the wizard shows the same warning")
  func startScreenShowsWarning() throws {
    let run = try WizardHarness(inDefaultFolder: true)
    try FileManager.default.createDirectory(
      atPath: run.dataHome + "/mlmaturity/sessions",
      withIntermediateDirectories: true
    )
    try CLI.write(Self.session, to: run.file)
    try run.start("", columns: 200, rows: 30)
    try run.tmux.waitFor("+ New assessment", "fraud")
    try run.tmux.send("Down")
    try run.tmux.send("Enter")
    try run.tmux.waitFor("warning: 1 answer to questions no bank has")
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
  }

  @Test("a session without problems opens with no warning")
  func cleanSessionOpensQuietly() throws {
    let run = try WizardHarness()
    let set = ProcessRunner.run(
      WizardHarness.binary,
      ["set", run.file, "mlts.data.1=manual"],
      environment: run.processEnvironment
    )
    try #require(set.status == 0, "\(set.stderr)")
    let open = openPlainAndQuit(run)
    #expect(open.status == 0)
    #expect(!open.stderr.contains("warning"))
  }
}
