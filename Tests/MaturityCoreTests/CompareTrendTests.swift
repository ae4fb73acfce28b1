import MaturityCore
import Testing

@Suite("Compare: trends across many sessions")
struct CompareTrendTests {
  private func trend(_ sessions: [(Session, String)]) -> SessionTrend {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    for (session, path) in sessions { trend.add(session, path: path) }
    return trend
  }

  @Test func sessionsAreGroupedByTeamAndSystemAndOrderedByDate() {
    let groups = trend([
      (CompareFixture.session([:], team: "B", system: "s", date: "2026-03-01"), "b2.json"),
      (CompareFixture.session([:], team: "A", system: "y", date: "2026-01-01"), "ay.json"),
      (CompareFixture.session([:], team: "B", system: "s", date: "2026-01-01"), "b1.json"),
      (CompareFixture.session([:], team: "A", system: "x", date: "2026-02-01"), "ax.json"),
    ]).groups()

    #expect(groups.map(\.title) == ["A · x", "A · y", "B · s"])
    #expect(groups[2].entries.map(\.path) == ["b1.json", "b2.json"])
  }

  @Test func sessionsAreOrderedByTheirDateNotByWhenTheyWereLastChanged() {
    // The January workshop's file was edited in June; March's was not.
    var january = CompareFixture.session([:], date: "2026-01-10")
    january.updatedAt = "2026-06-01T12:00:00Z"
    var march = CompareFixture.session([:], date: "2026-03-10")
    march.updatedAt = "2026-03-10T12:00:00Z"
    let groups = trend([(march, "a-march.json"), (january, "z-january.json")]).groups()
    #expect(groups[0].entries.map(\.path) == ["z-january.json", "a-march.json"])
    #expect(groups[0].entries.map(\.date) == ["2026-01-10", "2026-03-10"])
  }

  @Test func sessionsOfOneDayAreOrderedByLastChangeThenFile() {
    var early = CompareFixture.session([:], date: "2026-01-01")
    early.updatedAt = "2026-01-01T09:00:00Z"
    var late = early
    late.updatedAt = "2026-01-01T17:00:00Z"
    let groups = trend([(late, "a.json"), (early, "z.json"), (early, "b.json")]).groups()
    #expect(groups[0].entries.map(\.path) == ["b.json", "z.json", "a.json"])
  }

  @Test func aSessionWithoutADateFallsBackToTheDayItChanged() {
    var session = CompareFixture.session([:])
    session.date = ""
    session.updatedAt = "2026-05-06T07:08:09Z"
    #expect(trend([(session, "x")]).groups()[0].entries[0].date == "2026-05-06")
  }

  @Test func resultsAreKeptPerFrameworkWithTheirLabels() {
    let session = CompareFixture.session(CompareFixture.mlts(2, 2, 2, 2.5), frameworks: ["mlts"])
    let group = trend([(session, "x")]).groups()[0]
    #expect(group.banks.map(\.id) == ["mlts"])
    let result = group.entries[0].result("mlts")
    #expect(result?.headline == 2)
    #expect(result?.maximum == 7)
    #expect(result?.label == "2.0, band 2 (a final score above 1, up to 2)")
    #expect(result?.provisional == false)
  }

  @Test func theSparklineUsesAFixedScaleFromZeroToTheTop() {
    #expect(Sparkline.render([0, 1, 2, 3, 4], maximum: 4) == "▁▃▅▆█")
    #expect(Sparkline.render([0, 1, 2], maximum: 2) == "▁▅█")
    #expect(Sparkline.render([2, 2, 2], maximum: 4) == "▅▅▅")
    #expect(Sparkline.render([1, nil, 1], maximum: 2) == "▅ ▅")
  }

  @Test func aLongSparklineShowsTheLatestPoints() {
    let values: [Double?] = (0..<100).map { Double($0 % 2) }
    let line = Sparkline.render(values, maximum: 1)
    #expect(line.hasPrefix("…"))
    #expect(line.count == Sparkline.maximumLength + 1)
    #expect(line.hasSuffix("▁█"))
  }

