import MaturityCore
import Testing

/// Scores `values` against `bank`, which must be a google-levels bank.
func googleScore(_ bank: Bank, _ values: [String: String]) throws -> GoogleResult {
  try #require(FrameworkScore(bank: bank, answers: answers(values)).google)
}

/// `answer` for every question of `bank` at `level` (optional ones too).
func googleAnswers(_ bank: Bank, level: Int, _ answer: String) -> [String: String] {
  var values: [String: String] = [:]
  for question in bank.questions where question.level == level { values[question.id] = answer }
  return values
}

// The small bank `Tests/Fixtures/banks/google-small.json`:
//   level 1: gs.one.a, gs.one.b required; gs.one.opt optional
//   level 2: gs.two.a, gs.two.b required; gs.two.opt optional

@Suite("Google levels: every required item of a level is in place")
struct GoogleLevelTests {
  let small: Bank

  init() throws {
    small = try Fixture.bank("google-small.json")
  }

  @Test("every required item yes gives level 2, even with optional items no")
  func levelTwo() throws {
    let result = try googleScore(
      small,
      [
        "gs.one.a": "yes", "gs.one.b": "yes", "gs.one.opt": "no",
        "gs.two.a": "yes", "gs.two.b": "yes", "gs.two.opt": "no",
      ]
    )
    #expect(result.level == 2)
    #expect(result.nextLevel == nil)
    #expect(result.blockers == [])
    #expect(result.metTowardNext == 0)
    #expect(result.requiredTowardNext == 0)
    #expect(result.perLevel.map(\.level) == [1, 2])
    #expect(result.perLevel.map(\.met) == [2, 2])
    #expect(result.perLevel.map(\.required) == [2, 2])
    #expect(result.provisional == false)
  }

  @Test("every required level-1 item yes gives level 1; level 2 needs all required items of both")
  func levelOne() throws {
    let result = try googleScore(
      small,
      ["gs.one.a": "yes", "gs.one.b": "yes", "gs.two.a": "yes", "gs.two.b": "no"]
    )
    #expect(result.level == 1)
    #expect(result.nextLevel == 2)
    #expect(result.metTowardNext == 3)
    #expect(result.requiredTowardNext == 4)
    #expect(result.blockers == ["gs.two.b"])
    #expect(result.perLevel.map(\.met) == [2, 1])
  }

  @Test("partly does not count as in place", arguments: ["partly", "no"])
  func partlyIsNotYes(answer: String) throws {
    let result = try googleScore(
      small,
      ["gs.one.a": "yes", "gs.one.b": answer, "gs.two.a": "yes", "gs.two.b": "yes"]
    )
    #expect(result.level == 0)
    #expect(result.nextLevel == 1)
    #expect(result.metTowardNext == 1)
    #expect(result.requiredTowardNext == 2)
    #expect(result.blockers == ["gs.one.b"])
  }

  @Test("optional items never block, whatever their answer", arguments: ["no", "partly", "yes"])
  func optionalNeverBlocks(answer: String) throws {
    let result = try googleScore(
      small,
      [
        "gs.one.a": "yes", "gs.one.b": "yes", "gs.one.opt": answer,
        "gs.two.a": "yes", "gs.two.b": "partly", "gs.two.opt": answer,
      ]
    )
    #expect(result.level == 1)
    #expect(result.blockers == ["gs.two.b"])
    #expect(result.requiredTowardNext == 4)
  }

  @Test("an empty session is level 0 with the required level-1 items blocking")
  func emptySession() throws {
    let result = try googleScore(small, [:])
    #expect(result.level == 0)
    #expect(result.nextLevel == 1)
    #expect(result.metTowardNext == 0)
    #expect(result.requiredTowardNext == 2)
    #expect(result.blockers == ["gs.one.a", "gs.one.b"])
    #expect(
      result.unanswered == [
        "gs.one.a", "gs.one.b", "gs.one.opt", "gs.two.a", "gs.two.opt", "gs.two.b",
      ]
    )
    #expect(result.provisional)
  }

  @Test("an unanswered required item counts as not in place")
  func unansweredIsNotInPlace() throws {
    let result = try googleScore(
      small,
      [
        "gs.one.a": "yes", "gs.one.opt": "yes", "gs.two.a": "yes", "gs.two.b": "yes",
        "gs.two.opt": "yes",
      ]
    )
    #expect(result.level == 0)
    #expect(result.blockers == ["gs.one.b"])
    #expect(result.unanswered == ["gs.one.b"])
  }
}

@Suite("Google levels with the shipped bank")
struct ShippedGoogleLevelTests {
  let google: Bank

  init() throws {
    google = try Shipped.bank("google")
  }

