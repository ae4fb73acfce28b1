import MaturityCore
import Testing

/// Answers choosing the given option ids; `n/a` entries get a reason.
func workshopAnswers(_ values: [String: String]) -> [String: Answer] {
  values.mapValues { value in
    var answer = Answer(value: value, answeredAt: "2026-01-02T03:04:05Z")
    if value == Answer.notApplicableValue { answer.notApplicableReason = "does not apply" }
    return answer
  }
}

/// Every shipped ML Test Score test `none`, then `overrides`.
func mltsValues(_ overrides: [String: String]) throws -> [String: String] {
  let bank = try Shipped.bank("mlts")
  var values: [String: String] = [:]
  for question in bank.questions { values[question.id] = "none" }
  return values.merging(overrides) { $1 }
}

@Suite("Workshop: not applicable never raises a result")
struct WorkshopNotApplicableTests {
  @Test("ML Test Score: an n/a test counts 0 in its section and is answered, not unanswered")
  func mltsNotApplicableCountsZero() throws {
    let bank = try Shipped.bank("mlts")
    // data: 1 automated + 1 n/a + 5 none = 1.0; every other test automated.
    var values: [String: String] = [:]
    for question in bank.questions { values[question.id] = "automated" }
    for number in 3...7 { values["mlts.data.\(number)"] = "none" }
    values["mlts.data.2"] = "n/a"
    let score = FrameworkScore(bank: bank, answers: workshopAnswers(values))
    let mlts = try #require(score.mlts)
    #expect(mlts.sections.first { $0.id == "data" }?.points == 1.0)
    #expect(mlts.sections.first { $0.id == "model" }?.points == 7.0)
    #expect(mlts.final == 1.0)
    #expect(mlts.band == 1)
    #expect(score.sheet.unanswered == [])
    #expect(score.sheet.answeredCount == 28)
    #expect(score.sheet.notApplicable == ["mlts.data.2": "does not apply"])
    #expect(score.provisional == false)
  }

  @Test("ML Test Score: n/a scores exactly like none")
  func mltsNotApplicableEqualsNone() throws {
    let bank = try Shipped.bank("mlts")
    let asNA = FrameworkScore(
      bank: bank,
      answers: workshopAnswers(try mltsValues(["mlts.model.1": "n/a", "mlts.model.2": "manual"]))
    )
    let asNone = FrameworkScore(
      bank: bank,
      answers: workshopAnswers(try mltsValues(["mlts.model.1": "none", "mlts.model.2": "manual"]))
    )
    #expect(asNA.mlts?.sections.first { $0.id == "model" }?.points == 0.5)
    #expect(asNA.mlts?.sections.map(\.points) == asNone.mlts?.sections.map(\.points))
    #expect(asNA.mlts?.final == asNone.mlts?.final)
    #expect(asNA.mlts?.band == asNone.mlts?.band)
    #expect(asNA.mlts?.blockers == asNone.mlts?.blockers)
  }

  @Test("Azure: an n/a question counts as its least mature option, never higher and never lower")
  func azureNotApplicableIsLeastMatureOption() throws {
    let small = try Fixture.bank("azure-small.json")
    let values = highestAnswers(small, ["az.tech.a": "n/a"])
    let score = FrameworkScore(bank: small, answers: workshopAnswers(values))
    let azure = try #require(score.azure)
    // az.tech.a's options hold levels 1, 3 and 4.
    #expect(azure.questionLevels["az.tech.a"] == 1)
    #expect(azure.level(of: .technology) == 1)
    #expect(azure.level(of: .people) == 4)
    #expect(azure.level(of: .process) == 4)
    #expect(azure.level == 1)
    #expect(score.sheet.unanswered == [])
  }

  @Test("Google: an n/a required item blocks its level exactly like no")
  func googleNotApplicableBlocksLikeNo() throws {
    let small = try Fixture.bank("google-small.json")
    var values = [
      "gs.one.a": "yes", "gs.one.b": "yes", "gs.one.opt": "yes",
      "gs.two.a": "yes", "gs.two.b": "yes", "gs.two.opt": "yes",
    ]
    values["gs.two.a"] = "n/a"
    let withNA = try #require(FrameworkScore(bank: small, answers: workshopAnswers(values)).google)
    values["gs.two.a"] = "no"
    let withNo = try #require(FrameworkScore(bank: small, answers: workshopAnswers(values)).google)
    #expect(withNA.level == 1)
    #expect(withNA.blockers == ["gs.two.a"])
    #expect(withNA == withNo)
  }

