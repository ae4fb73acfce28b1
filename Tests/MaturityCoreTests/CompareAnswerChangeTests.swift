import MaturityCore
import Testing

@Suite("Compare: each changed answer is improved, regressed, changed or a note change")
struct CompareAnswerChangeTests {
  private func change(
    _ id: String,
    old: Answer?,
    new: Answer?,
    acrossBankVersions: Bool = false
  ) -> AnswerChange? {
    let found = CompareFixture.catalog.lookup(id)
    return AnswerChange(
      id: id,
      question: found?.question,
      framework: found?.bank.id ?? "mlts",
      old: old,
      new: new,
      acrossBankVersions: acrossBankVersions
    )
  }

  @Test func aLaterOptionIsAnImprovement() {
    let result = change("mlts.data.1", old: Answer(value: "none"), new: Answer(value: "automated"))
    #expect(result?.kind == .improved)
    #expect(result?.oldLabel == "Not done")
    #expect(result?.newLabel == "Automated: a system runs it on a regular basis")
  }

  @Test func anEarlierOptionIsARegression() {
    let result = change(
      "azure.tech.model-management",
      old: Answer(value: "registry-promotion"),
      new: Answer(value: "managed")
    )
    #expect(result?.kind == .regressed)
  }

  @Test func answeringAnOpenQuestionIsAnImprovementEvenWithItsLowestOption() {
    let result = change("google.l1.metadata", old: nil, new: Answer(value: "no"))
    #expect(result?.kind == .improved)
    #expect(result?.oldLabel == "unanswered")
  }

  @Test func clearingAnAnswerIsARegression() {
    let result = change("mlts.monitor.2", old: Answer(value: "manual"), new: Answer(note: "unsure"))
    #expect(result?.kind == .regressed)
    #expect(result?.newLabel == "unanswered")
    #expect(result?.noteChanged == true)
  }

  @Test func anAnswerThatIsNotAnOptionNowCanOnlyBeCalledChanged() {
    let result = change(
      "mlts.data.2",
      old: Answer(value: "partial"),
      new: Answer(value: "automated")
    )
    #expect(result?.kind == .changed)
    #expect(result?.oldLabel == "\"partial\" (not an option now)")
  }

  @Test func aNewAnswerThatIsNoOptionOfTheQuestionIsARegression() {
    let result = change(
      "mlts.data.1",
      old: Answer(value: "manual"),
      new: Answer(value: "sometimes")
    )
    #expect(result?.kind == .regressed)
    #expect(result?.newValueIsInvalid == true)
    #expect(result?.newLabel == "\"sometimes\" (not an option now)")
  }

  @Test func notApplicableAfterAHigherAnswerRegressesWithItsReason() {
    var notApplicable = Answer(value: Answer.notApplicableValue)
    notApplicable.notApplicableReason = "no user data"
    let result = change("mlts.data.5", old: Answer(value: "manual"), new: notApplicable)
    #expect(result?.kind == .regressed)
    #expect(result?.newValueIsInvalid == false)
    #expect(result?.details == [DetailChange(field: .reason, old: nil, new: "no user data")])
  }

  @Test func anotherOwnerDueDateOrReasonIsADetailChange() {
    var old = Answer(value: "manual")
    old.owner = "Bo"
    old.due = "2027-01-31"
    var new = old
    new.owner = "Zoë"
    new.due = nil
    let result = change("mlts.data.1", old: old, new: new)
    #expect(result?.kind == .noteOnly)
    #expect(result?.noteChanged == false)
    #expect(
      result?.details == [
        DetailChange(field: .owner, old: "Bo", new: "Zoë"),
        DetailChange(field: .due, old: "2027-01-31", new: nil),
      ]
    )
    #expect(result.map(DiffText.word(for:)) == "details")
    #expect(
      result.map { DiffText.lines(for: $0).map(\.text) } == [
        "  owner: Bo → Zoë", "  due date: 2027-01-31 → (none)",
      ]
    )
  }

  @Test func anAnswerToAQuestionNoBankHasCanOnlyBeCalledChanged() {
    let result = change("mlts.data.8", old: Answer(value: "none"), new: Answer(value: "automated"))
    #expect(result?.kind == .changed)
    #expect(result?.question == nil)
    #expect(result?.framework == "mlts")
  }

  @Test func theSameAnswerWithAnotherNoteIsANoteChange() {
    let result = change(
      "mlts.data.1",
      old: Answer(value: "manual", note: "wiki page"),
      new: Answer(value: "manual", note: "checked in CI")
    )
    #expect(result?.kind == .noteOnly)
    #expect(result?.oldNote == "wiki page")
    #expect(result?.newNote == "checked in CI")
  }

  @Test func theSameAnswerAndNoteIsNoChangeEvenWhenAnsweredAtAnotherTime() {
    let old = Answer(value: "manual", note: "n", answeredAt: "2026-01-01T00:00:00Z")
    let new = Answer(value: "manual", note: "n", answeredAt: "2026-04-01T00:00:00Z")
    #expect(change("mlts.data.1", old: old, new: new) == nil)
  }

  @Test func theBankVersionFlagIsKept() {
    let result = change(
      "mlts.data.1",
      old: Answer(value: "none"),
      new: Answer(value: "manual"),
      acrossBankVersions: true
    )
    #expect(result?.acrossBankVersions == true)
  }
}

