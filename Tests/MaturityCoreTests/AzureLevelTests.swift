import MaturityCore
import Testing

/// Scores `values` against `bank`, which must be an azure-levels bank.
func azureScore(_ bank: Bank, _ values: [String: String]) throws -> AzureResult {
  try #require(FrameworkScore(bank: bank, answers: answers(values)).azure)
}

/// Answers to every question of `bank` with its most mature option, then
/// the `overrides`.
func highestAnswers(_ bank: Bank, _ overrides: [String: String] = [:]) -> [String: String] {
  var values: [String: String] = [:]
  for question in bank.questions { values[question.id] = question.options.last?.id }
  return values.merging(overrides) { $1 }
}

// The small bank `Tests/Fixtures/banks/azure-small.json` names each option
// after its level (`l0` … `l4`):
//   people:     az.people.a [0 2 4]    az.people.b [1 3 4]
//   process:    az.create.a [0 4]      az.create.b [1 2 3 4]   az.release.a [2 4]
//   technology: az.tech.a   [1 3 4]    az.tech.b   [0 2 4]

@Suite("Azure levels: minimum per dimension, then minimum overall")
struct AzureLevelTests {
  let small: Bank

  init() throws {
    small = try Fixture.bank("azure-small.json")
  }

  @Test("a question's level is the level of the chosen option", arguments: [1, 2, 3, 4])
  func questionLevelIsOptionLevel(level: Int) throws {
    let result = try azureScore(small, highestAnswers(small, ["az.create.b": "l\(level)"]))
    #expect(result.questionLevels["az.create.b"] == level)
    #expect(result.level(of: .process) == level)
  }

  @Test("hand-computed: People 2, Process 2, Technology 3 give level 2")
  func handComputedSmallBank() throws {
    let result = try azureScore(
      small,
      [
        "az.people.a": "l2", "az.people.b": "l3",
        "az.create.a": "l4", "az.create.b": "l3", "az.release.a": "l2",
        "az.tech.a": "l3", "az.tech.b": "l4",
      ]
    )
    #expect(
      result.questionLevels == [
        "az.people.a": 2, "az.people.b": 3, "az.create.a": 4, "az.create.b": 3,
        "az.release.a": 2, "az.tech.a": 3, "az.tech.b": 4,
      ]
    )
    #expect(result.dimensions.map(\.dimension) == [.people, .process, .technology])
    #expect(result.dimensions.map(\.level) == [2, 2, 3])
    #expect(result.level == 2)
    #expect(result.blockers == ["az.people.a", "az.release.a"])
    #expect(
      result.dimensions.map(\.blockers) == [["az.people.a"], ["az.release.a"], ["az.tech.a"]]
    )
    #expect(result.dimensions.map(\.total) == [2, 3, 2])
    #expect(result.dimensions.map(\.answered) == [2, 3, 2])
    #expect(result.unanswered == [])
    #expect(result.provisional == false)
  }

  @Test("an unanswered question counts as level 0 and makes the result provisional")
  func unansweredCountsZero() throws {
    var values = highestAnswers(small, ["az.people.a": "l2", "az.tech.a": "l3"])
    values["az.tech.b"] = nil
    let result = try azureScore(small, values)
    #expect(result.questionLevels["az.tech.b"] == 0)
    #expect(result.dimensions.map(\.level) == [2, 4, 0])
    #expect(result.level == 0)
    #expect(result.blockers == ["az.tech.b"])
    #expect(result.dimensions.map(\.blockers) == [["az.people.a"], [], ["az.tech.b"]])
    #expect(result.dimensions.map(\.answered) == [2, 3, 1])
    #expect(result.unanswered == ["az.tech.b"])
    #expect(result.provisional)
  }

  @Test("questions tied at the lowest level all block")
  func tiesAllBlock() throws {
    let result = try azureScore(
      small,
      highestAnswers(
        small,
        ["az.people.a": "l2", "az.create.b": "l2", "az.release.a": "l2", "az.tech.b": "l2"]
      )
    )
    #expect(result.dimensions.map(\.level) == [2, 2, 2])
    #expect(result.level == 2)
    #expect(result.blockers == ["az.people.a", "az.create.b", "az.release.a", "az.tech.b"])
    #expect(
      result.dimensions.map(\.blockers) == [
        ["az.people.a"], ["az.create.b", "az.release.a"], ["az.tech.b"],
      ]
    )
  }

  @Test("every question at level 4 gives level 4 and nothing blocks")
  func everythingAtFour() throws {
    let result = try azureScore(small, highestAnswers(small))
    #expect(result.level == 4)
    #expect(result.dimensions.map(\.level) == [4, 4, 4])
    #expect(result.blockers == [])
    #expect(result.dimensions.allSatisfy { $0.blockers.isEmpty })
  }

  @Test("an answer that is not an option counts as the least mature option and as unanswered")
  func invalidAnswerCountsLeastMature() throws {
    let score = FrameworkScore(
      bank: small,
      answers: answers(highestAnswers(small, ["az.people.b": "l9"]))
    )
    let result = try #require(score.azure)
    // az.people.b's options hold levels 1, 3 and 4: the least mature is 1.
    #expect(result.questionLevels["az.people.b"] == 1)
    #expect(result.level == 1)
    #expect(result.unanswered == ["az.people.b"])
    #expect(score.sheet.invalid.map(\.id) == ["az.people.b"])
  }

  @Test("the framework score reports the level, its name and the blockers")
  func frameworkScoreSummary() throws {
    let score = FrameworkScore(
      bank: small,
      answers: answers(highestAnswers(small, ["az.create.b": "l3"]))
    )
    #expect(score.headline == 3)
    #expect(score.rung == 3)
    #expect(score.rungName == "Level 3")
    #expect(score.blockers == ["az.create.b"])
  }
}

