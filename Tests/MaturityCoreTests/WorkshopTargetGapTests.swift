import MaturityCore
import Testing

/// ML Test Score answers with sums Data 3.0, Model 2.5, Infra 2.0 (one
/// automated, two manual), Monitor 1.0 (two manual): final 1.0, band 1.
func gapMLTSValues() throws -> [String: String] {
  try mltsValues([
    "mlts.data.1": "automated", "mlts.data.2": "automated", "mlts.data.3": "automated",
    "mlts.model.1": "automated", "mlts.model.2": "automated", "mlts.model.3": "manual",
    "mlts.infra.1": "automated", "mlts.infra.2": "manual", "mlts.infra.3": "manual",
    "mlts.monitor.1": "manual", "mlts.monitor.2": "manual",
  ])
}

@Suite("Workshop: target gap")
struct WorkshopTargetGapTests {
  @Test("ML Test Score: the hand-computed case is final 1.0, band 1, default target band 2")
  func mltsDefaultTarget() throws {
    let score = FrameworkScore(
      bank: try Shipped.bank("mlts"),
      answers: workshopAnswers(try gapMLTSValues())
    )
    let mlts = try #require(score.mlts)
    #expect(mlts.sections.map(\.points) == [3.0, 2.5, 2.0, 1.0])
    #expect(mlts.final == 1.0)
    #expect(mlts.band == 1)
    let gap = TargetGap(score: score, target: nil)
    #expect(gap.current == 1)
    #expect(gap.target == 2)
    #expect(gap.isDefaultTarget)
    #expect(!gap.reached)
  }

  @Test("ML Test Score: target band 3 needs 2.5 per section; only Infra and Monitor steps close it")
  func mltsTargetBandThree() throws {
    let score = FrameworkScore(
      bank: try Shipped.bank("mlts"),
      answers: workshopAnswers(try gapMLTSValues())
    )
    let gap = TargetGap(score: score, target: 3)
    #expect(gap.target == 3)
    #expect(!gap.isDefaultTarget)
    let closing = gap.steps.filter(\.closesGap)
    // Infra deficit 0.5: infra.2 manual→automated. Monitor deficit 1.5:
    // monitor.1, monitor.2 manual→automated (1), then monitor.3 none→manual
    // (1): the half point still missing needs no more than Manual.
    #expect(
      Set(closing.map(\.questionID)) == [
        "mlts.infra.2", "mlts.monitor.1", "mlts.monitor.2", "mlts.monitor.3",
      ]
    )
    #expect(closing.map(\.effort) == [1, 1, 1, 1])
    let monitor3 = try #require(closing.first { $0.questionID == "mlts.monitor.3" })
    #expect(monitor3.to.hasPrefix("Manual:"))
    #expect(closing.first?.from.hasPrefix("Manual:") == true)
    #expect(gap.steps.allSatisfy { !$0.questionID.hasPrefix("mlts.data.") })
    #expect(gap.steps.allSatisfy { !$0.questionID.hasPrefix("mlts.model.") })
    // Every closing step comes before every other step.
    let firstOther = gap.steps.firstIndex { !$0.closesGap } ?? gap.steps.count
    #expect(firstOther == 4)
    // Remaining steps: infra.3 (1), infra.4–7 (2), monitor.4–7 (2).
    #expect(gap.steps.count == 4 + 5 + 4)
  }

  @Test("ML Test Score: reached when the current band is at the target")
  func mltsReached() throws {
    let score = FrameworkScore(
      bank: try Shipped.bank("mlts"),
      answers: workshopAnswers(try gapMLTSValues())
    )
    let gap = TargetGap(score: score, target: 1)
    #expect(gap.reached)
    #expect(gap.steps == [])
    #expect(TargetGap(score: score, target: 0).reached)
  }

  @Test("Azure: steps are the questions below the target, effort to the first option at it")
  func azureTarget() throws {
    let small = try Fixture.bank("azure-small.json")
    // people 1, process 1, technology 3: level 1.
    let score = FrameworkScore(
      bank: small,
      answers: workshopAnswers([
        "az.people.a": "l2", "az.people.b": "l1", "az.create.a": "l4", "az.create.b": "l1",
        "az.release.a": "l2", "az.tech.a": "l3", "az.tech.b": "l4",
      ])
    )
    #expect(score.azure?.level == 1)
    let gap = TargetGap(score: score, target: 3)
    #expect(!gap.reached)
    let effort = Dictionary(uniqueKeysWithValues: gap.steps.map { ($0.questionID, $0.effort) })
    #expect(effort == ["az.people.a": 1, "az.people.b": 1, "az.release.a": 1, "az.create.b": 2])
    #expect(gap.steps.map(\.effort) == [1, 1, 1, 2])
    #expect(gap.steps.allSatisfy { $0.closesGap })
    let target = Dictionary(uniqueKeysWithValues: gap.steps.map { ($0.questionID, $0.to) })
    #expect(target["az.people.a"] == "Level 4 statement")
    #expect(target["az.people.b"] == "Level 3 statement")
    #expect(target["az.create.b"] == "Level 3 statement")
    #expect(TargetGap(score: score, target: nil).target == 2)
    #expect(
      Set(TargetGap(score: score, target: nil).steps.map(\.questionID)) == [
        "az.people.b", "az.create.b",
      ]
    )
  }

  @Test("Google: required items up to the target not yes; partly 1, no 2; optional excluded")
  func googleTarget() throws {
    let small = try Fixture.bank("google-small.json")
    let score = FrameworkScore(
      bank: small,
      answers: workshopAnswers([
        "gs.one.a": "yes", "gs.one.b": "partly", "gs.one.opt": "no",
        "gs.two.a": "no", "gs.two.b": "partly", "gs.two.opt": "no",
      ])
    )
    #expect(score.google?.level == 0)
    let gap = TargetGap(score: score, target: 2)
    #expect(gap.steps.map(\.effort) == [1, 1, 2])
    #expect(gap.steps.last?.questionID == "gs.two.a")
    #expect(Set(gap.steps.map(\.questionID)) == ["gs.one.b", "gs.two.b", "gs.two.a"])
    let defaultGap = TargetGap(score: score, target: nil)
    #expect(defaultGap.target == 1)
    #expect(defaultGap.steps.map(\.questionID) == ["gs.one.b"])
  }

  @Test("Google: an unanswered required item is two steps from yes, like no")
  func googleUnansweredEffort() throws {
    let small = try Fixture.bank("google-small.json")
    let score = FrameworkScore(
      bank: small,
      answers: workshopAnswers(["gs.one.a": "yes", "gs.two.a": "yes", "gs.two.b": "yes"])
    )
    let gap = TargetGap(score: score, target: 1)
    #expect(gap.steps.map(\.questionID) == ["gs.one.b"])
    #expect(gap.steps.first?.from == "unanswered")
    #expect(gap.steps.first?.effort == 2)
  }
}
