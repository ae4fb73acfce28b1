import MaturityCore
import Testing

@Suite("Compare: score gates for CI")
struct CompareScoreGatesTests {
  private func scores(_ session: Session) -> [FrameworkScore] {
    Scorer.score(session, catalog: CompareFixture.catalog)
  }

  @Test func noGatesNeverFail() {
    let gates = ScoreGates()
    #expect(gates.isEmpty)
    #expect(gates.failures(scores(CompareFixture.session([:]))).isEmpty)
  }

  @Test func resultsAtOrAboveTheMinimumsPass() {
    var values = CompareFixture.mlts(2, 2, 2, 2)
    values.merge(CompareFixture.azure(atLeast: 2)) { $1 }
    let gates = ScoreGates(minimumMLTestScore: 2, minimumAzure: 2, minimumGoogle: 0)
    #expect(gates.failures(scores(CompareFixture.session(values))).isEmpty)
  }

  @Test func eachFailedGateGivesOneLine() {
    var values = CompareFixture.mlts(1.5, 2, 2, 2)
    values.merge(CompareFixture.azure(atLeast: 1)) { $1 }
    let gates = ScoreGates(minimumMLTestScore: 2, minimumAzure: 2, minimumGoogle: 1)
    let failures = gates.failures(scores(CompareFixture.session(values)))

    #expect(
      failures == [
        "ML Test Score: 1.5 is below the minimum 2.0 (--min-mlts)",
        "Azure MLOps maturity: level 1 is below the minimum level 2 (--min-azure)",
        "Google Cloud MLOps levels: level 0 is below the minimum level 1 (--min-google; "
          + "36 unanswered questions count as not in place)",
      ]
    )
  }

  /// Azure counts an unanswered question as its least mature option's
  /// level, not 0: with the data scientists question unanswered (its least
  /// mature option, siloed, holds up to level 1) and the rest at level 1,
  /// the result is still level 1, below a minimum of 2.
  @Test func azureSaysUnansweredCountAsTheLeastMatureOptionsLevel() {
    var values = CompareFixture.azure(atLeast: 1)
    values["azure.people.data-scientists"] = nil
    let failures = ScoreGates(minimumAzure: 2).failures(
      scores(CompareFixture.session(values, frameworks: ["azure"]))
    )
    #expect(
      failures == [
        "Azure MLOps maturity: level 1 is below the minimum level 2 (--min-azure; "
          + "1 unanswered question counts as its least mature option's level)"
      ]
    )
  }

  @Test func aFrameworkTheSessionDoesNotAssessFailsItsGate() {
    let session = CompareFixture.session(CompareFixture.mlts(3, 3, 3, 3), frameworks: ["mlts"])
    let failures = ScoreGates(minimumAzure: 0).failures(scores(session))
    #expect(
      failures == [
        "azure: not assessed in this session, so it cannot reach the minimum 0 (--min-azure)"
      ]
    )
  }
}
