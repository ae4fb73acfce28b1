import MaturityCore
import Testing

/// Answers to the shipped ML Test Score bank whose section sums are `sums`:
/// in each section the first ⌊sum⌋ tests are automated, the next one is
/// manual when the sum has a half point, and the rest are `rest` (left
/// unanswered when `rest` is nil).
func mltsAnswers(
  data: Double,
  model: Double,
  infra: Double,
  monitor: Double,
  rest: String? = "none"
) -> [String: String] {
  var values: [String: String] = [:]
  for (section, sum) in [("data", data), ("model", model), ("infra", infra), ("monitor", monitor)] {
    let automated = Int(sum)
    let manual = sum - Double(automated) == 0.5
    for number in 1...7 {
      let id = "mlts.\(section).\(number)"
      if number <= automated {
        values[id] = "automated"
      } else if manual && number == automated + 1 {
        values[id] = "manual"
      } else if let rest {
        values[id] = rest
      }
    }
  }
  return values
}

/// Scores `values` against the shipped ML Test Score bank.
func mltsScore(_ values: [String: String]) throws -> MLTestScoreResult {
  let score = FrameworkScore(bank: try Shipped.bank("mlts"), answers: answers(values))
  return try #require(score.mlts)
}

/// The ids `mlts.<section>.<n>` for each `n` in `numbers`.
func mltsIDs(_ section: String, _ numbers: ClosedRange<Int>) -> [String] {
  numbers.map { "mlts.\(section).\($0)" }
}

/// A final score and the band it falls in.
struct BandBoundary: Sendable, CustomTestStringConvertible {
  let final: Double
  let band: Int
  var testDescription: String { "final \(final) → band \(band)" }
}

@Suite("ML Test Score: section sums, final score, bands and blockers")
struct MLTestScoreTests {
  static let boundaries: [BandBoundary] = [
    BandBoundary(final: 0, band: 0), BandBoundary(final: 0.5, band: 1),
    BandBoundary(final: 1, band: 1), BandBoundary(final: 1.5, band: 2),
    BandBoundary(final: 2, band: 2), BandBoundary(final: 2.5, band: 3),
    BandBoundary(final: 3, band: 3), BandBoundary(final: 3.5, band: 4),
    BandBoundary(final: 5, band: 4), BandBoundary(final: 5.5, band: 5),
    BandBoundary(final: 7, band: 5),
  ]

  @Test(
    "bands are left-open and right-closed: 0, (0,1], (1,2], (2,3], (3,5], >5",
    arguments: boundaries
  )
  func bandOfFinalScore(_ boundary: BandBoundary) {
    #expect(MLTestScoreResult.band(for: boundary.final) == boundary.band)
  }

