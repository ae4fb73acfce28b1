import MaturityCore
import Testing

/// What a reader outside the team would not understand in `text`: dates in
/// digits, interval notation like `(1, 2]`, and question ids that are not
/// in a tooltip (`title="…"`) or a code span after their title.
func jargon(in text: String) -> [String] {
  var found: [String] = []
  found += text.matches(of: /\d{4}-\d\d-\d\d/).map { String($0.output) }
  found += text.matches(of: /\(\d+(\.\d+)?, \d+(\.\d+)?\]/).map { String($0.output.0) }
  found += text.matches(of: /(?:^|[^`"a-z.-])((?:mlts|azure|google)\.[a-z0-9][a-z0-9.-]*)/)
    .map { String($0.output.1) }
  return found
}

/// `text` without the part from `start` up to (not including) `end`: a
/// report's warnings, which name answers to questions no bank has by the
/// only name they have: their id.
func withoutWarnings(_ text: String, from start: String, to end: String) -> String {
  guard let from = text.range(of: start),
    let to = text.range(of: end, range: from.upperBound..<text.endIndex)
  else { return text }
  return String(text[..<from.lowerBound] + text[to.lowerBound...])
}

/// The platform team's three rounds in `Tests/Fixtures/summary/`: June,
/// September and December 2026 (fully answered, ten actions).
struct SummaryFixture {
  let catalog: BankCatalog
  let sessions: [(path: String, session: Session)]

  init() throws {
    catalog = try BankLoader.catalog()
    sessions = try ["platform-2026-06.json", "platform-2026-09.json", "platform-2026-12.json"].map {
      ($0, try SessionFile.load(Fixture.path("summary/\($0)")))
    }
  }

  /// The summary of the session at `index`, beside the others.
  func summary(_ index: Int, named: String? = nil) -> ReportSummary {
    let (path, session) = sessions[index]
    let others = sessions.enumerated().filter { $0.offset != index }.map(\.element)
    let history = PreviousSession.history(
      of: session,
      at: path,
      among: others,
      named: named,
      catalog: catalog
    )
    let scores = Scorer.score(session, catalog: catalog)
    return ReportSummary(session: session, scores: scores, history: history, catalog: catalog)
  }
}

@Suite("One-page summary: results, change since last time, trend, top actions, N/A")
struct ReportSummaryTests {
  let fixture: SummaryFixture
  let workshop: WorkshopFixture

  init() throws {
    fixture = try SummaryFixture()
    workshop = try WorkshopFixture("team-search.json")
  }

  /// The workshop session's summary with no other session beside it.
  var alone: ReportSummary {
    let history = PreviousSession.history(
      of: workshop.session,
      at: "team-search.json",
      among: [],
      named: nil,
      catalog: workshop.catalog
    )
    return ReportSummary(
      session: workshop.session,
      scores: workshop.scores,
      history: history,
      catalog: workshop.catalog
    )
  }

  @Test("the summary with a previous session matches its golden files in HTML and Markdown")
  func goldenWithPrevious() {
    let summary = fixture.summary(2)
    assertGolden(SummaryHTML.render(summary), named: "summary-platform.html")
    assertGolden(SummaryMarkdown.render(summary), named: "summary-platform.md")
  }

  @Test("the summary without a previous session matches its golden files in HTML and Markdown")
  func goldenWithoutPrevious() {
    assertGolden(SummaryHTML.render(alone), named: "summary-team-search.html")
    assertGolden(SummaryMarkdown.render(alone), named: "summary-team-search.md")
  }

  @Test("the previous session is the latest earlier one of the same team and system")
  func previousIsTheLatestEarlierOne() {
    let summary = fixture.summary(2)
    #expect(summary.history.previousPath == "platform-2026-09.json")
    #expect(
      summary.history.trend.entries.map(\.path) == [
        "platform-2026-06.json", "platform-2026-09.json", "platform-2026-12.json",
      ]
    )
    #expect(
      summary.previousLine
        == "Compared with the session of 15 September 2026 (platform-2026-09.json, found in the "
        + "same folder)."
    )
    // The September round's previous is June, not December.
    #expect(fixture.summary(1).history.previousPath == "platform-2026-06.json")
    #expect(fixture.summary(0).history.previousPath == nil)
  }

  @Test("a session named with --previous is the previous one whatever its date")
  func namedPreviousWins() {
    let summary = fixture.summary(2, named: "platform-2026-06.json")
    #expect(summary.history.previousPath == "platform-2026-06.json")
    #expect(summary.previousLine.hasSuffix("(platform-2026-06.json, named with --previous)."))
  }

  @Test("sessions of another team or system, and pre-work, are never the previous session")
  func otherTeamsAreLeftOut() throws {
    let (path, session) = fixture.sessions[2]
    var otherTeam = fixture.sessions[1].session
    otherTeam.team = "Search"
    var otherSystem = fixture.sessions[1].session
    otherSystem.system = "ranker"
    var prework = fixture.sessions[1].session
    prework.prework = Prework(participant: "Bo", workshop: "w.json")
    let history = PreviousSession.history(
      of: session,
      at: path,
      among: [("a.json", otherTeam), ("b.json", otherSystem), ("c.json", prework)],
      named: nil,
      catalog: fixture.catalog
    )
    #expect(history.previous == nil)
    #expect(history.trend.entries.map(\.path) == [path])
  }

  @Test("without a previous session the summary says so and how to name one")
  func noPreviousSaysSo() {
    let markdown = SummaryMarkdown.render(alone)
    #expect(
      markdown.contains(
        "No earlier session of Search Ranking · ranker v3 in this folder: this is the first one "
          + "to compare with (name one with --previous FILE)."
      )
    )
    #expect(alone.answersLine == nil)
  }

  @Test("the change since last time is worded per framework, up or down, with the band crossed")
  func changeLines() throws {
    let summary = fixture.summary(2)
    let lines = summary.results.map { summary.changeLine($0) }
    #expect(
      lines == [
        "Up from level 1 to level 2 (+1)",
        "Still level 0; 12 of 13 items in place for level 1, up from 11",
        "Up from 4.0 to 5.5 (+1.5), up to band 5",
      ]
    )
    #expect(
      summary.answersLine
        == "5 answers changed (5 improved); 7 gaps to the next level closed, 2 new."
    )
  }

  @Test("the trend lists each framework's results since the first session, in words")
  func trendLines() {
    let summary = fixture.summary(2)
    #expect(
      summary.results.map { summary.trendLine($0) } == [
        "3 sessions since 10 June 2026: 0 → 1 → 2",
        "3 sessions since 10 June 2026: 0 (11/13) → 0 (11/13) → 0 (12/13); in brackets, items in place for the next level",
        "3 sessions since 10 June 2026: 3.0 → 4.0 → 5.5",
      ]
    )
    #expect(summary.trendLine(alone.results[0]) == "1 session so far")
  }

  @Test("the top five actions follow the backlog's priority order, N/A to confirm left out")
  func topFiveActions() {
    let summary = fixture.summary(2)
    #expect(summary.actionTotal == 10)
    #expect(summary.actions.count == 5)
    #expect(summary.actions.map(\.priority) == [.target, .target, .target, .later, .later])
    #expect(summary.actions.allSatisfy { !$0.owner.isEmpty && !$0.due.isEmpty })
    #expect(summary.notApplicable.map(\.id) == ["mlts.data.5"])
    #expect(
      summary.doesNotApply.map(\.id) == [
        "google.l1.online-validation", "google.l2.cd-api-test", "google.l2.cd-load-test",
      ]
    )
  }

  @Test("the summary shows no raw timestamps, interval notation or bare question ids")
  func wordsNotJargon() {
    for summary in [fixture.summary(2), alone] {
      let html = withoutWarnings(
        SummaryHTML.render(summary),
        from: "<section class=\"warnings\"",
        to: "<section class=\"cards\""
      )
      let markdown = withoutWarnings(
        SummaryMarkdown.render(summary),
        from: "- **Warning**",
        to: "## Results"
      )
      for text in [html, markdown] {
        #expect(jargon(in: text).isEmpty, "\(jargon(in: text))")
      }
    }
  }

  /// At the top band the default target (one above, capped) is reached:
  /// a sentence, not "Next: band 5 (a final score above 5) reached".
  @Test("at the top band the summary says the top band is reached, in a sentence")
  func topBandReached() throws {
    let session = CompareFixture.session(CompareFixture.mlts(6, 6, 6, 6), frameworks: ["mlts"])
    let catalog = CompareFixture.catalog
    let scores = Scorer.score(session, catalog: catalog)
    let history = PreviousSession.history(
      of: session,
      at: "top.json",
      among: [],
      named: nil,
      catalog: catalog
    )
    let summary = ReportSummary(
      session: session,
      scores: scores,
      history: history,
      catalog: catalog
    )
    let result = try #require(summary.results.first)
    #expect(ReportSummary.rungLine(result.score) == "Band 5 (a final score above 5)")
    #expect(summary.targetLine(result) == "Top band reached: band 5 (a final score above 5)")
  }

  @Test("hostile text in a session stays inert in both summaries")
  func hostileText() throws {
    let hostile = try WorkshopFixture("hostile.json")
    let history = PreviousSession.history(
      of: hostile.session,
      at: "hostile.json",
      among: [],
      named: nil,
      catalog: hostile.catalog
    )
    let summary = ReportSummary(
      session: hostile.session,
      scores: hostile.scores,
      history: history,
      catalog: hostile.catalog
    )
    let html = SummaryHTML.render(summary)
    #expect(elementNames(html).isSubset(of: reportElements.union(["polyline"])))
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("\u{1B}"))
    let markdown = SummaryMarkdown.render(summary)
    #expect(!markdown.contains("<script"))
    #expect(!markdown.contains("\u{1B}"))
  }

  @Test("the HTML summary is self-contained and every id is a tooltip")
  func htmlSelfContained() {
    let html = SummaryHTML.render(fixture.summary(2))
    for banned in ["<script", "<link", "<img", "<iframe", "src=", "url(", "@import"] {
      #expect(!html.lowercased().contains(banned), "found \(banned)")
    }
    #expect(html.contains("<tr title=\"azure.release.ownership\">"))
    #expect(html.contains("<span class=\"q\" title=\"mlts.data.5\">"))
    #expect(html.components(separatedBy: "<svg class=\"spark\"").count == 4)
  }
}

@Suite("Plain words: dates and bands for readers outside the team")
struct PlainWordsTests {
  @Test("days and timestamps read as dates in words; anything else is kept")
  func dates() {
    #expect(PlainWords.date("2026-03-10") == "10 March 2026")
    #expect(PlainWords.date("2026-12-01T03:53:05Z") == "1 December 2026, 03:53 UTC")
    #expect(PlainWords.date("next Tuesday") == "next Tuesday")
    #expect(PlainWords.date("2026-02-30") == "2026-02-30")
  }

  @Test("a band's range reads in words")
  func ranges() {
    #expect(PlainWords.range("(1, 2]") == "above 1, up to 2")
    #expect(PlainWords.range("> 5") == "above 5")
    #expect(PlainWords.range("0") == "0")
    #expect(PlainWords.range("Expert") == nil)
  }

  @Test("an ML Test Score band and result read in words; a level stays a level")
  func rungs() throws {
    let catalog = try BankLoader.catalog()
    let mlts = try #require(catalog.bank("mlts"))
    let azure = try #require(catalog.bank("azure"))
    #expect(PlainWords.rung(2, of: mlts) == "band 2 (a final score above 1, up to 2)")
    #expect(PlainWords.rung(0, of: mlts) == "band 0 (a final score of 0)")
    #expect(PlainWords.rung(1, of: azure) == "level 1")
  }
}
