import MaturityCore
import Testing

/// `tiny-mlts.json` with per-option steps on its first question.
func tinyBankWithSteps() throws -> Bank {
  var text = String(decoding: try Fixture.bytes("banks/tiny-mlts.json"), as: UTF8.self)
  for (old, new) in [
    (
      #""label": "None", "points": 0}"#,
      #""label": "None", "points": 0, "next": "Check it by hand."}"#
    ),
    (
      #""label": "Manual", "points": 0.5}"#,
      #""label": "Manual", "points": 0.5, "next": "Run the check in CI."}"#
    ),
  ] {
    let range = try #require(text.range(of: old))
    text.replaceSubrange(range, with: new)
  }
  return try BankLoader.parse(Array(text.utf8), path: "tiny-mlts.json")
}

@Suite("Next steps: advice starts from the current answer")
struct NextStepTests {
  @Test("each option but the top one reads its step; the top one has none")
  func optionSteps() throws {
    let question = try #require(try tinyBankWithSteps().question("tiny.data.one"))
    #expect(question.options.map(\.next) == ["Check it by hand.", "Run the check in CI.", nil])
    #expect(question.nextStep(from: 0) == "Check it by hand.")
    #expect(question.nextStep(from: 1) == "Run the check in CI.")
    #expect(question.advice(from: 0, to: 2) == "Check it by hand. Then: Run the check in CI.")
  }

  @Test("a bank without per-option steps falls back to the question's improve text")
  func improveFallback() throws {
    let bank = try Fixture.bank("tiny-mlts.json")
    let question = try #require(bank.question("tiny.data.one"))
    #expect(question.options.allSatisfy { $0.next == nil })
    #expect(question.advice(from: 0, to: 2) == "Improve.")
    #expect(question.nextStep(from: 1) == "Improve.")
  }

  @Test("the backlog's how-to is the step from the current answer, not the question's first step")
  func backlogStartsFromCurrentAnswer() throws {
    let bank = try tinyBankWithSteps()
    var session = Session()
    session.frameworks = ["tiny"]
    session.answers = workshopAnswers(["tiny.data.one": "manual", "tiny.data.two": "done"])
    let score = FrameworkScore(bank: bank, answers: session.answers)
    let item = try #require(
      Backlog(session: session, scores: [score]).items.first { $0.questionID == "tiny.data.one" }
    )
    #expect(item.goal == "Automated")
    #expect(item.improve == "Run the check in CI.")
  }

  @Test(
    "azure.tech.training answered \"automated jobs\" is told the step to signal-driven retraining"
  )
  func shippedAzureTraining() throws {
    let question = try #require(try Shipped.bank("azure").question("azure.tech.training"))
    let jobs = try #require(question.options.firstIndex { $0.id == "automated-jobs" })
    let step = question.nextStep(from: jobs)
    #expect(step == question.options[jobs].next)
    #expect(step != question.improve)
    #expect(step != question.nextStep(from: 0))
  }

  @Test("every shipped option but the most mature one has its own next step")
  func shippedBanksHaveSteps() throws {
    for bank in Shipped.banks {
      for question in bank.questions {
        let steps = question.options.map(\.next)
        #expect(steps.dropLast().allSatisfy { $0 != nil }, "\(question.id)")
        #expect(steps.last == .some(nil), "\(question.id)")
      }
    }
    #expect(Shipped.banks.count == 3)
  }

  @Test("a next step on the most mature option is refused with where it is")
  func topOptionStepRefused() throws {
    try expectBankError(
      BankCase(
        "tiny-mlts.json",
        #""label": "Automated", "points": 1}"#,
        #""label": "Automated", "points": 1, "next": "Nothing."}"#,
        #"line 35, column 88: sections[0].questions[0].options[2].next: the most mature option has no next step (give "next" to the options before it)"#
      )
    )
  }

  @Test("an empty next step is refused")
  func emptyStepRefused() throws {
    try expectBankError(
      BankCase(
        "tiny-mlts.json",
        #""label": "None", "points": 0}"#,
        #""label": "None", "points": 0, "next": " "}"#,
        "line 33, column 78: sections[0].questions[0].options[0].next: must not be empty"
      )
    )
  }
}

@Suite("Target gap: the goal is the least mature option that reaches the target")
struct TargetGapGoalTests {
  @Test("ML Test Score band (0, 1] with the Model section at 0: Manual is enough")
  func mltsManualIsEnough() throws {
    let score = FrameworkScore(
      bank: try Shipped.bank("mlts"),
      answers: workshopAnswers(
        try mltsValues([
          "mlts.data.1": "manual", "mlts.infra.1": "manual", "mlts.monitor.1": "manual",
        ])
      )
    )
    #expect(score.mlts?.band == 0)
    let gap = TargetGap(score: score, target: 1)
    let closing = gap.steps.filter(\.closesGap)
    #expect(closing.count == 1)
    #expect(closing.first?.questionID.hasPrefix("mlts.model.") == true)
    #expect(closing.first?.to.hasPrefix("Manual") == true)
    #expect(closing.first?.goal == 1)
    #expect(closing.first?.effort == 1)
  }

  @Test("Azure: a team's N/A is confirmed with the option that reaches the target, not the top")
  func azureNotApplicableGoal() throws {
    let bank = try Fixture.bank("azure-small.json")
    var session = Session()
    session.frameworks = ["az"]
    session.answers = workshopAnswers([
      "az.people.a": "n/a", "az.people.b": "l4", "az.create.a": "l4", "az.create.b": "l4",
      "az.release.a": "l4", "az.tech.a": "l4", "az.tech.b": "l4",
    ])
    session.targets = ["az": 2]
    let score = FrameworkScore(bank: bank, answers: session.answers)
    let item = try #require(
      Backlog(session: session, scores: [score]).items.first { $0.questionID == "az.people.a" }
    )
    #expect(item.kind == .confirm)
    #expect(item.goal == "Level 2 statement")
    #expect(item.effort == 1)
  }
}