  @Test(
    "a session whose weakest section sums to the boundary gets that band",
    arguments: boundaries
  )
  func sessionAtBoundary(_ boundary: BandBoundary) throws {
    let result = try mltsScore(mltsAnswers(data: boundary.final, model: 7, infra: 7, monitor: 7))
    #expect(result.sections.map(\.points) == [boundary.final, 7, 7, 7])
    #expect(result.final == boundary.final)
    #expect(result.band == boundary.band)
    #expect(
      result.weakest == (boundary.final == 7 ? ["data", "model", "infra", "monitor"] : ["data"])
    )
    #expect(result.provisional == false)
  }

  @Test("the worked example Data 4.0, Model 3.0, Infra 5.0, Monitor 1.5 is final 1.5, band 2")
  func workedExample() throws {
    let result = try mltsScore(mltsAnswers(data: 4, model: 3, infra: 5, monitor: 1.5))
    #expect(result.sections.map(\.id) == ["data", "model", "infra", "monitor"])
    #expect(result.sections.map(\.points) == [4, 3, 5, 1.5])
    #expect(result.sections.map(\.maximum) == [7, 7, 7, 7])
    #expect(result.sections.map(\.answered) == [7, 7, 7, 7])
    #expect(result.final == 1.5)
    #expect(result.band == 2)
    #expect(result.weakest == ["monitor"])
    #expect(result.nextBand == 3)
    #expect(result.nextBandScore == 2.5)
    // Only Monitor is below 2.5; its non-automated tests are 2 (manual) to 7.
    #expect(result.blockers == mltsIDs("monitor", 2...7))
    #expect(result.unanswered == [])
  }

  @Test(
    "final 1.5: next band 3 needs 2.5 in every section; blockers are the non-automated tests below it"
  )
  func blockersOfEverySectionBelowTheNextBand() throws {
    let result = try mltsScore(mltsAnswers(data: 1.5, model: 2, infra: 2.5, monitor: 6))
    #expect(result.final == 1.5)
    #expect(result.band == 2)
    #expect(result.nextBand == 3)
    #expect(result.nextBandScore == 2.5)
    // Infra at exactly 2.5 is not below the target, so it does not block.
    #expect(result.blockers == mltsIDs("data", 2...7) + mltsIDs("model", 3...7))
  }

  @Test(
    "the next band and its lowest score follow each band",
    arguments: [
      (0.0, 1, 0.5), (1.0, 2, 1.5), (2.0, 3, 2.5), (3.0, 4, 3.5), (5.0, 5, 5.5),
    ]
  )
  func nextBandScore(final: Double, nextBand: Int, nextScore: Double) throws {
    let result = try mltsScore(mltsAnswers(data: final, model: 7, infra: 7, monitor: 7))
    #expect(result.nextBand == nextBand)
    #expect(result.nextBandScore == nextScore)
  }

  @Test("band 5 has no next band and no blockers")
  func topBandHasNothingToImprove() throws {
    let result = try mltsScore(mltsAnswers(data: 5.5, model: 7, infra: 6, monitor: 7))
    #expect(result.band == 5)
    #expect(result.nextBand == nil)
    #expect(result.nextBandScore == nil)
    #expect(result.blockers == [])
  }

  @Test("two sections tied at the minimum are both weakest")
  func twoWayTie() throws {
    let result = try mltsScore(mltsAnswers(data: 2, model: 2, infra: 3, monitor: 4))
    #expect(result.final == 2)
    #expect(result.band == 2)
    #expect(result.weakest == ["data", "model"])
    #expect(result.blockers == mltsIDs("data", 3...7) + mltsIDs("model", 3...7))
  }

  @Test("four sections tied are all weakest and all block")
  func fourWayTie() throws {
    let result = try mltsScore(mltsAnswers(data: 3.5, model: 3.5, infra: 3.5, monitor: 3.5))
    #expect(result.final == 3.5)
    #expect(result.band == 4)
    #expect(result.weakest == ["data", "model", "infra", "monitor"])
    #expect(result.nextBandScore == 5.5)
    #expect(
      result.blockers
        == mltsIDs("data", 4...7) + mltsIDs("model", 4...7) + mltsIDs("infra", 4...7)
        + mltsIDs("monitor", 4...7)
    )
  }

  @Test("seven manual tests make 3.5 points")
  func manualIsHalfAPoint() throws {
    var values = mltsAnswers(data: 7, model: 7, infra: 7, monitor: 7)
    for id in mltsIDs("infra", 1...7) { values[id] = "manual" }
    let result = try mltsScore(values)
    #expect(result.sections.map(\.points) == [7, 7, 3.5, 7])
    #expect(result.final == 3.5)
    #expect(result.band == 4)
    #expect(result.blockers == mltsIDs("infra", 1...7))
  }

  @Test("unanswered tests count 0, are listed in bank order and make the result provisional")
  func unansweredCountZero() throws {
    let values = mltsAnswers(data: 3, model: 4.5, infra: 7, monitor: 6, rest: nil)
    let result = try mltsScore(values)
    #expect(result.sections.map(\.points) == [3, 4.5, 7, 6])
    #expect(result.sections.map(\.answered) == [3, 5, 7, 6])
    #expect(result.final == 3)
    #expect(result.band == 3)
    #expect(
      result.unanswered == mltsIDs("data", 4...7) + mltsIDs("model", 6...7) + ["mlts.monitor.7"]
    )
    #expect(result.provisional)
    #expect(result.blockers == mltsIDs("data", 4...7))
  }

  @Test("an empty session scores 0 in band 0 with every test blocking")
  func emptySession() throws {
    let result = try mltsScore([:])
    #expect(result.sections.map(\.points) == [0, 0, 0, 0])
    #expect(result.final == 0)
    #expect(result.band == 0)
    #expect(result.weakest == ["data", "model", "infra", "monitor"])
    #expect(result.nextBand == 1)
    #expect(result.nextBandScore == 0.5)
    #expect(result.unanswered.count == 28)
    #expect(result.blockers.count == 28)
    #expect(result.provisional)
  }

  @Test("an answer that is not an option counts 0 and as unanswered")
  func invalidAnswerCountsZero() throws {
    var values = mltsAnswers(data: 7, model: 7, infra: 7, monitor: 7)
    values["mlts.model.3"] = "sometimes"
    let score = FrameworkScore(bank: try Shipped.bank("mlts"), answers: answers(values))
    let result = try #require(score.mlts)
    #expect(result.sections.map(\.points) == [7, 6, 7, 7])
    #expect(result.unanswered == ["mlts.model.3"])
    #expect(score.sheet.invalid.map(\.id) == ["mlts.model.3"])
    #expect(score.sheet.invalid.map(\.value) == ["sometimes"])
    #expect(result.provisional)
  }

  @Test("an answer with only a note is unanswered")
  func noteWithoutValueIsUnanswered() throws {
    var given = answers(mltsAnswers(data: 7, model: 7, infra: 7, monitor: 7))
    given["mlts.data.1"] = Answer(value: nil, note: "we are not sure")
    let result = try #require(FrameworkScore(bank: try Shipped.bank("mlts"), answers: given).mlts)
    #expect(result.sections.map(\.points) == [6, 7, 7, 7])
    #expect(result.unanswered == ["mlts.data.1"])
  }

  @Test("the framework score's headline, rung and rung name come from the final score")
  func frameworkScoreSummary() throws {
    let values = mltsAnswers(data: 4, model: 3, infra: 5, monitor: 1.5)
    let score = FrameworkScore(bank: try Shipped.bank("mlts"), answers: answers(values))
    #expect(score.headline == 1.5)
    #expect(score.rung == 2)
    #expect(score.rungName == "(1, 2]")
    #expect(score.blockers == mltsIDs("monitor", 2...7))
    #expect(score.provisional == false)
    #expect(score.sheet.answeredCount == 28)
    #expect(score.sheet.totalCount == 28)
  }
}
