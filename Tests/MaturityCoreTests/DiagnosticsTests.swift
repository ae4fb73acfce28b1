import MaturityCore
import Testing

/// The catalog of shipped banks.
func shippedCatalog() throws -> BankCatalog {
  try BankCatalog(Shipped.banks)
}

@Suite("Diagnostics: orphaned answers, invalid options, bank versions, unknown frameworks")
struct DiagnosticsTests {
  @Test("answers to questions no bank has survive a load and save and are reported")
  func orphanedAnswers() throws {
    let catalog = try shippedCatalog()
    var session = try SessionFile.load(Fixture.path("sessions/roundtrip.json"))
    #expect(session.orphanedAnswerIDs(in: catalog) == ["old.removed.question"])
    session.setAnswer("mlts.data.3", value: "manual", now: Timestamp(secondsSince1970: 0))
    let reloaded = try SessionFile.parse(Array(SessionFile.text(of: session).utf8), path: "x.json")
    #expect(
      reloaded.answers["old.removed.question"]
        == Answer(value: "yes", note: "answered with a bank that no longer has this question")
    )
    let warnings = Diagnostics.warnings(
      session: reloaded,
      scores: Scorer.score(reloaded, catalog: catalog),
      catalog: catalog
    )
    #expect(
      warnings == [
        "1 answer to questions no bank has (kept in the file, not scored): old.removed.question",
        "mlts: answers were given against bank version 0.9.0; scored with version 1.2.0",
        "azure: answers were given against bank version 1.0.0; scored with version 1.2.0",
        "google: answers were given against bank version 1.0.0; scored with version 2.1.0",
      ]
    )
  }

  @Test("several orphans are listed sorted in one warning")
  func severalOrphans() throws {
    let catalog = try shippedCatalog()
    var session = Session()
    session.answers = answers([
      "zz.b": "x", "aa.a": "y", "mlts.data.99": "none", "mlts.data.1": "none",
    ])
    #expect(session.orphanedAnswerIDs(in: catalog) == ["aa.a", "mlts.data.99", "zz.b"])
    let warnings = Diagnostics.warnings(
      session: session,
      scores: Scorer.score(session, catalog: catalog),
      catalog: catalog
    )
    #expect(
      warnings == [
        "3 answers to questions no bank has (kept in the file, not scored): aa.a, mlts.data.99, zz.b"
      ]
    )
  }

  @Test(
    "an answer that is not an option is reported with the allowed answers and counted unanswered"
  )
  func invalidOption() throws {
    let catalog = try shippedCatalog()
    var session = Session()
    session.frameworks = ["mlts", "google"]
    session.answers = answers([
      "mlts.data.1": "sometimes", "google.l1.metadata": "maybe", "mlts.data.2": "manual",
    ])
    let scores = Scorer.score(session, catalog: catalog)
    #expect(scores.map(\.bank.id) == ["mlts", "google"])
    #expect(
      Diagnostics.warnings(session: session, scores: scores, catalog: catalog) == [
        "mlts.data.1: \"sometimes\" is not an answer to this question (allowed: none, manual, automated); "
          + "counted as unanswered",
        "google.l1.metadata: \"maybe\" is not an answer to this question (allowed: no, partly, yes); "
          + "counted as unanswered",
      ]
    )
    #expect(scores[0].sheet.unanswered.first == "mlts.data.1")
    #expect(scores[0].sheet.answeredCount == 1)
    #expect(scores[0].headline == 0)
  }

  @Test("a framework the catalog does not know is reported and not scored")
  func unknownFramework() throws {
    let catalog = try shippedCatalog()
    var session = Session()
    session.frameworks = ["custom", "mlts"]
    let scores = Scorer.score(session, catalog: catalog)
    #expect(scores.map(\.bank.id) == ["mlts"])
    #expect(
      Diagnostics.warnings(session: session, scores: scores, catalog: catalog) == [
        "framework \"custom\" is not known to this mlmaturity (pass its bank with --bank FILE)"
      ]
    )
  }

  @Test("a session naming no frameworks is scored with every bank of the catalog")
  func noFrameworksMeansAll() throws {
    let scores = Scorer.score(Session(), catalog: try shippedCatalog())
    #expect(scores.map(\.bank.id) == ["azure", "google", "mlts"])
  }

  @Test("a clean session has no warnings")
  func cleanSession() throws {
    let catalog = try shippedCatalog()
    let session = Session.new(banks: catalog.banks, now: Timestamp(secondsSince1970: 0))
    #expect(
      Diagnostics.warnings(
        session: session,
        scores: Scorer.score(session, catalog: catalog),
        catalog: catalog
      )
        == []
    )
  }

  @Test("two banks sharing a question id cannot form a catalog")
  func duplicateQuestionAcrossBanks() throws {
    let mlts = try Shipped.bank("mlts")
    var copy = mlts
    copy.id = "copy"
    #expect(
      caught { try BankCatalog([mlts, copy]) }
        == MaturityError(
          .badData,
          "question id \"mlts.data.1\" is in both bank \"mlts\" and bank \"copy\""
        )
    )
  }

  @Test("the catalog finds the bank and question of an id")
  func catalogLookup() throws {
    let catalog = try shippedCatalog()
    #expect(catalog.lookup("azure.tech.builds")?.bank.id == "azure")
    #expect(catalog.lookup("azure.tech.builds")?.question.title == "Builds")
    #expect(catalog.lookup("azure.tech.nothing") == nil)
    #expect(catalog.bank("google")?.scoring == .googleLevels)
  }
}
