import MaturityCore
import Testing

@Suite("Compare: sessions answered against different bank versions")
struct CompareBankVersionTests {
  @Test func sameRecordedVersionsGiveNoNotice() {
    let old = CompareFixture.session(["mlts.data.1": "none"])
    let new = CompareFixture.session(["mlts.data.1": "manual"])
    let diff = CompareFixture.diff(old, new)

    #expect(diff.bankNotices.isEmpty)
    #expect(diff.answers.allSatisfy { !$0.acrossBankVersions })
  }

  @Test func differentVersionsNameBothAndTheVersionBothAreComparedWith() throws {
    let old = CompareFixture.session([:], versions: ["mlts": "0.9.0"])
    let new = CompareFixture.session([:])
    let notice = try #require(CompareFixture.diff(old, new).notice(for: "mlts"))

    #expect(notice.oldVersion == "0.9.0")
    #expect(notice.newVersion == "1.2.0")
    #expect(notice.currentVersion == "1.2.0")
    #expect(
      notice.summary
        == "mlts: old answers were given against bank version 0.9.0, new answers against 1.2.0; "
        + "both are compared with version 1.2.0"
    )
  }

  @Test func questionsRemovedOptionsChangedAndQuestionsAnsweredOnceAreListed() throws {
    let diff = CompareFixture.diff(
      try CompareFixture.fixture("old-rubric.json"),
      try CompareFixture.fixture("before.json")
    )
    let notice = try #require(diff.notice(for: "mlts"))

    #expect(diff.bankNotices.count == 1)
    #expect(notice.notInCurrentBank == ["mlts.data.8"])
    #expect(notice.optionsChanged == ["mlts.data.2"])
    #expect(notice.answeredInOneOnly == ["mlts.model.7", "mlts.infra.7"])
  }

  @Test func changesToAFrameworkWhoseVersionsDifferAreFlaggedAndOthersAreNot() throws {
    let diff = CompareFixture.diff(
      try CompareFixture.fixture("old-rubric.json"),
      try CompareFixture.fixture("before.json")
    )

    #expect(diff.answers.filter { $0.framework == "mlts" }.allSatisfy { $0.acrossBankVersions })
    #expect(diff.answers.filter { $0.framework != "mlts" }.allSatisfy { !$0.acrossBankVersions })
    let orphan = try #require(diff.answers.first { $0.id == "mlts.data.8" })
    #expect(orphan.kind == .changed)
    #expect(orphan.acrossBankVersions)
  }

  @Test(arguments: [
    ("0.9.0", "1.0.0", "a MAJOR version change"),
    ("1.0.0", "1.1.0", "a MINOR version change: questions may be reworded"),
    ("1.0.0", "1.0.1", "a PATCH version change"),
    ("unknown", "1.0.0", "a MAJOR version change"),
  ])
  func theVersioningRuleSaysWhatKindOfChangeToExpect(old: String, new: String, expected: String)
    throws
  {
    let diff = CompareFixture.diff(
      CompareFixture.session([:], versions: ["azure": old]),
      CompareFixture.session([:], versions: ["azure": new])
    )
    let notice = try #require(diff.notice(for: "azure"))
    #expect(notice.expectation.hasPrefix(expected))
  }

  @Test func aMissingRecordedVersionIsSaidToBeMissing() throws {
    var old = CompareFixture.session([:])
    old.bankVersions["google"] = nil
    let notice = try #require(
      CompareFixture.diff(old, CompareFixture.session([:])).notice(for: "google")
    )
    #expect(notice.summary.contains("bank version (not recorded), new answers against 2.1.0"))
  }

  @Test func theLimitIsStatedPlainly() {
    #expect(BankVersionNotice.limit.contains("reworded questions cannot be detected"))
  }

  @Test func aRegressionAcrossBankVersionsSaysSo() {
    let old = CompareFixture.session(["mlts.data.1": "automated"], versions: ["mlts": "0.9.0"])
    let new = CompareFixture.session(["mlts.data.1": "manual"])
    let regressions = CompareFixture.diff(old, new).regressions
    #expect(regressions.last?.hasSuffix("(answered against different bank versions)") == true)
  }
}