  @Test("Google: an n/a optional item does not block")
  func googleOptionalNotApplicable() throws {
    let small = try Fixture.bank("google-small.json")
    let values = [
      "gs.one.a": "yes", "gs.one.b": "yes", "gs.one.opt": "n/a",
      "gs.two.a": "yes", "gs.two.b": "yes", "gs.two.opt": "n/a",
    ]
    let google = try #require(FrameworkScore(bank: small, answers: workshopAnswers(values)).google)
    #expect(google.level == 2)
  }
}

@Suite("Workshop: vote spread")
struct WorkshopVoteSpreadTests {
  let question: Question

  init() throws {
    question = try #require(try Shipped.bank("mlts").question("mlts.data.1"))
  }

  @Test("counts votes per option in option order, n/a and unknown votes apart")
  func countsInOptionOrder() {
    let spread = VoteSpread(
      question: question,
      votes: ["Ana": "manual", "Bo": "automated", "Chen": "manual", "Dev": "n/a", "Eve": "bogus"]
    )
    #expect(spread.counts.map(\.option.id) == ["none", "manual", "automated"])
    #expect(spread.counts.map(\.votes) == [0, 2, 1])
    #expect(spread.total == 3)
    #expect(spread.notApplicableVotes == 1)
    #expect(spread.unknownVotes == 1)
    #expect(spread.distinct == 3)
    #expect(spread.disagrees)
    #expect(spread.range == 1)
    #expect(spread.majority?.id == "manual")
  }

  @Test("a tie goes to the less mature option")
  func tieGoesToLessMature() {
    let spread = VoteSpread(
      question: question,
      votes: ["Ana": "automated", "Bo": "none", "Chen": "automated", "Dev": "none"]
    )
    #expect(spread.counts.map(\.votes) == [2, 0, 2])
    #expect(spread.majority?.id == "none")
    #expect(spread.range == 2)
    #expect(spread.distinct == 2)
  }

  /// README: "ties go to the less mature answer; when most votes say N/A it
  /// proposes N/A". A tie between N/A and an option is not "most votes".
  @Test("N/A is proposed only when more than half of the votes say N/A")
  func notApplicableNeedsMoreThanHalf() {
    // 1 option vote, 1 n/a: a tie, so the option is proposed.
    let tie = VoteSpread(question: question, votes: ["Ana": "none", "Bo": "n/a"])
    #expect(!tie.proposesNotApplicable)
    #expect(tie.majority?.id == "none")
    // 1 / 0 / 1 on options and 1 n/a (3 votes): n/a has 1 of 3, the options tie
    // and the less mature one is proposed.
    let split = VoteSpread(
      question: question,
      votes: ["Ana": "none", "Bo": "automated", "Cy": "n/a"]
    )
    #expect(!split.proposesNotApplicable)
    #expect(split.majority?.id == "none")
    // 2 n/a of 4 votes is half, not more than half.
    let half = VoteSpread(
      question: question,
      votes: ["Ana": "n/a", "Bo": "n/a", "Cy": "manual", "Dev": "automated"]
    )
    #expect(!half.proposesNotApplicable)
    // 2 n/a of 3 votes is most votes.
    let most = VoteSpread(question: question, votes: ["Ana": "n/a", "Bo": "n/a", "Cy": "manual"])
    #expect(most.proposesNotApplicable)
    // Votes naming no option do not count either way.
    let unknown = VoteSpread(question: question, votes: ["Ana": "n/a", "Bo": "bogus"])
    #expect(unknown.proposesNotApplicable)
  }

  @Test("agreeing votes do not disagree and have range 0")
  func agreement() {
    let spread = VoteSpread(question: question, votes: ["Ana": "manual", "Bo": "manual"])
    #expect(spread.distinct == 1)
    #expect(!spread.disagrees)
    #expect(spread.range == 0)
    #expect(spread.majority?.id == "manual")
  }

  @Test("one option vote and one n/a vote disagree; only n/a votes give no majority")
  func notApplicableVotes() {
    let mixed = VoteSpread(question: question, votes: ["Ana": "manual", "Bo": "n/a"])
    #expect(mixed.distinct == 2)
    #expect(mixed.disagrees)
    #expect(mixed.range == 0)
    let onlyNA = VoteSpread(question: question, votes: ["Ana": "n/a", "Bo": "n/a"])
    #expect(onlyNA.distinct == 1)
    #expect(!onlyNA.disagrees)
    #expect(onlyNA.majority == nil)
    #expect(onlyNA.total == 0)
    let none = VoteSpread(question: question, votes: [:])
    #expect(none.distinct == 0)
    #expect(none.majority == nil)
  }
}
