import MaturityCore
import Testing

@Suite("Compare: each framework's result old and new, with deltas, crossings and gaps")
struct CompareFrameworkDiffTests {
  private func framework(_ id: String, in diff: SessionDiff) throws -> FrameworkDiff {
    try #require(diff.frameworks.first { $0.bank.id == id })
  }

  @Test func anMLTestScoreGainIsAnImprovementWithSectionDeltasAndABandCrossing() throws {
    let old = CompareFixture.session(CompareFixture.mlts(2, 1.5, 1, 1))
    let new = CompareFixture.session(CompareFixture.mlts(3, 2, 2.5, 2))
    let mlts = try framework("mlts", in: CompareFixture.diff(old, new))

    #expect(mlts.direction == .improved)
    #expect(mlts.delta == 1)
    #expect(mlts.crossing == .init(from: 1, to: 2, fromName: "(0, 1]", toName: "(1, 2]"))
    #expect(mlts.crossing?.isUp == true)
    #expect(mlts.parts.map(\.id) == ["data", "model", "infra", "monitor"])
    #expect(mlts.parts.map(\.delta) == [1, 0.5, 1.5, 1])
    #expect(mlts.parts.allSatisfy { $0.maximum == 7 })
  }

  @Test func anMLTestScoreLossIsARegressionAndCrossesDown() throws {
    let old = CompareFixture.session(CompareFixture.mlts(3.5, 3.5, 3.5, 3.5))
    let new = CompareFixture.session(CompareFixture.mlts(3.5, 3.5, 3.5, 3))
    let mlts = try framework("mlts", in: CompareFixture.diff(old, new))

    #expect(mlts.direction == .regressed)
    #expect(mlts.delta == -0.5)
    #expect(mlts.crossing == .init(from: 4, to: 3, fromName: "(3, 5]", toName: "(2, 3]"))
    #expect(mlts.crossing?.isUp == false)
    #expect(mlts.parts.map(\.delta) == [0, 0, 0, -0.5])
  }

  @Test func aChangeInsideABandIsNoCrossing() throws {
    let old = CompareFixture.session(CompareFixture.mlts(3.5, 3.5, 3.5, 3.5))
    let new = CompareFixture.session(CompareFixture.mlts(4, 4, 4, 4.5))
    let mlts = try framework("mlts", in: CompareFixture.diff(old, new))

    #expect(mlts.direction == .improved)
    #expect(mlts.crossing == nil)
  }

  @Test func anAzureLevelUpCrossesALevelAndReportsEachDimension() throws {
    let old = CompareFixture.session(CompareFixture.azure(atLeast: 1))
    let new = CompareFixture.session(CompareFixture.azure(atLeast: 2))
    let azure = try framework("azure", in: CompareFixture.diff(old, new))

    #expect(azure.direction == .improved)
    #expect(azure.crossing?.from == 1)
    #expect(azure.crossing?.to == 2)
    #expect(azure.crossing?.toName == "Automated training")
    #expect(azure.parts.map(\.id) == ["people", "process", "technology"])
    #expect(azure.parts.allSatisfy { $0.maximum == 4 && $0.delta == 1 })
  }

  @Test func gapsThatClosedAndGapsThatOpenedAreListedInBankOrder() throws {
    var oldValues = CompareFixture.azure(atLeast: 1)
    oldValues["azure.creation.data-collection"] = "manual"
    var newValues = CompareFixture.azure(atLeast: 1)
    newValues["azure.tech.version-control"] = "no"
    let azure = try framework(
      "azure",
      in: CompareFixture.diff(CompareFixture.session(oldValues), CompareFixture.session(newValues))
    )

    #expect(azure.direction == .unchanged)
    #expect(azure.gapsResolved == ["azure.creation.data-collection"])
    #expect(azure.newGaps == ["azure.tech.version-control"])
    #expect(azure.hasChanges)
  }

  @Test func googleLevelsReportRequiredItemsInPlace() throws {
    let old = CompareFixture.session(["google.l1.rapid-experiment": "partly"])
    let new = CompareFixture.session(["google.l1.rapid-experiment": "yes"])
    let google = try framework("google", in: CompareFixture.diff(old, new))

    #expect(google.direction == .unchanged)
    #expect(google.parts.first?.id == "level-1")
    #expect(google.parts.first?.delta == 1)
    #expect(google.gapsResolved == ["google.l1.rapid-experiment"])
  }

  @Test func identicalSessionsChangeNothing() throws {
    let session = CompareFixture.session(CompareFixture.mlts(1, 2, 3, 4))
    let diff = CompareFixture.diff(session, session)

    for framework in diff.frameworks {
      #expect(framework.direction == .unchanged)
      #expect(framework.crossing == nil)
      #expect(!framework.hasChanges)
    }
  }

  @Test func aFrameworkOnlyTheNewSessionAssessesIsAdded() throws {
    let old = CompareFixture.session([:], frameworks: ["mlts"])
    let new = CompareFixture.session([:], frameworks: ["mlts", "google"])
    let google = try framework("google", in: CompareFixture.diff(old, new))

    #expect(google.direction == .added)
    #expect(google.old == nil)
    #expect(google.delta == nil)
    #expect(google.parts.allSatisfy { $0.old == nil && $0.new != nil })
  }

  @Test func aFrameworkTheNewSessionNoLongerAssessesIsDroppedAndCountsAsARegression() throws {
    let old = CompareFixture.session([:], frameworks: ["mlts", "azure"])
    let new = CompareFixture.session([:], frameworks: ["mlts"])
    let diff = CompareFixture.diff(old, new)

    #expect(try framework("azure", in: diff).direction == .dropped)
    #expect(diff.hasRegression)
    #expect(diff.regressions == ["Azure MLOps maturity: assessed before, not in the new session"])
  }

  @Test func theNextRungIsTheOneAfterTheCurrentUntilTheTop() {
    let low = FrameworkScore(bank: CompareFixture.bank("google"), answers: [:])
    #expect(FrameworkDiff.nextRung(of: low) == 1)
    let answers = CompareFixture.bank("google").questions.reduce(into: [String: Answer]()) {
      $0[$1.id] = Answer(value: "yes")
    }
    let top = FrameworkScore(bank: CompareFixture.bank("google"), answers: answers)
    #expect(top.rung == 2)
    #expect(FrameworkDiff.nextRung(of: top) == nil)
  }
}
