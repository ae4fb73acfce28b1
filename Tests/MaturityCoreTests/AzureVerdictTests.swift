import MaturityCore
import Testing

// Issue 10, Azure rows: an unanswered or N/A question counts as the level
// of its least mature option (hand-computed from the shipped bank).

@Suite("Azure verdicts: unanswered and N/A count as the least mature option")
struct AzureVerdictTests {
  let azure: Bank

  init() throws {
    azure = try Shipped.bank("azure")
  }

  // README: unanswered counts as the lowest answer, i.e. the level of the
  // question's least mature option. azure.creation.retraining's least
  // mature option holds up to level 3 (AZ-L4-CREATE-2 is the only bullet).
  @Test("Azure with the retraining question unanswered and all else at the top is level 3")
  func azureUnansweredIsLeastMatureOption() throws {
    var values = highestAnswers(azure)
    values["azure.creation.retraining"] = nil
    let result = try azureScore(azure, values)
    #expect(result.questionLevels["azure.creation.retraining"] == 3)
    #expect(result.level(of: .process) == 3)
    #expect(result.level == 3)
  }

  // AZ-L3-TECH-1: A/B testing first appears at level 3, so its "No" option
  // holds up to level 2; N/A scores no higher than that and no lower.
  @Test("Azure with A/B testing marked N/A and all else at the top is level 2")
  func azureNotApplicableIsLeastMatureOption() throws {
    var sessionAnswers = answers(highestAnswers(azure))
    var notApplicable = Answer(value: Answer.notApplicableValue)
    notApplicable.notApplicableReason = "no online traffic to split"
    sessionAnswers["azure.tech.ab-testing"] = notApplicable
    let result = try #require(FrameworkScore(bank: azure, answers: sessionAnswers).azure)
    #expect(result.questionLevels["azure.tech.ab-testing"] == 2)
    #expect(result.level(of: .technology) == 2)
    #expect(result.level == 2)
  }
}
