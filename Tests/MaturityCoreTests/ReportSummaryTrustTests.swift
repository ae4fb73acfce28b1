import MaturityCore
import Testing

/// Cold-test findings on the one-page summary: what it shows must be true of
/// the reported session (no later rounds, nothing skipped silently, every
/// move named).
@Suite("One-page summary: only earlier rounds, nothing hidden, every move named")
struct ReportSummaryTrustTests {
  let fixture: SummaryFixture

  init() throws {
    fixture = try SummaryFixture()
  }

  /// The summary of `session` (at `path`) beside `others`.
  func summary(_ session: Session, at path: String, among others: [(String, Session)])
    -> ReportSummary
  {
    let history = PreviousSession.history(
      of: session,
      at: path,
      among: others.map { (path: $0.0, session: $0.1) },
      named: nil,
      catalog: fixture.catalog
    )
    let scores = Scorer.score(session, catalog: fixture.catalog)
    return ReportSummary(
      session: session,
      scores: scores,
      history: history,
      catalog: fixture.catalog
    )
  }

  // Issue 15, cold test 1.
  @Test("the trend of an earlier round stops at that round: later rounds are left out")
  func trendStopsAtTheReportedRound() {
    // September, with June and December in the same folder.
    let summary = fixture.summary(1)
    #expect(
      summary.history.trend.entries.map(\.path) == [
        "platform-2026-06.json", "platform-2026-09.json",
      ]
    )
    #expect(
      summary.results.map { summary.trendLine($0) } == [
        "2 sessions since 10 June 2026: 0 → 1",
        "2 sessions since 10 June 2026: 0 (11/13) → 0 (11/13); in brackets, items in place for the next level",
        "2 sessions since 10 June 2026: 3.0 → 4.0",
      ]
    )
    #expect(summary.results.allSatisfy { $0.series.count == 2 })
    #expect(fixture.summary(0).history.trend.entries.map(\.path) == ["platform-2026-06.json"])
  }

  // Issue 15, cold test 2.
  @Test("another file of the same day is no earlier round: the previous one is from before")
  func sameDayIsNotThePreviousRound() {
    let (path, december) = fixture.sessions[2]
    var copy = december
    copy.updatedAt = "2026-11-30T09:00:00Z"
    let summary = summary(
      december,
      at: path,
      among: [fixture.sessions[0], fixture.sessions[1], ("copy.json", copy)]
    )
    #expect(summary.history.previousPath == "platform-2026-09.json")
    #expect(!summary.history.trend.entries.map(\.path).contains("copy.json"))
  }

  // Issue 15, cold test 4.
  @Test("Google's progress toward its next level is named when the level did not move")
  func progressMovesAreNamed() {
    let summary = fixture.summary(2)
    let google = summary.results[1]
    #expect(google.score.bank.id == "google")
    let line = summary.changeLine(google) ?? ""
    #expect(line != "No change since last time")
    #expect(line.contains("items in place for level 1"), "\(line)")
    #expect(line.contains("up from"), "\(line)")
  }

  // Issue 15, "trends that move": the summary's own trend was still flat.
  @Test("the summary's trend shows items gained toward the next level while the level stays")
  func trendMovesWithProgress() throws {
    let summary = fixture.summary(2)
    let google = summary.results[1]
    // 11/13, 11/13, 12/13 toward level 1: the chart's last dot is higher.
    let html = SummaryHTML.render(summary)
    let charts = html.components(separatedBy: "<svg class=\"spark\"").dropFirst()
    let chart = try #require(Array(charts).dropFirst().first)
    let heights = chart.components(separatedBy: "cy=\"").dropFirst().compactMap {
      Double($0.prefix { $0 != "\"" })
    }
    #expect(heights.count == 3)
    #expect(heights[0] == heights[1] && heights[2] < heights[1], "\(heights)")
    #expect(summary.trendLine(google).contains("0 (11/13) → 0 (12/13)"))
    // A level reached is still its level: standing never passes the next one.
    let standings = google.series.compactMap { $0?.standing }
    #expect(standings.allSatisfy { $0 >= 0 && $0 < 1 }, "\(standings)")
  }

  // Issue 15, cold test 3.
  @Test("scoring warnings stay visible on the summary, in HTML and Markdown")
  func warningsAreShown() {
    let (path, december) = fixture.sessions[2]
    var session = december
    session.answers["mlts.retired-question"] = Answer(value: "yes")
    let summary = summary(session, at: path, among: [])
    let html = SummaryHTML.render(summary)
    let markdown = SummaryMarkdown.render(summary)
    for text in [html, markdown] {
      #expect(text.contains("1 answer to questions no bank has"), "\(text)")
    }
  }

  // Issue 15, cold test 5.
  @Test("many N/A and does-not-apply items are cut short with “… and N more”")
  func exemptLinesAreTruncated() throws {
    let (path, december) = fixture.sessions[2]
    var session = december
    let mlts = try #require(fixture.catalog.bank("mlts"))
    for question in mlts.questions.prefix(20) {
      var answer = Answer(value: Answer.notApplicableValue)
      answer.notApplicableReason = "Not part of this system's design, discussed at length."
      session.answers[question.id] = answer
    }
    let summary = summary(session, at: path, among: [])
    #expect(summary.notApplicable.count == 20)
    let markdown = SummaryMarkdown.render(summary)
    let html = SummaryHTML.render(summary)
    #expect(markdown.contains("… and 14 more"), "\(markdown)")
    #expect(html.contains("… and 14 more"))
  }

  // Issue 15, cold test 6.
  @Test("long team and system names keep the full text in a tooltip")
  func longNamesHaveATooltip() {
    let (path, december) = fixture.sessions[2]
    var session = december
    session.team = String(repeating: "Personalisation and Ranking Platform ", count: 4)
    session.system = "recommendations-" + String(repeating: "x", count: 120)
    let summary = summary(session, at: path, among: [])
    let html = SummaryHTML.render(summary)
    #expect(html.contains("<h1 title=\"\(summary.title)\">"))
    #expect(html.contains("text-overflow: ellipsis"))
  }
}

