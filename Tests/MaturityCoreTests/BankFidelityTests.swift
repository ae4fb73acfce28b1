import MaturityCore
import Testing

// Issue 10: options that fit every common setup, prompts that do not
// presume the answer, hedged band meanings (fact ids in each test).

@Suite("Shipped banks: faithful options and prompts")
struct BankFidelityTests {
  /// The level of `option` of question `id` in the shipped Azure bank.
  private func azureLevel(_ id: String, _ option: String) throws -> Int? {
    try #require(try Shipped.bank("azure").question(id)).option(option)?.level
  }

  // AZ-L0-PEOPLE-2, AZ-L1-PEOPLE-2: data engineers "if they exist"; a team
  // without them is consistent with levels 0-1, like a siloed one.
  @Test("a team without data engineers has its own option, holding up to level 1")
  func noDataEngineers() throws {
    #expect(try azureLevel("azure.people.data-engineers", "none") == 1)
    #expect(try azureLevel("azure.people.data-engineers", "siloed") == 1)
  }

  // AZ-L4-CREATE-2: only production metrics triggering retraining is level
  // 4; scheduled retraining is a common setup below it.
  @Test("scheduled retraining has an option, holding up to level 3")
  func scheduledRetraining() throws {
    #expect(try azureLevel("azure.creation.retraining", "scheduled") == 3)
    #expect(try azureLevel("azure.creation.retraining", "metric-triggered") == 4)
  }

  // AZ-L2-TECH-6 [2024+]: a scheduler or orchestrator without lifecycle
  // events fits an option; it is product-derived.
  @Test(
    "pipelines run by a schedule or orchestrator fit an option; the question is product-derived"
  )
  func scheduledPipelines() throws {
    #expect(try azureLevel("azure.tech.pipeline-events", "scheduled") == 1)
    let question = try #require(try Shipped.bank("azure").question("azure.tech.pipeline-events"))
    #expect(question.productDerived)
  }

  // AZ-L0-TECH-5 [2024+]: a team with no shared ML platform fits an option.
  @Test("no shared ML platform has an option")
  func noPlatform() throws {
    #expect(try azureLevel("azure.tech.platform", "none") == 1)
  }

  // AZ-L2-RELEASE-2: the scoring script "has tests", not automated tests.
  @Test("the scoring script's top option says it has tests, not automated tests")
  func scoringScriptHasTests() throws {
    let question = try #require(try Shipped.bank("azure").question("azure.release.scoring-script"))
    let tested = try #require(question.option("tested"))
    #expect(tested.label.contains("has tests"))
    #expect(!tested.label.contains("automated"))
  }

  // MLTS-SCORE-HALF: a test run by hand and written up earns 0.5, so the
  // prompts of Infra 3 and Data 4 must not presume automation.
  @Test(
    "the Infra 3 and Data 4 prompts do not presume automation",
    arguments: [
      "mlts.infra.3", "mlts.data.4",
    ]
  )
  func promptsDoNotPresumeAutomation(id: String) throws {
    let question = try #require(try Shipped.bank("mlts").question(id))
    #expect(!question.prompt.lowercased().contains("automat"))
    #expect(!question.prompt.contains("by code"))
    #expect(question.help.contains("half a point"))
  }

  // MLTS-BAND-1: "there may be" serious holes, not "probably".
  @Test("band meanings are as hedged as the paper's")
  func hedgedBands() throws {
    let levels = try Shipped.bank("mlts").levels
    #expect(levels[1].summary.contains("may be serious gaps"))
    #expect(!levels.contains { $0.summary.contains("probably") })
    #expect(levels[2].summary.contains("may well be needed"))
  }

  // GC-L1-META, GC-L2-COMP-6 and GC-L1-VAL-D, GC-L1-TRIG: overlapping items
  // are merged or separated.
  @Test("metadata is asked once; value-skew detection and the drift trigger are separate")
  func overlapsResolved() throws {
    let google = try Shipped.bank("google")
    #expect(google.question("google.l2.metadata-store") == nil)
    #expect(google.question("google.l1.metadata")?.source == ["GC-L1-META", "GC-L2-COMP-6"])
    let value = try #require(google.question("google.l1.data-value-validation"))
    #expect(!value.prompt.contains("retrain"))
    #expect(value.help.contains("drift trigger"))
  }
}
