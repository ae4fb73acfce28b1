import MaturityCore
import Testing

// Issue 10: for common, real setups the level printed must be the level the
// framework itself gives. Each test is one row of the table, with
// the expectation worked out by hand from the source's own wording
// (fact ids from frameworks.md in each test's comment).

/// Every shipped Google question answered "yes", then `overrides`.
private func googleAllYes(_ bank: Bank, _ overrides: [String: String] = [:]) -> [String: String] {
  var values: [String: String] = [:]
  for question in bank.questions { values[question.id] = "yes" }
  return values.merging(overrides) { $1 }
}

/// The Google result of `values` in a system with `context`.
private func googleResult(
  _ bank: Bank,
  _ values: [String: String],
  context: SystemContext = SystemContext()
) throws -> GoogleResult {
  try #require(FrameworkScore(bank: bank, answers: answers(values), context: context).google)
}

@Suite("Verdicts the frameworks themselves give (issue 10 table)")
struct FrameworkVerdictTests {
  let google: Bank

  init() throws {
    google = try Shipped.bank("google")
  }

  // GC-L1-VAL-ONLINE: online validation concerns models serving online
  // traffic. Batch-only, everything else of level 1 in place: level 1.
  @Test("batch-only system with everything else of level 1 is level 1")
  func batchOnlyIsLevelOne() throws {
    let values = googleAnswers(google, level: 1, "yes").merging([
      "google.l1.online-validation": "no"
    ]) { $1 }
    let result = try googleResult(google, values, context: SystemContext(["serving": "batch"]))
    #expect(result.level == 1)
    // The API and load tests of the prediction service are online-only too.
    #expect(
      result.doesNotApply == [
        "google.l1.online-validation", "google.l2.cd-api-test", "google.l2.cd-load-test",
      ]
    )
    let score = FrameworkScore(
      bank: google,
      answers: answers(values),
      context: SystemContext(["serving": "batch"])
    )
    #expect(score.sheet.doesNotApply["google.l1.online-validation"] == "batch serving")
    #expect(!score.sheet.unanswered.contains("google.l1.online-validation"))
    // Without the context everything applies, as before: level 0.
    #expect(try googleResult(google, values).level == 0)
  }

  // GC-L1-TRIG: the trigger kinds are alternatives "depending on your use
  // case". Drift or degradation alone, everything else of level 1: level 1.
  @Test("retraining started only by drift or degradation is level 1")
  func degradationTriggerAloneIsLevelOne() throws {
    let values = googleAnswers(google, level: 1, "yes").merging([
      "google.l1.scheduled-triggers": "no", "google.l1.degradation-triggers": "yes",
    ]) { $1 }
    let result = try googleResult(google, values)
    #expect(result.level == 1)
  }

  // GC-L1-TRIG: at least one automatic trigger kind is needed; none, or
  // only partly, is not level 1.
  @Test("no automatic trigger of any kind is level 0, with both trigger items as blockers")
  func noTriggerIsLevelZero() throws {
    let values = googleAnswers(google, level: 1, "yes").merging([
      "google.l1.scheduled-triggers": "partly", "google.l1.degradation-triggers": "no",
    ]) { $1 }
    let result = try googleResult(google, values)
    #expect(result.level == 0)
    #expect(result.blockers == ["google.l1.scheduled-triggers", "google.l1.degradation-triggers"])
    // 13 single gates met of 14 gates (13 + the trigger group).
    #expect(result.metTowardNext == 13)
    #expect(result.requiredTowardNext == 14)
    let text = ScoreText.describe(FrameworkScore(bank: google, answers: answers(values)))
    #expect(
      text.contains(
        "  Level 1 needs 1 more: any of (google.l1.scheduled-triggers | "
          + "google.l1.degradation-triggers)"
      )
    )
  }

  // GC-L2-CI-*: CI "can include" these tests; they are examples, so one
  // missing leaves level 2 and is counted as a recommended check.
  @Test("level 2 without a NaN unit test is still level 2, 11 of 12 recommended checks")
  func noNaNTestIsStillLevelTwo() throws {
    let result = try googleResult(google, googleAllYes(google, ["google.l2.ci-no-nan": "no"]))
    #expect(result.level == 2)
    #expect(result.recommendedMet == 11)
    #expect(result.recommendedTotal == 12)
    #expect(result.recommendedMissing == ["google.l2.ci-no-nan"])
  }

  // GC-L2-CD-*: the CD list is what "you should consider"; promotion to
  // production after pre-production runs may be manual or an automated
  // gate. A fully automated, gated production deployment is level 2.
  @Test("level 2 with fully automated, gated production deployment is level 2")
  func automatedProductionGateIsLevelTwo() throws {
    let prod = try #require(google.question("google.l2.cd-prod"))
    #expect(prod.prompt.contains("automated gate"))
    #expect(!prod.recommended)
    // Fully automated: no semi-automated pre-production step either.
    let result = try googleResult(google, googleAllYes(google, ["google.l2.cd-preprod": "no"]))
    #expect(result.level == 2)
    #expect(result.recommendedMissing == ["google.l2.cd-preprod"])
  }

  // GC-L2-CD-4: validating data "either for retraining or batch
  // prediction": an online-only system that validates its retraining data
  // meets it ("yes", not "partly").
  @Test("online-only system validating its retraining data meets the data validation check")
  func onlineOnlyDataValidationIsMet() throws {
    let question = try #require(google.question("google.l2.cd-data-validation"))
    #expect(!question.help.contains("partly"))
    #expect(question.help.contains("online"))
    let result = try googleResult(
      google,
      googleAllYes(google),
      context: SystemContext(["serving": "online"])
    )
    #expect(result.level == 2)
    #expect(result.recommendedMet == result.recommendedTotal)
  }

  // GC-L1-TRIG: toward level 1, one trigger kind closes the gap; the other
  // item of the group is a further step, not a second required action.
  @Test("the target gap counts one action for an unmet any-of group")
  func anyOfGroupIsOneAction() throws {
    let values = googleAnswers(google, level: 1, "yes").merging([
      "google.l1.scheduled-triggers": "no", "google.l1.degradation-triggers": "no",
    ]) { $1 }
    let score = FrameworkScore(bank: google, answers: answers(values))
    let gap = TargetGap(score: score, target: 1)
    #expect(gap.steps.filter(\.closesGap).count == 1)
    #expect(gap.steps.count == 2)
  }
}
