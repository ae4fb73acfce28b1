import Foundation
import TestSupport
import Testing

@Suite("Wizard end to end: --plain")
struct WizardPlainTests {
  @Test func answersPipedOnStdinAreRecorded() throws {
    let run = try WizardHarness()
    let result = ProcessRunner.run(
      WizardHarness.binary,
      ["new", "--file", run.file, "--plain"],
      stdin: "\n1\n2\nq\n",
      environment: run.processEnvironment
    )

    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("90 unanswered question(s)"))
    #expect(result.stdout.contains("session saved to \(run.file)"))
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
      stdin: "\n1\n2\nq\n",
      environment: run.processEnvironment
    )
    #expect(create.status == 0)

    let resume = ProcessRunner.run(
      WizardHarness.binary,
      ["open", run.file, "--plain"],
      stdin: "a\nq\n",
      environment: run.processEnvironment
    )

    #expect(resume.status == 0, "stderr: \(resume.stderr)")
    #expect(resume.stdout.contains("88 unanswered question(s)"))
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
      stdin: "sometimes\nbatch\nq\n",
      environment: run.processEnvironment
    )
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("context serving must be one of online, batch, both"))
    #expect(result.stdout.contains("saved: serving=batch"))
    // 90 questions, less the three that concern online serving.
    #expect(result.stdout.contains("87 unanswered question(s)"))
    let text = try String(contentsOfFile: run.file, encoding: .utf8)
    #expect(text.contains("\"context\": {\n    \"serving\": \"batch\"\n  }"))
  }

  @Test func stdinEndingEarlySavesWhatWasAnswered() throws {
    let run = try WizardHarness()
    let result = ProcessRunner.run(
      WizardHarness.binary,
      ["new", "--file", run.file, "--plain"],
      stdin: "\n2\n",
      environment: run.processEnvironment
    )
    #expect(result.status == 0)
    #expect(try run.answers().count == 1)
  }
}
