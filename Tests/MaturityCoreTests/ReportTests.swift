import MaturityCore
import Testing

/// The worked example (Data 4.0, Model 3.0, Infra 5.0, Monitor 1.5) as a
/// session that assesses only the ML Test Score.
func workedExampleSession() -> Session {
  var session = Session.new(banks: [], now: Timestamp(secondsSince1970: 1_767_323_045))
  session.frameworks = ["mlts"]
  session.bankVersions = ["mlts": "1.1.0"]
  session.team = "Search | Ranking"
  session.system = "ranker"
  session.answers = answers(mltsAnswers(data: 4, model: 3, infra: 5, monitor: 1.5))
  session.answers["mlts.data.1"]?.note = "schema <checked> in *CI*\nsecond line"
  return session
}

@Suite("Reports: score JSON contract, score text, Markdown and JSON reports")
struct ReportTests {
  let catalog: BankCatalog
  let session: Session
  let scores: [FrameworkScore]

  init() throws {
    catalog = try shippedCatalog()
    session = workedExampleSession()
    scores = Scorer.score(session, catalog: catalog)
  }

  @Test("the ML Test Score result object has the contract keys and values")
  func mltsResultJSON() throws {
    let monitor = (2...7).map { "\"mlts.monitor.\($0)\"" }.joined(separator: ", ")
    #expect(
      JSONWriter.compact(ScoreJSON.result(try #require(scores.first)))
        == #"{"bank": "mlts", "bankVersion": "1.2.0", "sections": {"data": 4, "model": 3, "infra": 5, "monitor": 1.5}, "#
        + #""final": 1.5, "band": 2, "bandName": "(1, 2]", "weakest": ["monitor"], "nextBand": 3, "nextBandScore": 2.5, "#
        + #""blockers": [\#(monitor)], "answered": 28, "total": 28, "unanswered": 0, "unansweredIds": [], "#
        + #""provisional": false, "doesNotApply": []}"#
    )
  }

  @Test("the Azure and Google result objects have the contract keys and values")
  func levelResultJSON() throws {
    let azure = FrameworkScore(
      bank: try Fixture.bank("azure-small.json"),
      answers: answers(highestAnswers(try Fixture.bank("azure-small.json"), ["az.tech.a": "l3"]))
    )
    #expect(
      JSONWriter.compact(ScoreJSON.result(azure))
        == #"{"bank": "az", "bankVersion": "2.1.0", "level": 3, "levelName": "Level 3", "#
        + #""dimensions": {"people": 4, "process": 4, "technology": 3}, "blockers": ["az.tech.a"], "#
        + #""answered": 7, "total": 7, "unanswered": 0, "unansweredIds": [], "provisional": false, "#
        + #""doesNotApply": []}"#
    )
    let google = FrameworkScore(
      bank: try Fixture.bank("google-small.json"),
      answers: answers(["gs.one.a": "yes", "gs.one.b": "yes", "gs.two.a": "partly"])
    )
    #expect(
      JSONWriter.compact(ScoreJSON.result(google))
        == #"{"bank": "gs", "bankVersion": "1.0.0", "level": 1, "levelName": "Level 1", "nextLevel": 2, "#
        + #""progress": {"met": 2, "required": 4}, "recommended": {"met": 0, "total": 0, "missing": []}, "#
        + #""blockers": ["gs.two.a", "gs.two.b"], "answered": 3, "#
        + #""total": 6, "unanswered": 3, "unansweredIds": ["gs.one.opt", "gs.two.opt", "gs.two.b"], "#
        + #""provisional": true, "doesNotApply": []}"#
    )
  }

  @Test("the score document names the file and session, one key per framework, then warnings")
  func scoreDocument() throws {
    let document = ScoreJSON.document(
      session: session,
      path: "team.json",
      scores: scores,
      catalog: catalog
    )
    guard case .object(let members) = document else {
      Issue.record("not an object: \(document)")
      return
    }
    #expect(members.map(\.key) == ["file", "session", "mlTestScore", "warnings", "context"])
    #expect(members[0].node.value == .string("team.json"))
    // No context recorded: unknown, shown as an empty object.
    #expect(members[4].node.value == .object([]))
    #expect(
      JSONWriter.compact(members[1].node.value)
        == #"{"team": "Search | Ranking", "system": "ranker", "date": "2026-01-02", "updatedAt": "2026-01-02T03:04:05Z"}"#
    )
    #expect(members[3].node.value == .array([]))
  }

  @Test("score text: headline, band meaning, a bar per section, the weakest marked, the next band")
  func scoreText() throws {
    let mlts = try Shipped.bank("mlts")
    let next = (2...7).map { "mlts.monitor.\($0)" }.joined(separator: ", ")
    #expect(
      ScoreText.render(session: session, scores: scores, catalog: catalog) == """
        Team: Search | Ranking · System: ranker · 2026-01-02

        ML Test Score: 1.5 of 7, band (1, 2]
          \(mlts.levels[2].summary)
          Tests for Features and Data  ########......  4.0/7.0
          Tests for Model Development  ######........  3.0/7.0
          Tests for ML Infrastructure  ##########....  5.0/7.0
          Monitoring Tests for ML      ###...........  1.5/7.0  <- weakest
          Next band (2, 3] needs at least 2.5 in every section; improve: \(next)

        """
    )
  }

  @Test("score text marks provisional results and shortens long blocker lists")
  func provisionalText() throws {
    let score = FrameworkScore(bank: try Shipped.bank("mlts"), answers: [:])
    let lines = ScoreText.describe(score)
    #expect(lines.first == "ML Test Score: 0.0 of 7, band 0  (provisional: 28 of 28 unanswered)")
    #expect(
      lines.last
        == "  Next band (0, 1] needs at least 0.5 in every section; improve: "
        + (1...7).map { "mlts.data.\($0)" }.joined(separator: ", ") + ", mlts.model.1 and 20 more"
    )
  }

  @Test("score text for Azure and Google levels")
  func levelText() throws {
    let azureBank = try Fixture.bank("azure-small.json")
    let azure = FrameworkScore(
      bank: azureBank,
      answers: answers(
        highestAnswers(azureBank, ["az.people.a": "l2", "az.release.a": "l2", "az.tech.a": "l3"])
      )
    )
    #expect(
      ScoreText.describe(azure) == [
        "Small Azure: level 2 of 4, Level 2",
        "  People 2 · Process 2 · Technology 3",
        "  Blocks level 3: az.people.a, az.release.a",
      ]
    )
    let google = FrameworkScore(
      bank: try Fixture.bank("google-small.json"),
      answers: answers([
        "gs.one.a": "yes", "gs.one.b": "yes", "gs.one.opt": "no", "gs.two.a": "yes",
        "gs.two.b": "partly",
        "gs.two.opt": "no",
      ])
    )
    #expect(
      ScoreText.describe(google) == [
        "Small Google: level 1 of 2, Level 1",
        "  Level 1: 2 of 2 gates in place",
        "  Level 2: 1 of 2 gates in place",
        "  Level 2 needs 1 more: gs.two.b",
      ]
    )
  }

  @Test(
    "the heading leaves out empty parts",
    arguments: [
      ("T", "S", "2026-01-02", "Team: T · System: S · 2026-01-02"),
      ("T", "", "", "Team: T"),
      ("", "", "2026-01-02", "2026-01-02"),
      ("", "", "", "Assessment"),
    ]
  )
  func heading(team: String, system: String, date: String, expected: String) {
    var session = Session()
    session.team = team
    session.system = system
    session.date = date
    #expect(ScoreText.heading(session) == expected)
  }

  @Test(
    "points are shown with one decimal",
    arguments: [(0.0, "0.0"), (1.5, "1.5"), (4.0, "4.0"), (7.0, "7.0")]
  )
  func points(value: Double, text: String) {
    #expect(ScoreText.points(value) == text)
  }

  @Test(
    "Markdown escaping neutralises Markdown and HTML",
    arguments: [
      ("plain text", "plain text"),
      ("a|b", "a\\|b"),
      ("<script>&", "&lt;script>&"),
      (
        "*bold* _it_ `code` [link] # ~x~ \\",
        "\\*bold\\* \\_it\\_ \\`code\\` \\[link] # \\~x\\~ \\\\"
      ),
      ("one\ntwo\r\nthree", "one<br>two<br>three"),
      ("&copy; &#169; &#x1F;", "&amp;copy; &amp;#169; &amp;#x1F;"),
      ("<http://x> </b> <!-- <?php", "&lt;http://x> &lt;/b> &lt;!-- &lt;?php"),
      ("# heading", "\\# heading"), ("###### six", "\\###### six"), ("> quote", "\\> quote"),
      ("- item", "\\- item"), ("+ item", "\\+ item"), ("1. first", "1\\. first"),
      ("12) twelfth", "12\\) twelfth"), ("Team #", "Team \\#"), ("a\\\nb", "a\\\\<br>b"),
    ]
  )
  func markdownEscape(text: String, escaped: String) {
    #expect(MarkdownReport.escape(text) == escaped)
  }

  @Test(
    "Markdown escaping leaves text that renders as itself alone, so it reads as plain text",
    arguments: [
      "Bo & Zoë", "1.5/7.0  <- weakest", "####...........", "R&D, Q&A", "snake_case_name",
      "a -> b, 3 > 2, 2 < 3", "C:\\dir\\file", "Team #1", "#ranker-infra", "band (1, 2]",
      "1.5 of 7", "well-tested, -1, +1", "done (3)", "x = y",
    ]
  )
  func markdownEscapeLeavesPlainText(text: String) {
    #expect(MarkdownReport.escape(text) == text)
  }

  @Test("the Markdown report has results, metadata, every answer with its note, and the gaps")
  func markdownReport() throws {
    let mlts = try Shipped.bank("mlts")
    let report = MarkdownReport.render(session: session, scores: scores, catalog: catalog)
    let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines.first
        == "# ML maturity assessment: Team: Search \\| Ranking · System: ranker · 2 January 2026"
    )
    #expect(lines.contains("| Team | Search \\| Ranking |"))
    #expect(
      lines.contains("- **ML Test Score: 1.5 of 7, band 2 (a final score above 1, up to 2)**")
    )
    #expect(
      lines.contains(
        "  - Monitoring Tests for ML      ###...........  1.5/7.0  <- weakest"
      )
    )
    #expect(lines.contains("#### Tests for Features and Data"))
    let automated = try #require(mlts.question("mlts.data.1")?.option("automated")?.label)
    #expect(
      lines.contains(
        "| Feature expectations are captured in a schema | \(MarkdownReport.escape(automated)) "
          + "| schema &lt;checked> in \\*CI\\*<br>second line | `mlts.data.1` |"
      )
    )
    #expect(lines.contains("### ML Test Score: what blocks the next level"))
    let question = try #require(mlts.question("mlts.monitor.2"))
    let manual = try #require(question.option("manual")?.label)
    #expect(
      lines.contains(
        "- [ ] **\(MarkdownReport.escape(question.title))** (now: \(MarkdownReport.escape(manual))): "
          + MarkdownReport.escape(question.nextStep(from: 1)) + " (`mlts.monitor.2`)"
      )
    )
    #expect(lines.filter { $0.hasPrefix("- [ ] ") }.count == 6)
    #expect(!lines.contains("## Warnings"))
  }

  @Test("the Markdown report lists warnings and marks invalid and unanswered answers")
  func markdownWarnings() throws {
    var session = self.session
    session.answers["mlts.data.2"] = Answer(value: "sometimes")
    session.answers["mlts.data.3"] = nil
    session.answers["gone.question"] = Answer(value: "x")
    let scores = Scorer.score(session, catalog: catalog)
    let lines = MarkdownReport.render(session: session, scores: scores, catalog: catalog)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.contains("## Warnings"))
    #expect(
      lines.contains(
        "- 1 answer to questions no bank has (kept in the file, not scored): gone.question"
      )
    )
    #expect(
      lines.contains("| All features are beneficial | invalid: sometimes |  | `mlts.data.2` |")
    )
    #expect(lines.contains("| No feature's cost is too much | unanswered |  | `mlts.data.3` |"))
  }

  @Test("the JSON report adds every question with its answer, note and whether it blocks")
  func jsonReport() throws {
    let document = ReportJSON.document(
      session: session,
      path: "team.json",
      scores: scores,
      catalog: catalog
    )
    guard case .object(let members) = document,
      case .array(let questions)? = members.first(where: { $0.key == "questions" })?.node.value,
      case .object(let fields) = questions.first?.value
    else {
      Issue.record("unexpected report shape: \(document)")
      return
    }
    // The score document comes first; keys are only ever added.
    #expect(Array(members.map(\.key).prefix(4)) == ["file", "session", "mlTestScore", "warnings"])
    #expect(questions.count == 28)
    let mlts = try Shipped.bank("mlts")
    let automated = try #require(mlts.question("mlts.data.1")?.option("automated")?.label)
    let improve = try #require(mlts.question("mlts.data.1")?.improve)
    #expect(
      JSONWriter.compact(.object(Array(fields.prefix(9))))
        == #"{"id": "mlts.data.1", "framework": "mlts", "section": "data", "#
        + #""title": "Feature expectations are captured in a schema", "answer": "automated", "#
        + #""answerLabel": "\#(automated)", "note": "schema <checked> in *CI*\nsecond line", "#
        + #""blocksNextLevel": false, "improve": "\#(improve)"}"#
    )
    let blocking = questions.filter { node in
      guard case .object(let fields) = node.value else { return false }
      return fields.contains { $0.key == "blocksNextLevel" && $0.node.value == .bool(true) }
    }
    #expect(blocking.count == 6)
  }
}
