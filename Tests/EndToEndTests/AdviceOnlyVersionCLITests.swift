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

  @Test("score and open --plain print no warning; upgrade has nothing to do")
  func noWarnings() throws {
    let run = try WizardHarness()
    try CLI.write(Self.session, to: run.file)
    let score = ProcessRunner.run(
      WizardHarness.binary,
      ["score", run.file],
      environment: run.processEnvironment
    )
    #expect(score.status == 0, "\(score.stderr)")
    #expect(!score.stdout.contains("warning: "), "\(score.stdout)")
    #expect(score.stderr == "")
    let open = ProcessRunner.run(
      WizardHarness.binary,
      ["open", run.file, "--plain"],
      stdin: "q\n",
      environment: run.processEnvironment
    )
    #expect(open.status == 0, "\(open.stderr)")
    #expect(!open.stderr.contains("warning"), "\(open.stderr)")
    #expect(!open.stdout.contains("older question banks"), "\(open.stdout)")
    let upgrade = ProcessRunner.run(
      WizardHarness.binary,
      ["upgrade", run.file],
      environment: run.processEnvironment
    )
    #expect(upgrade.status == 0, "\(upgrade.stderr)")
    #expect(upgrade.stdout.contains("already at the current bank versions"), "\(upgrade.stdout)")
  }

  @Test("the backlog tells automated training jobs the step to signal-driven retraining")
  func backlogStartsFromTheAnswer() throws {
    let run = try WizardHarness()
    try CLI.write(Self.session, to: run.file)
    let backlog = ProcessRunner.run(
      WizardHarness.binary,
      ["backlog", run.file, "--format", "json"],
      environment: run.processEnvironment
    )
    #expect(backlog.status == 0, "\(backlog.stderr)")
    #expect(backlog.stdout.contains("Connect a drift or regression alert from the live model"))
    #expect(!backlog.stdout.contains("Wrap the current training steps in a single job"))
  }
}