/// An N/A answer with `reason`.
private func notApplicable(_ reason: String) -> Answer {
  var answer = Answer(value: Answer.notApplicableValue)
  answer.notApplicableReason = reason
  return answer
}

@Suite("Compare: a team's N/A is the least mature answer, shown with its reason")
struct CompareNotApplicableTests {
  private func change(_ id: String, old: Answer?, new: Answer?) -> AnswerChange? {
    let found = CompareFixture.catalog.lookup(id)
    return AnswerChange(
      id: id,
      question: found?.question,
      framework: found?.bank.id ?? "",
      old: old,
      new: new,
      acrossBankVersions: false
    )
  }

  @Test func fromAHigherOptionToNAIsARegressionShownWithTheReason() {
    let result = change(
      "mlts.data.5",
      old: Answer(value: "automated"),
      new: notApplicable("no personal data")
    )
    #expect(result?.kind == .regressed)
    #expect(result?.newLabel == "N/A: no personal data")
  }

  @Test func fromNAToTheLeastMatureOptionIsOnlyAChange() {
    let result = change(
      "azure.tech.ab-testing",
      old: notApplicable("batch only"),
      new: Answer(value: "no")
    )
    #expect(result?.kind == .changed)
    #expect(result?.oldLabel == "N/A: batch only")
  }

  @Test func fromNAToAHigherOptionIsAnImprovement() {
    let result = change("google.l1.metadata", old: notApplicable("x"), new: Answer(value: "yes"))
    #expect(result?.kind == .improved)
  }

  @Test func aChangedReasonAloneIsListed() {
    let result = change("mlts.data.5", old: notApplicable("old reason"), new: notApplicable("new"))
    #expect(result?.kind == .noteOnly)
    #expect(result?.oldLabel == "N/A: old reason")
    #expect(result?.newLabel == "N/A: new")
  }

  @Test func aSessionMovingToNAThatLowersAzureIsARegression() {
    var old = CompareFixture.session(CompareFixture.azure(atLeast: 4))
    old.answers["azure.tech.ab-testing"] = Answer(value: "yes")
    var new = old
    new.answers["azure.tech.ab-testing"] = notApplicable("no online traffic")
    let diff = CompareFixture.diff(old, new)
    #expect(diff.hasRegression)
    #expect(
      diff.regressions.contains(
        "azure.tech.ab-testing: Yes; deployment includes an A/B test of model performance "
          + "→ N/A: no online traffic"
      )
    )
  }
}

@Suite("Compare: a question the new session's context rules out")
struct CompareDoesNotApplyTests {
  @Test func itIsShownAsDoesNotApplyAndIsNeverARegression() throws {
    let old = CompareFixture.session(["google.l1.online-validation": "yes"])
    var new = CompareFixture.session(["google.l1.online-validation": "no"])
    new.context = SystemContext(["serving": "batch"])
    let change = try #require(
      CompareFixture.diff(old, new).answers.first { $0.id == "google.l1.online-validation" }
    )
    #expect(change.kind == .changed)
    #expect(change.newLabel.hasSuffix("(does not apply: batch serving)"))
  }
}
