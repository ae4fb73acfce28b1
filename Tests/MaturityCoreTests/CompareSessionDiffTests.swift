import MaturityCore
import Testing

@Suite("Compare: hand-made session pairs (improved, regressed, unchanged)")
struct CompareSessionDiffTests {
  @Test func theImprovedPairImprovesEveryFrameworkItMovesAndListsEveryChangedAnswer() throws {
    let diff = CompareFixture.diff(
      try CompareFixture.fixture("before.json"),
      try CompareFixture.fixture("after.json")
    )

    #expect(diff.frameworks.map(\.bank.id) == ["azure", "google", "mlts"])
    #expect(diff.frameworks.map(\.direction) == [.improved, .unchanged, .improved])
    #expect(diff.count(.improved) == 16)
    #expect(diff.count(.regressed) == 2)
    #expect(diff.count(.changed) == 0)
    #expect(diff.count(.noteOnly) == 2)
    #expect(diff.noteChangeCount == 2)
    #expect(
      diff.answers(.regressed).map(\.id) == ["azure.tech.model-management", "mlts.monitor.1"]
    )
    #expect(diff.bankNotices.isEmpty)
    // Both fixtures were written by 0.1.0 against the 1.0.0 banks: the only
    // warnings are the bank versions and the answer to the question google
    // 2.0.0 asks with level-1 metadata (kept in the file).
    #expect(
      diff.warnings.allSatisfy {
        $0.contains("answers were given against bank version 1.0.0")
          || $0.hasSuffix("not scored): google.l2.metadata-store")
      }
    )
  }

  @Test func aRegressedAnswerMakesTheDiffARegressionEvenWhenEveryResultImproved() throws {
    let diff = CompareFixture.diff(
      try CompareFixture.fixture("before.json"),
      try CompareFixture.fixture("after.json")
    )

    #expect(diff.hasRegression)
    #expect(
      diff.regressions == [
        "azure.tech.model-management: Models are registered and versioned in a model store → "
          + "Model files are stored and copied around ad hoc",
        "mlts.monitor.1: Automated: a system runs it on a regular basis → "
          + "Manual: done by hand, results written up and shared",
      ]
    )
  }

  @Test func theReversedPairRegressesTheResultsAndNamesThemFirst() throws {
    let diff = CompareFixture.diff(
      try CompareFixture.fixture("after.json"),
      try CompareFixture.fixture("before.json")
    )

    #expect(diff.frameworks.map(\.direction) == [.regressed, .unchanged, .regressed])
    #expect(diff.count(.regressed) == 16)
    #expect(
      diff.regressions.first
        == "Azure MLOps maturity: level 1, DevOps but no MLOps → level 0, No MLOps"
    )
    #expect(
      diff.regressions[1]
        == "ML Test Score: 2.0, band 2 (a final score above 1, up to 2) → 1.0, band 1 (a final "
        + "score above 0, up to 1)"
    )
  }

  @Test func aResavedSessionIsUnchanged() throws {
    let diff = CompareFixture.diff(
      try CompareFixture.fixture("before.json"),
      try CompareFixture.fixture("before-resaved.json")
    )

    #expect(diff.answers.isEmpty)
    #expect(diff.frameworks.allSatisfy { $0.direction == .unchanged && !$0.hasChanges })
    #expect(!diff.hasRegression)
  }

  @Test func answersComeInBankOrderWithQuestionsNoBankHasLast() {
    let old = CompareFixture.session(["mlts.data.1": "none", "azure.tech.builds": "manual"])
    let new = CompareFixture.session([
      "mlts.data.1": "manual", "azure.tech.builds": "automated", "zzz.extra.1": "x",
      "google.l1.metadata": "yes", "aaa.extra.1": "y",
    ])
    let ids = CompareFixture.diff(old, new).answers.map(\.id)

    #expect(
      ids == [
        "azure.tech.builds", "google.l1.metadata", "mlts.data.1", "aaa.extra.1", "zzz.extra.1",
      ]
    )
  }

  @Test func problemsInEitherSessionAreWarnedAboutWithTheirSide() {
    let old = CompareFixture.session(["mlts.data.1": "sometimes"])
    let new = CompareFixture.session(["mlts.data.9": "none"])
    let warnings = CompareFixture.diff(old, new).warnings

    #expect(warnings.count == 2)
    #expect(warnings[0].hasPrefix("old: mlts.data.1: \"sometimes\" is not an answer"))
    #expect(warnings[1].hasPrefix("new: 1 answer to questions no bank has"))
  }

  @Test func aNoteAddedToAnUnansweredQuestionIsANoteChangeNotARegression() {
    let old = CompareFixture.session([:])
    let new = CompareFixture.session([:], notes: ["mlts.infra.1": "ask the platform team"])
    let diff = CompareFixture.diff(old, new)

    #expect(diff.answers.map(\.kind) == [.noteOnly])
    #expect(!diff.hasRegression)
  }
}