@Suite("Backlog: a target held only by N/A answers, tracker assignees, plain words")
struct BacklogTrustTests {
  let fixture: SummaryFixture

  init() throws {
    fixture = try SummaryFixture()
  }

  // Issue 15, cold test 8.
  @Test("a target held only by N/A answers says so and names them, not “0 actions”")
  func blockedByNotApplicable() throws {
    var session = fixture.sessions[2].session
    let scores = Scorer.score(session, catalog: fixture.catalog)
    let closing = Backlog(session: session, scores: scores).items.filter {
      $0.framework == "azure" && $0.closesTargetGap
    }
    #expect(!closing.isEmpty)
    for item in closing {
      var answer = Answer(value: Answer.notApplicableValue)
      answer.notApplicableReason = "Handled by another team."
      session.answers[item.questionID] = answer
    }
    let rescored = Scorer.score(session, catalog: fixture.catalog)
    let backlog = Backlog(session: session, scores: rescored)
    let gap = try #require(backlog.gaps.first { $0.framework == "azure" })
    #expect(!gap.reached)
    let azure = try #require(rescored.first { $0.bank.id == "azure" })
    let text = BacklogReport.gapText(gap, backlog: backlog, bank: azure.bank)
    #expect(!text.contains("0 actions close the gap"), "\(text)")
    #expect(text.contains("blocked by"), "\(text)")
    for item in closing { #expect(text.contains(item.title), "\(text)") }
    let history = PreviousSession.history(
      of: session,
      at: "x.json",
      among: [],
      named: nil,
      catalog: fixture.catalog
    )
    let summary = ReportSummary(
      session: session,
      scores: rescored,
      history: history,
      catalog: fixture.catalog
    )
    let line = summary.targetLine(summary.results[0])
    #expect(line.contains("blocked by"), "\(line)")
  }

  @Test("many N/A answers holding a target are counted, three of them named")
  func manyBlockersAreCut() throws {
    let session = try SessionFile.load(Fixture.path("summary/many-not-applicable.json"))
    let scores = Scorer.score(session, catalog: fixture.catalog)
    let backlog = Backlog(session: session, scores: scores)
    let gap = try #require(backlog.gaps.first { $0.framework == "azure" })
    let text = BacklogReport.closingText(gap, backlog)
    #expect(
      text.hasPrefix(
        "2 actions close the gap; also blocked by 7 answers marked N/A: Data collection, "
          + "Compute, Experiment tracking and 4 more"
      ),
      "\(text)"
    )
  }

  // Issue 15, cold test 9.
  @Test("github-csv assigns only a GitHub login; any other owner is named in the body")
  func githubAssignees() throws {
    var session = fixture.sessions[2].session
    let scores = Scorer.score(session, catalog: fixture.catalog)
    let ids = Backlog(session: session, scores: scores).items.filter { $0.kind == .action }
      .prefix(3).map(\.questionID)
    #expect(ids.count == 3)
    for (id, owner) in zip(ids, ["Doe, Jane", "@ana-lima", "Bo Chen"]) {
      session.answers[id, default: Answer()].owner = owner
    }
    let backlog = BacklogFilter().apply(to: Backlog(session: session, scores: scores))
    let csv = BacklogTracker.csv(backlog, scores: scores, preset: .github)
    let rows = parseCSV(csv)
    let header = try #require(rows.first)
    let assignees = try #require(header.firstIndex(of: "assignees"))
    let body = try #require(header.firstIndex(of: "body"))
    func row(_ id: String) throws -> [String] {
      try #require(rows.first { $0[body].contains("Question: \(id) ") })
    }
    #expect(try row(ids[0])[assignees] == "")
    #expect(try row(ids[0])[body].contains("Owner: Doe, Jane"))
    #expect(try row(ids[1])[assignees] == "ana-lima")
    #expect(try row(ids[2])[assignees] == "")
    #expect(try row(ids[2])[body].contains("Owner: Bo Chen"))
    for record in rows { #expect(record.count == header.count) }
  }

  // Issue 15, cold test 10.
  @Test("the backlog's Markdown names bands in words, not interval notation")
  func markdownInWords() {
    let (_, session) = fixture.sessions[2]
    let scores = Scorer.score(session, catalog: fixture.catalog)
    let backlog = Backlog(session: session, scores: scores)
    let markdown = BacklogReport.markdown(backlog, session: session, scores: scores)
    #expect(markdown.matches(of: /\(\d+(\.\d+)?, \d+(\.\d+)?\]/).isEmpty, "\(markdown)")
    #expect(markdown.contains("band 5 (a final score above 5"), "\(markdown)")
  }
}