  @Test func textShowsATablePerFrameworkWithASparkline() {
    let groups = trend([
      (
        CompareFixture.session(
          CompareFixture.mlts(1, 1, 1, 1),
          frameworks: ["mlts"],
          date: "2026-01-01"
        ), "q1.json"
      ),
      (
        CompareFixture.session(
          CompareFixture.mlts(2, 2, 2, 2),
          frameworks: ["mlts"],
          date: "2026-04-01"
        ), "q2.json"
      ),
    ]).groups()
    #expect(
      TrendText.render(groups) == """
        Payments ML · fraud-scoring: 2 sessions, 2026-01-01 to 2026-04-01

          ML Test Score  ▂▃  1.0 → 2.0 (+1.0)
            2026-01-01  1.0, band 1 (a final score above 0, up to 1)  q1.json
            2026-04-01  2.0, band 2 (a final score above 1, up to 2)  q2.json
            sections:
              Tests for Features and Data  ▂▃  1.0 → 2.0 (+1.0)
              Tests for Model Development  ▂▃  1.0 → 2.0 (+1.0)
              Tests for ML Infrastructure  ▂▃  1.0 → 2.0 (+1.0)
              Monitoring Tests for ML      ▂▃  1.0 → 2.0 (+1.0)

        """
    )
  }

  @Test func markdownHasATablePerFramework() {
    let groups = trend([(CompareFixture.session([:], frameworks: ["azure"]), "a|b.json")]).groups()
    let markdown = TrendText.markdown(groups)
    #expect(markdown.contains("### Azure MLOps maturity `▁` level 0"))
    #expect(markdown.contains("| 2026-01-15 | level 0, No MLOps (provisional) | a\\|b.json |"))
  }

  @Test func csvHasOneRowPerSessionAndFrameworkAndQuotesWhatItMust() {
    let groups = trend([
      (
        CompareFixture.session(
          [:],
          frameworks: ["azure", "mlts"],
          team: "=cmd",
          system: "a, \"b\""
        ), "x.json"
      )
    ]).groups()
    let lines = TrendCSV.render(groups).split(separator: "\r\n")
    #expect(lines.count == 3)
    #expect(
      lines[0]
        == "team,system,date,updated_at,file,framework,level,score,level_name,provisional,answered,total,"
        + "next_level,next_met,next_required,azure.people,azure.process,azure.technology,"
        + "mlts.data,mlts.model,mlts.infra,mlts.monitor"
    )
    #expect(
      lines[1]
        == "\"'=cmd\",\"a, \"\"b\"\"\",2026-01-15,2026-01-15T10:00:00Z,x.json,azure,0,0,No MLOps,true,0,26,"
        + ",,,1,0,0,,,,"
    )
    #expect(lines[2].hasSuffix(",mlts,0,0.0,0,true,0,28,,,,,,,0.0,0.0,0.0,0.0"))
  }

  @Test func problemsAreKeptInOrder() {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    trend.skip("a.json", problem: "bad")
    trend.skip("b.json", problem: "worse")
    #expect(trend.problems.map(\.path) == ["a.json", "b.json"])
    #expect(trend.sessionCount == 0)
    #expect(trend.groups().isEmpty)
  }

  @Test func jsonKeysResultsLikeScoreJSON() throws {
    let groups = trend([(CompareFixture.session(CompareFixture.mlts(1, 1, 1, 1)), "x.json")])
      .groups()
    let root = try JSONReader(JSONNode(TrendJSON.document(groups, problems: [])))
    #expect(try root.int("sessions") == 1)
    let group = try JSONReader(try root.array("groups")[0])
    let session = try JSONReader(try group.array("sessions")[0])
    let mlts = try session.object("results").object("mlTestScore")
    #expect(try mlts.optionalDouble("score") == 1)
    #expect(try mlts.int("level") == 1)
    let frameworks = try group.array("frameworks").map { try JSONReader($0) }
    #expect(try frameworks.map { try $0.string("key") } == ["azure", "google", "mlTestScore"])
  }
}