@Suite("Azure levels with the shipped bank")
struct ShippedAzureLevelTests {
  let azure: Bank

  init() throws {
    azure = try Shipped.bank("azure")
  }

  @Test("an empty session scores each question at its least mature option: People 1, others 0")
  func emptySession() throws {
    let result = try azureScore(azure, [:])
    #expect(result.level == 0)
    // People's least mature options hold levels 1, 1 and 2; Process and
    // Technology each have questions whose least mature option is level 0.
    #expect(result.dimensions.map(\.level) == [1, 0, 0])
    #expect(
      result.blockers == [
        "azure.creation.data-collection", "azure.release.scoring-script",
        "azure.release.ownership", "azure.integration.model-tests", "azure.integration.app-tests",
        "azure.integration.app-releases", "azure.tech.builds", "azure.tech.version-control",
        "azure.tech.testing",
      ]
    )
    #expect(result.unanswered == azure.questions.map(\.id))
    #expect(result.provisional)
  }

  @Test("the most mature answer everywhere gives level 4")
  func everythingAtFour() throws {
    let result = try azureScore(azure, highestAnswers(azure))
    #expect(result.level == 4)
    #expect(result.dimensions.map(\.level) == [4, 4, 4])
    #expect(result.blockers == [])
    #expect(result.provisional == false)
  }

  @Test(
    "hand-computed: data engineers at 2, release ownership at 2, model management at 3 give level 2"
  )
  func handComputed() throws {
    let result = try azureScore(
      azure,
      highestAnswers(
        azure,
        [
          "azure.people.data-engineers": "with-data-scientists",
          "azure.release.ownership": "se-team",
          "azure.tech.model-management": "registry-promotion",
        ]
      )
    )
    #expect(result.questionLevels["azure.people.data-engineers"] == 2)
    #expect(result.questionLevels["azure.release.ownership"] == 2)
    #expect(result.questionLevels["azure.tech.model-management"] == 3)
    #expect(result.dimensions.map(\.level) == [2, 2, 3])
    #expect(result.level == 2)
    #expect(result.blockers == ["azure.people.data-engineers", "azure.release.ownership"])
    #expect(
      result.dimensions.map(\.blockers) == [
        ["azure.people.data-engineers"], ["azure.release.ownership"],
        ["azure.tech.model-management"],
      ]
    )
  }

  @Test("hand-computed: the least mature answer everywhere gives People 1, Process 0, Technology 0")
  func leastMatureEverywhere() throws {
    var values: [String: String] = [:]
    for question in azure.questions { values[question.id] = question.options.first?.id }
    let result = try azureScore(azure, values)
    #expect(result.dimensions.map(\.level) == [1, 0, 0])
    #expect(result.level == 0)
    #expect(
      result.blockers == [
        "azure.creation.data-collection", "azure.release.scoring-script", "azure.release.ownership",
        "azure.integration.model-tests", "azure.integration.app-tests",
        "azure.integration.app-releases",
        "azure.tech.builds", "azure.tech.version-control", "azure.tech.testing",
      ]
    )
    #expect(
      result.dimensions[0].blockers == [
        "azure.people.data-scientists", "azure.people.data-engineers",
      ]
    )
    #expect(result.provisional == false)
  }

  @Test("one unanswered question holds its dimension at its least mature option's level")
  func oneUnanswered() throws {
    var values = highestAnswers(azure)
    values["azure.people.software-engineers"] = nil
    let result = try azureScore(azure, values)
    // "They receive the model from others" holds up to level 2.
    #expect(result.dimensions.map(\.level) == [2, 4, 4])
    #expect(result.level == 2)
    #expect(result.blockers == ["azure.people.software-engineers"])
    #expect(result.unanswered == ["azure.people.software-engineers"])
    #expect(result.provisional)
  }
}
