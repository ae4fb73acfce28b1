import Foundation
import TestSupport
import Testing

/// A session answered against the banks before they gained per-option next
/// steps (ML Test Score 1.1.0, Azure 1.1.0, Google 2.0.0): those versions
/// changed only advice, so nothing about the session needs a warning.
@Suite("A session from before the next steps opens, scores and upgrades as before")
struct AdviceOnlyVersionCLITests {
  static let session = """
    {"formatVersion": 1, "frameworks": ["mlts", "azure", "google"],
     "banks": {"mlts": "1.1.0", "azure": "1.1.0", "google": "2.0.0"},
     "answers": {"mlts.data.1": {"value": "manual"}, "azure.tech.training": {"value": "automated-jobs"}}}
    """

  /// Runs `mlmaturity ARGUMENTS` on a fresh copy of the session.
  static func run(_ arguments: [String], stdin: String? = nil) throws -> (
    status: Int32, stdout: String, stderr: String
  ) {
    let run = try WizardHarness()
    try CLI.write(session, to: run.file)
    let result = ProcessRunner.run(
      WizardHarness.binary,
      [arguments[0], run.file] + arguments.dropFirst(),
      stdin: stdin,
      environment: run.processEnvironment
    )
    return (result.status, result.stdout, result.stderr)
  }

  @Test("score and open --plain print no warning; upgrade only records the current versions")
  func noWarnings() throws {
    let score = try Self.run(["score"])
    #expect(score.status == 0, "\(score.stderr)")
    #expect(!score.stdout.contains("warning: "), "\(score.stdout)")
    #expect(score.stderr == "")
    let open = try Self.run(["open", "--plain"], stdin: "q\n")
    #expect(open.status == 0, "\(open.stderr)")
    #expect(!open.stderr.contains("warning"), "\(open.stderr)")
    #expect(!open.stdout.contains("older question banks"), "\(open.stdout)")
    let upgrade = try Self.run(["upgrade"])
    #expect(upgrade.status == 0, "\(upgrade.stderr)")
    #expect(
      upgrade.stdout.contains("(only advice changed: answers kept as they are)"),
      "\(upgrade.stdout)"
    )
    #expect(upgrade.stdout.contains("saved at the current bank versions"), "\(upgrade.stdout)")
  }

  @Test("the backlog tells automated training jobs the step to signal-driven retraining")
  func backlogStartsFromTheAnswer() throws {
    let backlog = try Self.run(["backlog", "--format", "json"])
    #expect(backlog.status == 0, "\(backlog.stderr)")
    #expect(backlog.stdout.contains("Connect a drift or regression alert from the live model"))
    #expect(!backlog.stdout.contains("Wrap the current training steps in a single job"))
  }
}