  /// Items of a level that a gate needs (single items and any-of members).
  func gateItems(_ level: Int) -> [String] {
    google.questions.filter { $0.level == level && !$0.optional && !$0.recommended }.map(\.id)
  }

  @Test(
    "the shipped bank: 14 level-1 gates (one any-of trigger group), 9 level-2 gates, 12 recommended"
  )
  func shape() {
    #expect(gateItems(1).count == 15)
    #expect(
      google.questions.filter { $0.anyOf == "l1-triggers" }.map(\.id) == [
        "google.l1.scheduled-triggers", "google.l1.degradation-triggers",
      ]
    )
    #expect(gateItems(2).count == 9)
    #expect(google.questions.filter(\.recommended).count == 12)
    #expect(google.questions.filter(\.optional).isEmpty)
  }

  @Test("everything yes gives level 2 with every recommended check in place")
  func everythingYes() throws {
    let values = googleAnswers(google, level: 1, "yes").merging(
      googleAnswers(google, level: 2, "yes")
    ) { $1 }
    let result = try googleScore(google, values)
    #expect(result.level == 2)
    #expect(result.nextLevel == nil)
    #expect(result.perLevel.map(\.met) == [14, 9])
    #expect(result.perLevel.map(\.required) == [14, 9])
    #expect(result.recommendedMet == 12)
    #expect(result.recommendedTotal == 12)
    #expect(result.provisional == false)
  }

  @Test("every level-2 item yes but one level-1 item partly is level 0")
  func levelTwoDoneButOneLevelOnePartly() throws {
    var values = googleAnswers(google, level: 1, "yes").merging(
      googleAnswers(google, level: 2, "yes")
    ) { $1 }
    values["google.l1.metadata"] = "partly"
    let result = try googleScore(google, values)
    #expect(result.level == 0)
    #expect(result.nextLevel == 1)
    #expect(result.metTowardNext == 13)
    #expect(result.requiredTowardNext == 14)
    #expect(result.blockers == ["google.l1.metadata"])
    #expect(result.perLevel.map(\.met) == [13, 9])
  }

  @Test("level 1 done and level 2 untouched: 14 of 23 gates, every level-2 gate blocking")
  func levelOneOnly() throws {
    let result = try googleScore(google, googleAnswers(google, level: 1, "yes"))
    #expect(result.level == 1)
    #expect(result.nextLevel == 2)
    #expect(result.metTowardNext == 14)
    #expect(result.requiredTowardNext == 23)
    #expect(result.blockers == gateItems(2))
    #expect(result.recommendedMet == 0)
    #expect(result.recommendedMissing.count == 12)
    #expect(result.unanswered == google.questions.filter { $0.level == 2 }.map(\.id))
    #expect(result.provisional)
  }

  @Test("either trigger kind alone is enough for level 1 and level 2", arguments: [0, 1])
  func eitherTriggerKind(missing: Int) throws {
    let triggers = ["google.l1.scheduled-triggers", "google.l1.degradation-triggers"]
    var values = googleAnswers(google, level: 1, "yes").merging(
      googleAnswers(google, level: 2, "yes")
    ) { $1 }
    values[triggers[missing]] = "no"
    let result = try googleScore(google, values)
    #expect(result.level == 2)
    #expect(result.blockers == [])
  }

  @Test("one level-2 gate partly holds level 1 with that gate the only blocker")
  func oneLevelTwoPartly() throws {
    var values = googleAnswers(google, level: 1, "yes").merging(
      googleAnswers(google, level: 2, "yes")
    ) { $1 }
    values["google.l2.orchestrator"] = "partly"
    let result = try googleScore(google, values)
    #expect(result.level == 1)
    #expect(result.metTowardNext == 22)
    #expect(result.requiredTowardNext == 23)
    #expect(result.blockers == ["google.l2.orchestrator"])
  }

  @Test("a recommended check partly never holds a level")
  func recommendedPartlyNeverHolds() throws {
    var values = googleAnswers(google, level: 1, "yes").merging(
      googleAnswers(google, level: 2, "yes")
    ) { $1 }
    values["google.l2.cd-load-test"] = "partly"
    let result = try googleScore(google, values)
    #expect(result.level == 2)
    #expect(result.recommendedMet == 11)
    #expect(result.recommendedMissing == ["google.l2.cd-load-test"])
  }

  @Test("an empty session is level 0 with every level-1 gate item blocking")
  func emptySession() throws {
    let result = try googleScore(google, [:])
    #expect(result.level == 0)
    #expect(result.metTowardNext == 0)
    #expect(result.requiredTowardNext == 14)
    #expect(result.blockers == gateItems(1))
    #expect(result.unanswered.count == google.questions.count)
  }
}
