import Foundation
import TestSupport
import Testing

@Suite("Wizard end to end: --plain")
struct WizardPlainTests {
  /// Enter for each field of the new-session form (the file is given).
  static let emptyForm = String(repeating: "\n", count: 7)

  @Test func answersPipedOnStdinAreRecorded() throws {
    let run = try WizardHarness()
    let result = ProcessRunner.run(
      WizardHarness.binary,
      ["new", "--file", run.file, "--plain"],
      stdin: Self.emptyForm + "1\n2\nq\n",
      environment: run.processEnvironment
    )

    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("90 questions to answer"))
    #expect(result.stdout.contains("Session saved to \(run.file)."))
    let answers = try run.answers()
    let first = WizardBanks.questions[0]
    let second = WizardBanks.questions[1]
    #expect(answers == [first.id: first.options[0], second.id: second.options[1]])
  }

  @Test func openPlainAsksOnlyTheUnansweredQuestions() throws {
    let run = try WizardHarness()
    let create = ProcessRunner.run(
      WizardHarness.binary,
      ["new", "--file", run.file, "--plain"],
      stdin: Self.emptyForm + "1\n2\nq\n",
      environment: run.processEnvironment
    )
    #expect(create.status == 0)

    let resume = ProcessRunner.run(
      WizardHarness.binary,
      ["open", run.file, "--plain"],
      stdin: "c\na\nq\n",
      environment: run.processEnvironment
    )

    #expect(resume.status == 0, "stderr: \(resume.stderr)")
    #expect(resume.stdout.contains("Type c to continue with the 88 unanswered"))
    let answers = try run.answers()
    #expect(answers.count == 3)
    let third = WizardBanks.questions[2]
    #expect(answers[third.id] != nil)
  }

  @Test func newPlainAsksTheServingContextAndLeavesOutWhatDoesNotApply() throws {
    let run = try WizardHarness()
    let result = ProcessRunner.run(
      WizardHarness.binary,
      ["new", "--file", run.file, "--plain"],
      stdin: "\n\n\n\nsometimes\nbatch\n\n\nq\n",
      environment: run.processEnvironment
    )
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("context serving must be one of online, batch, both"))
    #expect(result.stdout.contains("Context serving: batch."))
    // 90 questions, less the three that concern online serving.
    #expect(result.stdout.contains("87 questions to answer"))
    let text = try String(contentsOfFile: run.file, encoding: .utf8)
    #expect(text.contains("\"context\": {\n    \"serving\": \"batch\"\n  }"))
  }

  @Test func stdinEndingEarlySavesWhatWasAnswered() throws {
    let run = try WizardHarness()
    let result = ProcessRunner.run(
      WizardHarness.binary,
      ["new", "--file", run.file, "--plain"],
      stdin: Self.emptyForm + "2\n",
      environment: run.processEnvironment
    )
    #expect(result.status == 0)
    #expect(try run.answers().count == 1)
  }

  @Test("empty stdin creates no file and exits 0 with a word")
  func emptyStdinCreatesNothing() throws {
    let run = try WizardHarness()
    let result = ProcessRunner.run(
      WizardHarness.binary,
      ["--plain"],
      stdin: "",
      environment: run.processEnvironment
    )
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("No input: nothing was saved."))
    #expect(!FileManager.default.fileExists(atPath: run.file))
  }

  @Test("the pexpect script drives new, resume, review, n/a, back, go to, undo, summary and votes")
  func pexpectDrivesEveryPath() throws {
    let script = CompareCLI.repository.appendingPathComponent("Tests/Scripts/plain_pexpect.py").path
    let check = ProcessRunner.run("/usr/bin/env", ["python3", "-c", "import pexpect"])
    if check.status != 0 {
      if ProcessInfo.processInfo.environment["CI"] != nil {
        Issue.record("python3 pexpect is missing; .ci/run installs it")
      }
      return
    }
    let result = ProcessRunner.run(
      "/usr/bin/env",
      ["python3", script, WizardHarness.binary],
      environment: ProcessInfo.processInfo.environment
    )
    #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    #expect(result.stdout.contains("plain mode: all paths passed"))
  }
}
