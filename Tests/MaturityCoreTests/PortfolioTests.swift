import Foundation
import MaturityCore
import TestSupport
import Testing

@Suite("Portfolio: teams and systems side by side")
struct PortfolioTests {
  /// Fixture sessions under names as a folder tree would give them: three
  /// rounds of Payments, one of Search, hostile text, and Unicode names.
  private static func fixturePortfolio() throws -> Portfolio {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    let files = [
      ("compare/after.json", "org/payments/2026-q2.json"),
      ("compare/old-rubric.json", "org/payments/2025-q4.json"),
      ("compare/before.json", "org/payments/2026-q1.json"),
      ("workshop/team-search.json", "org/search/workshop.json"),
      ("workshop/hostile.json", "org/<b>hostile</b>.json"),
      ("sessions/roundtrip.json", "org/données/日本.json"),
    ]
    for (fixture, name) in files {
      trend.add(try SessionFile.load(Fixture.path(fixture)), path: name)
    }
    trend.skip("org/broken.json", problem: "line 1, column 2: unexpected 'b'")
    return Portfolio(trend)
  }

  @Test func textMatchesItsGoldenFile() throws {
    assertGolden(PortfolioText.render(try Self.fixturePortfolio()), named: "portfolio.txt")
  }

  @Test func markdownMatchesItsGoldenFile() throws {
    assertGolden(PortfolioMarkdown.render(try Self.fixturePortfolio()), named: "portfolio.md")
  }

  @Test func htmlMatchesItsGoldenFile() throws {
    assertGolden(PortfolioHTML.render(try Self.fixturePortfolio()), named: "portfolio.html")
  }

  @Test func csvMatchesItsGoldenFile() throws {
    assertGolden(PortfolioCSV.render(try Self.fixturePortfolio()), named: "portfolio.csv")
  }

  @Test func jsonMatchesItsGoldenFile() throws {
    let json = JSONWriter.write(PortfolioJSON.document(try Self.fixturePortfolio()))
    assertGolden(json, named: "portfolio.json")
  }

  @Test func theLatestRoundIsShownAndComparedWithTheOneBefore() throws {
    let portfolio = try Self.fixturePortfolio()
    let payments = try #require(portfolio.rows.first { $0.history.team == "Payments ML" })
    #expect(payments.latest.path == "org/payments/2026-q2.json")
    #expect(payments.previous?.path == "org/payments/2026-q1.json")
    #expect(payments.sessions == 3)
    let mlts = try #require(portfolio.columns.first { $0.bank.id == "mlts" })
    #expect(Portfolio.change(payments, mlts) == "1.0 → 2.0 (+1.0)")
    #expect(Portfolio.delta(payments, mlts) == 1)
    let search = try #require(portfolio.rows.first { $0.history.team == "Search Ranking" })
    #expect(search.previous == nil)
    #expect(Portfolio.change(search, mlts) == nil)
  }

