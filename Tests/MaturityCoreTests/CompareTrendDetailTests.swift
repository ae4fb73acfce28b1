import MaturityCore
import Testing

@Suite("Compare: trends per section, dimension and Google progress")
struct CompareTrendDetailTests {
  /// The first `count` level-1 items of the Google bank answered "yes"
  /// (the any-of triggers, last in the bank, left out).
  private func google(_ count: Int) -> [String: String] {
    let items = CompareFixture.bank("google").questions.filter { $0.id.hasPrefix("google.l1.") }
    return Dictionary(uniqueKeysWithValues: items.prefix(count).map { ($0.id, "yes") })
  }

  private func groups(_ sessions: [(Session, String)]) -> [TrendGroup] {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    for (session, path) in sessions { trend.add(session, path: path) }
    return trend.groups()
  }

  private var googleRounds: [TrendGroup] {
    groups([
      (CompareFixture.session(google(5), frameworks: ["google"], date: "2026-01-01"), "q1.json"),
      (CompareFixture.session(google(7), frameworks: ["google"], date: "2026-04-01"), "q2.json"),
    ])
  }

  @Test func googleProgressTowardTheNextLevelMovesWhileTheLevelStays() throws {
    let group = googleRounds[0]
    let lines = TrendDetail.lines(group, bank: CompareFixture.bank("google"))
    let progress = try #require(lines.last)
    #expect(progress.id == TrendDetail.progressID)
    #expect(progress.movement == "5/14 → 7/14 (+2) for level 1")
    #expect(progress.figures == ["5/14 for level 1", "7/14 for level 1"])
    #expect(progress.sparkline != "▁▁")
    #expect(group.entries.map { $0.result("google")?.progress?.met } == [5, 7])
  }

  @Test func textShowsEverySectionUnderItsFrameworkWithTheProgressLine() {
    let text = TrendText.render(googleRounds)
    #expect(text.contains("  Google Cloud MLOps levels  ▁▁  level 0 → 0\n"))
    #expect(text.contains("\n    required items per level:\n"))
    #expect(text.contains("\n      Level 1 required items  ▄▅  5/14 → 7/14 (+2)\n"))
    #expect(text.contains("\n      Toward the next level   ▄▅  5/14 → 7/14 (+2) for level 1\n"))
  }

  @Test func azureDimensionsMoveOnTheirOwn() {
    let groups = groups([
      (CompareFixture.session([:], frameworks: ["azure"], date: "2026-01-01"), "a.json"),
      (
        CompareFixture.session(
          CompareFixture.azure(atLeast: 1),
          frameworks: ["azure"],
          date: "2026-02-01"
        ), "b.json"
      ),
    ])
    let lines = TrendDetail.lines(groups[0], bank: CompareFixture.bank("azure"))
    #expect(lines.map(\.id) == ["people", "process", "technology"])
    #expect(lines[1].movement == "level 0 → 1 (+1)")
  }

  @Test func markdownHasATableOfSections() {
    let markdown = TrendText.markdown(googleRounds)
    #expect(markdown.contains("| Required items per level | Trend | First → last |"))
    #expect(markdown.contains("| Toward the next level | `▄▅` | 5/14 → 7/14 (+2) for level 1 |"))
  }

  @Test func jsonHasPartsAndProgressPerSessionAndDetailsPerFramework() throws {
    let root = try JSONReader(JSONNode(TrendJSON.document(googleRounds, problems: [])))
    let group = try JSONReader(try root.array("groups")[0])
    let session = try JSONReader(try group.array("sessions")[1])
    let google = try session.object("results").object("google")
    #expect(try google.object("progress").int("met") == 7)
    #expect(try google.object("progress").int("required") == 14)
    let parts = try google.array("parts").map { try JSONReader($0) }
    #expect(try parts.map { try $0.string("id") } == ["level-1", "level-2"])
    let framework = try JSONReader(try group.array("frameworks")[0])
    let details = try framework.array("details").map { try JSONReader($0) }
    #expect(try details.last?.string("movement") == "5/14 → 7/14 (+2) for level 1")
  }

  @Test func csvFillsTheProgressColumns() {
    let lines = TrendCSV.render(googleRounds).split(separator: "\r\n")
    #expect(lines[0].hasSuffix(",next_level,next_met,next_required,google.level-1,google.level-2"))
    #expect(lines[2].hasSuffix(",1,7,14,7,0"))
  }

  @Test func htmlIsOnePageWithAnSVGChartAndNoScript() {
    let session = CompareFixture.session(
      google(5),
      frameworks: ["google"],
      team: "<script>alert(1)</script>",
      date: "2026-01-01"
    )
    let html = TrendHTML.render(groups([(session, "a&b.json"), (session, "c.json")]))
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg class=\"trend\""))
    #expect(html.contains("<polyline class=\"series headline\""))
    #expect(html.contains("<polyline class=\"series progress\""))
    #expect(!html.lowercased().contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("a&amp;b.json"))
    #expect(html.contains("default-src 'none'"))
  }
}
