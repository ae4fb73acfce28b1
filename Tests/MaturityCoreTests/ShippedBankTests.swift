import MaturityCore
import Testing

@Suite("Shipped banks: they load, with the expected shape")
struct ShippedBankTests {
  @Test("every shipped bank loads, in the display order azure, google, mlts")
  func bundledBanksLoad() throws {
    let banks = try BankLoader.bundled()
    #expect(banks.map(\.id) == ["azure", "google", "mlts"])
    #expect(banks.map(\.scoring) == [.azureLevels, .googleLevels, .mlTestScore])
    #expect(BankLoader.bundledOrder == ["azure", "google", "mlts"])
    _ = try BankCatalog(banks)
  }

  @Test("the ML Test Score bank has 4 sections of 7 tests with ids mlts.data.1 … mlts.monitor.7")
  func mltsShape() throws {
    let mlts = try Shipped.bank("mlts")
    #expect(mlts.sections.map(\.id) == ["data", "model", "infra", "monitor"])
    #expect(
      mlts.sections.map(\.title) == [
        "Tests for Features and Data", "Tests for Model Development", "Tests for ML Infrastructure",
        "Monitoring Tests for ML",
      ]
    )
    #expect(mlts.sections.map(\.questions.count) == [7, 7, 7, 7])
    let expected = ["data", "model", "infra", "monitor"].flatMap { section in
      (1...7).map { "mlts.\(section).\($0)" }
    }
    #expect(mlts.questions.map(\.id) == expected)
    #expect(mlts.levels.map(\.name) == ["0", "(0, 1]", "(1, 2]", "(2, 3]", "(3, 5]", "> 5"])
    #expect(mlts.sections.allSatisfy { $0.dimension == nil })
  }

  @Test("every ML Test Score test offers none, manual, automated worth 0, 0.5, 1")
  func mltsOptions() throws {
    for question in try Shipped.bank("mlts").questions {
      #expect(question.options.map(\.id) == ["none", "manual", "automated"], "\(question.id)")
      #expect(question.options.map(\.key) == ["x", "m", "a"], "\(question.id)")
      #expect(question.options.map(\.points) == [0, 0.5, 1], "\(question.id)")
    }
  }

  @Test(
    "ML Test Score tests carry the paper's exact short titles",
    arguments: [
      ("mlts.data.1", "Feature expectations are captured in a schema"),
      ("mlts.data.2", "All features are beneficial"),
      ("mlts.data.3", "No feature's cost is too much"),
      ("mlts.model.1", "Model specs are reviewed and submitted"),
      ("mlts.model.2", "Offline and online metrics correlate"),
      ("mlts.model.5", "A simpler model is not better"),
      ("mlts.infra.1", "Training is reproducible"),
      ("mlts.infra.3", "The ML pipeline is Integration tested"),
      ("mlts.infra.7", "Serving models can be rolled back"),
      ("mlts.monitor.1", "Dependency changes result in notification"),
      ("mlts.monitor.3", "Training and serving are not skewed"),
      ("mlts.monitor.7", "Prediction quality has not regressed"),
    ]
  )
  func mltsTitles(id: String, title: String) throws {
    #expect(try Shipped.bank("mlts").question(id)?.title == title)
  }

  @Test("each ML Test Score test cites its own reference id")
  func mltsSources() throws {
    let mlts = try Shipped.bank("mlts")
    let letters = ["data": "D", "model": "M", "infra": "I", "monitor": "MON"]
    for section in mlts.sections {
      for (position, question) in section.questions.enumerated() {
        let letter = letters[section.id] ?? "?"
        #expect(question.source == ["MLTS-\(letter)\(position + 1)"], "\(question.id)")
      }
    }
  }

  @Test(
    "the Azure bank has five levels and sections in all three dimensions, every question reaching level 4"
  )
  func azureShape() throws {
    let azure = try Shipped.bank("azure")
    #expect(azure.levels.map(\.level) == [0, 1, 2, 3, 4])
    #expect(azure.levels.first?.name == "No MLOps")
    #expect(azure.levels.last?.name == "Full MLOps automated operations")
    #expect(Set(azure.sections.compactMap(\.dimension)) == [.people, .process, .technology])
    #expect(azure.sections.allSatisfy { $0.dimension != nil })
    for question in azure.questions {
      #expect(question.options.last?.level == 4, "\(question.id)")
      #expect(
        question.options.map(\.key) == Array("acdfi".prefix(question.options.count)),
        "\(question.id)"
      )
      #expect(question.id.hasPrefix("azure."), "\(question.id)")
    }
  }

  @Test("the Google bank has three levels and no/partly/yes items at levels 1 and 2")
  func googleShape() throws {
    let google = try Shipped.bank("google")
    #expect(google.levels.map(\.level) == [0, 1, 2])
    #expect(google.levels.map(\.name).first == "MLOps level 0: Manual process")
    for question in google.questions {
      #expect(question.options.map(\.id) == ["no", "partly", "yes"], "\(question.id)")
      #expect(question.options.map(\.key) == ["x", "p", "y"], "\(question.id)")
      #expect(question.options.map(\.points) == [0, 0.5, 1], "\(question.id)")
      #expect(question.level == 1 || question.level == 2, "\(question.id)")
    }
    #expect(google.questions.contains { $0.level == 1 && !$0.optional })
    #expect(google.questions.contains { $0.level == 2 && !$0.optional })
  }

  @Test("every shipped question has text to show and at least one source")
  func questionTexts() {
    for question in Shipped.banks.flatMap(\.questions) {
      #expect(
        !question.prompt.isEmpty && !question.help.isEmpty && !question.improve.isEmpty,
        "\(question.id)"
      )
      #expect(!question.source.isEmpty, "\(question.id)")
    }
  }
}