  @Test func theWeakestAreasCountTheTeamsWhoseLowestPartTheyAre() throws {
    let portfolio = try Self.fixturePortfolio()
    // Only complete results count: Payments' ML Test Score (model 2.0 is
    // its lowest); Search (1 of 28 unanswered), the Unicode team and
    // hostile are provisional and left out.
    let model = try #require(
      portfolio.weakest.first { $0.framework == "mlts" && $0.part == "model" }
    )
    #expect(!portfolio.weakest.contains { $0.framework == "mlts" && $0.part == "monitor" })
    for area in portfolio.weakest {
      let complete = portfolio.rows.compactMap { $0.latest.result(area.framework) }
        .filter { !$0.provisional }
      let lowest = complete.filter {
        Portfolio.weakestParts(of: $0).contains { $0.id == area.part }
      }
      #expect(area.teams == lowest.count, "\(area.framework).\(area.part)")
      #expect(area.of == complete.count, "\(area.framework).\(area.part)")
    }
    #expect(model.teams == 1 && model.of == 1)
    let counts = portfolio.weakest.map(\.teams)
    #expect(counts == counts.sorted(by: >))
  }

  @Test func aResultAtTheTopOfEveryPartHasNoWeakestPart() {
    let session = CompareFixture.session(CompareFixture.mlts(7, 7, 7, 7), frameworks: ["mlts"])
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    trend.add(session, path: "top.json")
    let portfolio = Portfolio(trend)
    #expect(portfolio.weakest.isEmpty)
    #expect(PortfolioText.render(portfolio).contains("none: every section and dimension is at"))
  }

  /// 1,000 sessions of 30 teams (two systems each), on few days so that
  /// days and save times tie, added in random order: each team and
  /// system's latest is the greatest (date, updatedAt, path).
  @Test func theLatestOfEachTeamAndSystemIsChosenAmongAThousandSessions() {
    var random = SeededRandom(seed: 15)
    var sessions: [(session: Session, path: String)] = []
    for index in 0..<1000 {
      let team = "team-\(random.pick(Array(0..<30)))"
      var session = CompareFixture.session(
        CompareFixture.mlts(Double(index % 8), 7, 7, 7),
        frameworks: ["mlts"],
        team: team,
        system: random.pick(["ranking", "fraud"]),
        date: "2026-0\(random.pick([1, 2, 3]))-1\(random.pick([0, 1]))"
      )
      session.updatedAt = session.date + "T1\(random.pick([0, 1])):00:00Z"
      sessions.append((session, "\(random.pick(["a", "b", "c"]))/s\(index).json"))
    }
    sessions.shuffle(using: &random)
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    for (session, path) in sessions { trend.add(session, path: path) }
    let portfolio = Portfolio(trend)

    var expected: [String: [(String, String, String)]] = [:]
    for (session, path) in sessions {
      expected[session.team + " · " + session.system, default: []]
        .append((session.date, session.updatedAt, path))
    }
    #expect(portfolio.rows.count == expected.count)
    #expect(Set(portfolio.rows.map { $0.history.team }).count == 30)
    #expect(portfolio.sessionCount == 1000)
    for row in portfolio.rows {
      let rounds = (expected[row.title] ?? []).sorted { $0 < $1 }
      #expect(row.latest.path == rounds.last?.2, "latest of \(row.title)")
      #expect(row.previous?.path == rounds.dropLast().last?.2, "previous of \(row.title)")
      #expect(row.sessions == rounds.count)
    }
  }

  @Test func theHistoryOfASessionFindsTheRoundBeforeIt() throws {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    for (name, path) in [("before.json", "b.json"), ("after.json", "a.json")] {
      trend.add(try CompareFixture.fixture(name), path: path)
    }
    let history = try #require(SessionHistory.all(in: trend).first)
    #expect(history.latest?.path == "a.json")
    #expect(history.previous(before: "a.json")?.path == "b.json")
    #expect(history.previous(before: "b.json") == nil)
    #expect(history.previous(before: "elsewhere.json") == nil)
  }
}

@Suite("Portfolio: the history of one session in its folder")
struct SessionHistoryFolderTests {
  @Test func theRoundBeforeIsFoundInTheFolderTreeUnderAnySpellingOfThePath() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("history-\(UUID().uuidString)").path
    try FileIO.createDirectories(folder + "/2026")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for (name, file) in [("before.json", "/2026/q1.json"), ("after.json", "/2026/q2.json")] {
      let text = String(decoding: try Fixture.bytes("compare/\(name)"), as: UTF8.self)
      try FileIO.writeAtomically(text, to: folder + file)
    }
    let latest = try SessionFile.load(folder + "/2026/q2.json")
    let history = try #require(
      SessionHistory.of(latest, in: folder, catalog: CompareFixture.catalog)
    )
    #expect(history.group.entries.count == 2)
    #expect(history.previous(before: folder + "/2026/q2.json")?.path == folder + "/2026/q1.json")
    #expect(history.previous(before: folder + "/2026/../2026/q2.json")?.date == "2026-01-15")
    #expect(history.previous(before: folder + "/2026/q1.json") == nil)
  }
}
