import Foundation
import MaturityCore
import TestSupport
import Testing

/// Trust bugs of `portfolio` found by cold testing.
@Suite("Portfolio: what a reader can trust")
struct PortfolioTrustTests {
  /// Payments fell from 4.0 to 3.0 in Tests for Features and Data; its
  /// team name starts like a formula.
  private static func falling(team: String = "-Payments") -> Portfolio {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    for (data, date) in [(4.0, "2026-01-15"), (3.0, "2026-04-15")] {
      let session = CompareFixture.session(
        CompareFixture.mlts(data, 4, 4, 4),
        frameworks: ["mlts"],
        team: team,
        date: date
      )
      trend.add(session, path: "\(date).json")
    }
    return Portfolio(trend)
  }

  @Test func aFallIsANumberInTheCSVAndOnlyTextGetsTheFormulaGuard() {
    let records = PortfolioCSV.render(Self.falling()).components(separatedBy: "\r\n")
    let framework = records[1]
    #expect(framework.hasPrefix("\"'-Payments\",fraud-scoring,2026-04-15,2026-04-15.json,2,mlts,,"))
    #expect(framework.hasSuffix(",3.0,7.0,0.43,,2026-01-15,4.0,-1.0,false,28,28"))
    let data = records[2]
    #expect(
      data.hasSuffix(
        ",data,Tests for Features and Data,3.0,7.0,0.43,true,2026-01-15,4.0,-1.0,false,28,28"
      )
    )
    #expect(!records.joined().contains("'-1"))
  }

  /// Search is complete and weakest in monitoring; Payments answered 3 of
  /// 28 ML Test Score questions (all `none`, so every part ties at 0).
  private static func barelyAnswered() -> Portfolio {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    let search = CompareFixture.session(
      CompareFixture.mlts(4, 4, 4, 1),
      frameworks: ["mlts"],
      team: "Search"
    )
    trend.add(search, path: "search.json")
    let answers = ["mlts.data.1": "none", "mlts.model.1": "none", "mlts.infra.1": "none"]
    let payments = CompareFixture.session(answers, frameworks: ["mlts"], date: "2026-04-15")
    trend.add(payments, path: "payments.json")
    return Portfolio(trend)
  }

  @Test func aBarelyAnsweredRoundIsMarkedInEveryFormatAndLeftOutOfTheWeakestAreas() throws {
    let portfolio = Self.barelyAnswered()
    #expect(portfolio.provisionalLeftOut == 1)
    #expect(portfolio.weakest.map { "\($0.part) \($0.teams) of \($0.of)" } == ["monitor 1 of 1"])
    let counting =
      "Counts complete results only (every question answered); a provisional result (some "
      + "questions unanswered) is left out. 1 provisional result is left out here."
    let legend =
      "provisional, some questions unanswered: Payments ML · fraud-scoring (3 of 28 answered)"

    let text = PortfolioText.render(portfolio)
    #expect(text.contains("  Payments ML · fraud-scoring  2026-04-15  ▁ 0.0*  "))
    #expect(text.contains("  Search · fraud-scoring       2026-01-15  ▂ 1.0   "))
    #expect(text.contains("(* provisional, some questions unanswered: Payments ML ·"))
    #expect(
      text.contains(
        "  Counts complete results only (every question answered); a provisional result"
      )
    )
    #expect(text.contains("  ML Test Score · Monitoring Tests for ML  1 of 1\n"))

    let markdown = PortfolioMarkdown.render(portfolio)
    #expect(markdown.contains("| Payments ML · fraud-scoring | 2026-04-15 | ▁ 0.0\\* |"))
    #expect(markdown.contains("\n\\* " + legend + "\n"))
    #expect(markdown.contains("of each team and system. " + counting + "\n"))

    let html = PortfolioHTML.render(portfolio)
    #expect(html.contains("0.0<abbr class=\"provisional\" title=\"provisional: some questions"))
    #expect(html.contains("<p class=\"muted provisional\">* " + legend + "</p>"))
    #expect(html.contains(counting + "</p>"))

    let csv = PortfolioCSV.render(portfolio).components(separatedBy: "\r\n")
    #expect(csv[0].hasSuffix(",change,provisional,answered,total"))
    #expect(csv.contains { $0.hasPrefix("Payments ML,") && $0.hasSuffix(",mlts,,") == false })
    #expect(csv.filter { $0.hasPrefix("Payments ML,") }.allSatisfy { $0.hasSuffix(",true,3,28") })
    #expect(csv.filter { $0.hasPrefix("Search,") }.allSatisfy { $0.hasSuffix(",false,28,28") })

    let json = JSONWriter.write(PortfolioJSON.document(portfolio))
    #expect(json.contains("\"provisionalLeftOut\": 1,"))
    #expect(json.contains("\"weakestCounts\": \"Counts complete results only"))
    #expect(json.contains("\"provisional\": true,\n"))
  }

  @Test func withNoCompleteResultTheWeakestAreasSaySo() {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    let answers = ["mlts.data.1": "automated"]
    trend.add(CompareFixture.session(answers, frameworks: ["mlts"]), path: "q.json")
    let text = PortfolioText.render(Portfolio(trend))
    #expect(text.contains("  none counted: no result is complete\n"))
    #expect(!text.contains("at its top"))
  }

  @Test func skippedFilesAreNamedWithWhyInMarkdownAndHTMLAndCountedInText() {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    trend.add(CompareFixture.session(CompareFixture.mlts(4, 4, 4, 4)), path: "q1.json")
    trend.skip("org/\u{1B}[31m<b>|x.json", problem: "line 1, column 2: unexpected 'b'")
    trend.skip("org/locked", problem: "cannot read the folder: Permission denied")
    let portfolio = Portfolio(trend)

    let markdown = PortfolioMarkdown.render(portfolio)
    #expect(
      markdown.contains("## Skipped files\n\nLeft out of everything above: 2 files or folders.")
    )
    #expect(
      markdown.contains("| org/^\\[\\[31m&lt;b>\\|x.json | line 1, column 2: unexpected 'b' |")
    )
    #expect(markdown.contains("| org/locked | cannot read the folder: Permission denied |"))

    let html = PortfolioHTML.render(portfolio)
    #expect(html.contains("<h2>Skipped files</h2>"))
    #expect(
      html.contains(
        "<tr><td>org/^[[31m&lt;b&gt;|x.json</td><td>line 1, column 2: unexpected &#39;b&#39;</td>"
      )
    )
    #expect(!html.contains("\u{1B}"))

    let text = PortfolioText.render(portfolio)
    #expect(text.hasSuffix("\nSkipped: 2 files or folders, named with why on standard error\n"))
    let csv = PortfolioCSV.render(portfolio)
    #expect(!csv.contains("org/"))
  }

  @Test func aTeamNameWithLineBreaksTabsAndEscapesStaysOnItsRowInText() {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    let session = CompareFixture.session(
      CompareFixture.mlts(4, 4, 4, 4),
      frameworks: ["mlts"],
      team: "Red\u{1B}[31m\nteam",
      system: "a\tb\r\u{202E}"
    )
    trend.add(session, path: "q.json")
    let text = PortfolioText.render(Portfolio(trend))
    #expect(text.contains("\n  Red^[[31m^Jteam · a^Ib^M<U+202E>  2026-01-15  ▅ 4.0 "))
    #expect(text.contains("\n  Red^[[31m^Jteam · a^Ib^M<U+202E>  2026-01-15  first round\n"))
    #expect(!text.unicodeScalars.contains { $0 == "\t" || $0 == "\r" || $0 == "\u{1B}" })
  }

  @Test func aSessionWithoutADateSaysSoInEveryTable() {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    var session = CompareFixture.session(CompareFixture.mlts(4, 4, 4, 4), frameworks: ["mlts"])
    (session.date, session.createdAt, session.updatedAt) = ("", "", "")
    trend.add(session, path: "q.json")
    let portfolio = Portfolio(trend)
    #expect(PortfolioText.render(portfolio).contains("fraud-scoring  (no date)  ▅ 4.0 "))
    #expect(PortfolioMarkdown.render(portfolio).contains("fraud-scoring | (no date) | ▅ 4.0 |"))
    #expect(PortfolioHTML.render(portfolio).contains("<td class=\"num\">(no date)</td><td"))
  }

  @Test(
    "a number column writes plain numbers bare and guards anything else",
    arguments: [
      ("-1", "-1"), ("-0.5", "-0.5"), ("12", "12"), ("-1+2", "\"'-1+2\""), ("--1", "\"'--1\""),
      ("-", "\"'-\""), ("1e5", "1e5"), ("=1", "\"'=1\""), ("-.5", "\"'-.5\""), ("١", "١"),
    ]
  )
  func numberColumns(cell: String, written: String) {
    #expect(
      CSV.record([cell, cell], numberColumns: [0]) == written + "," + CSV.field(cell) + "\r\n"
    )
  }
}
