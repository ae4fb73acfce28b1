import MaturityCore
import Testing

@Suite("Compare: the diff as text, Markdown and JSON")
struct CompareRenderTests {
  private func fixtureDiff() throws -> SessionDiff {
    CompareFixture.diff(
      try CompareFixture.fixture("before.json"),
      try CompareFixture.fixture("after.json")
    )
  }

  /// The answers summary names each kind of change once: one kind stands
  /// alone, several go in parentheses after "changed", and a change of
  /// unknown order is "otherwise changed" (never "1 changed (1 changed)").
  @Test func answerSummaryNamesEachKindOnce() {
    let naToNone = CompareFixture.diff(
      CompareFixture.session(["mlts.data.1": "n/a"], frameworks: ["mlts"]),
      CompareFixture.session(["mlts.data.1": "none"], frameworks: ["mlts"])
    )
    #expect(DiffText.answerSummary(naToNone) == "1 otherwise changed")
    let regressed = CompareFixture.diff(
      CompareFixture.session(["mlts.data.1": "automated"], frameworks: ["mlts"]),
      CompareFixture.session(["mlts.data.1": "manual"], frameworks: ["mlts"])
    )
    #expect(DiffText.answerSummary(regressed) == "1 regressed")
    let mixed = CompareFixture.diff(
      CompareFixture.session(
        ["mlts.data.1": "automated", "mlts.data.2": "n/a", "mlts.data.3": "none"],
        frameworks: ["mlts"]
      ),
      CompareFixture.session(
        ["mlts.data.1": "manual", "mlts.data.2": "none", "mlts.data.3": "manual"],
        frameworks: ["mlts"]
      )
    )
    #expect(DiffText.answerSummary(mixed) == "3 changed (1 improved, 1 regressed, 1 otherwise)")
  }

  @Test func textShowsEachFrameworkOldToNewWithItsChangeAndCrossing() throws {
    let text = DiffText.render(try fixtureDiff(), oldPath: "q1.json", newPath: "q2.json")

    #expect(text.hasPrefix("Comparing two assessments\n"))
    #expect(
      text.contains("  old: Team: Payments ML · System: fraud-scoring · 2026-01-15  (q1.json)\n")
    )
    #expect(
      text.contains(
        "Azure MLOps maturity: level 0, No MLOps → level 1, DevOps but no MLOps  (+1, improved)\n"
          + "  crossed up from level 0 (No MLOps) to level 1 (DevOps but no MLOps)\n"
      )
    )
    #expect(
      text.contains(
        "ML Test Score: 1.0, band 1 (a final score above 0, up to 1) → 2.0, band 2 (a final "
          + "score above 1, up to 2)  (+1.0, improved)\n"
          + "  crossed up from band 1 (a final score above 0, up to 1) to band 2 (a final score "
          + "above 1, up to 2)\n"
          + "  Tests for Features and Data  2.0 → 3.0  +1.0\n"
      )
    )
    #expect(
      text.contains(
        "Google Cloud MLOps levels: level 0, MLOps level 0: Manual process  (unchanged)\n"
      )
    )
    #expect(
      text.contains(
        "  gaps resolved (blocked level 1):\n    azure.creation.data-collection  Data collection\n"
      )
    )
  }

  @Test func longGapListsShowEightAndCountTheRest() throws {
    let text = DiffText.render(try fixtureDiff(), oldPath: "a", newPath: "b")
    #expect(
      text.contains(
        "    mlts.monitor.3  Training and serving are not skewed\n"
          + "    … and 4 more (all in --format markdown or json)\n"
      )
    )
  }

  @Test func textListsEachChangedAnswerWithWasAndNowAndNotes() throws {
    let text = DiffText.render(try fixtureDiff(), oldPath: "a", newPath: "b")

    #expect(text.contains("Answers: 18 changed (16 improved, 2 regressed), 2 notes changed\n"))
    #expect(
      text.contains(
        "  regressed  mlts.monitor.1  Dependency changes result in notification\n"
          + "               was: Automated: a system runs it on a regular basis\n"
          + "               now: Manual: done by hand, results written up and shared\n"
      )
    )
    #expect(
      text.contains(
        "  note       mlts.data.1  Feature expectations are captured in a schema\n"
          + "               note was: Schema written up in the wiki\n"
          + "               note now: Schema checked in CI on every run\n"
      )
    )
  }

  @Test func linesCarryTonesForColouring() throws {
    let lines = DiffText.lines(try fixtureDiff(), oldPath: "a", newPath: "b")
    #expect(lines.first == DiffText.Line("Comparing two assessments", .heading))
    #expect(
      lines.contains { $0.tone == .regressed && $0.text.hasPrefix("  regressed  mlts.monitor.1") }
    )
    #expect(lines.contains { $0.tone == .improved && $0.text.hasPrefix("Azure MLOps maturity:") })
  }

  @Test func onlyChangesLeavesOutUnchangedFrameworksAndParts() throws {
    let text = DiffText.render(try fixtureDiff(), oldPath: "a", newPath: "b", onlyChanges: true)
    #expect(!text.contains("  People      1 → 1"))
    #expect(text.contains("  Process     0 → 1  +1"))
    let same = try CompareFixture.fixture("before.json")
    let unchanged = DiffText.render(
      CompareFixture.diff(same, same),
      oldPath: "a",
      newPath: "a",
      onlyChanges: true
    )
    #expect(
      unchanged.contains(
        "Unchanged: Azure MLOps maturity, Google Cloud MLOps levels, ML Test Score\n\n"
          + "Answers: none changed; every answer and note is the same\n"
      )
    )
  }

  @Test func textWarnsAboutBankVersionsBeforeAnyResult() throws {
    let diff = CompareFixture.diff(
      try CompareFixture.fixture("old-rubric.json"),
      try CompareFixture.fixture("before.json")
    )
    let text = DiffText.render(diff, oldPath: "a", newPath: "b")
    let warning = try #require(text.range(of: "Bank versions differ between the two sessions"))
    let firstResult = try #require(text.range(of: "Azure MLOps maturity:"))
    #expect(warning.lowerBound < firstResult.lowerBound)
    #expect(text.contains("    answered, but not in bank 1.2.0: mlts.data.8\n"))
    #expect(text.contains("  changed†   mlts.data.2  All features are beneficial\n"))
    #expect(text.contains(BankVersionNotice.limit))
  }

  @Test func multiLineNotesStayIndented() {
    let old = CompareFixture.session([:], notes: ["mlts.data.1": "first\nsecond"])
    let new = CompareFixture.session([:])
    let text = DiffText.render(CompareFixture.diff(old, new), oldPath: "a", newPath: "b")
    #expect(text.contains("note was: first\n                         second\n"))
    #expect(text.contains("note now: (none)\n"))
  }

  @Test func markdownEscapesTextFromTheSessions() {
    let old = CompareFixture.session(
      [:],
      notes: ["mlts.data.1": "a | b <script>"],
      team: "Team *bold*"
    )
    let new = CompareFixture.session(["mlts.data.1": "manual"], team: "Team *bold*")
    let markdown = DiffMarkdown.render(
      CompareFixture.diff(old, new),
      oldPath: "x_y.json",
      newPath: "b"
    )

    #expect(markdown.hasPrefix("# Comparison: Team: Team \\*bold\\*"))
    #expect(markdown.contains("| File | x_y.json | b |"))
    #expect(markdown.contains("  - was: a \\| b &lt;script>"))
    #expect(
      markdown.contains(
        "| `mlts.data.1` Feature expectations are captured in a schema | improved | unanswered |"
      )
    )
  }

  @Test func markdownHasAResultsTableAndPartTables() throws {
    let markdown = DiffMarkdown.render(try fixtureDiff(), oldPath: "a", newPath: "b")
    #expect(
      markdown.contains(
        "| Azure MLOps maturity | level 0, No MLOps | level 1, DevOps but no MLOps | +1, improved; crossed up to level 1 |"
      )
    )
    #expect(markdown.contains("| Tests for ML Infrastructure | 1.0 | 2.5 | +1.5 |"))
    #expect(markdown.contains("- [x] `azure.creation.data-collection` Data collection"))
  }

  @Test func jsonReusesTheScoreObjectsAndSummarises() throws {
    let json = DiffJSON.document(try fixtureDiff(), oldPath: "a", newPath: "b")
    let text = JSONWriter.write(json)
    let parsed = try JSONParser.parse(Array(text.utf8))
    let root = try JSONReader(parsed)
    let summary = try root.object("summary")
    #expect(try summary.optionalBool("regression") == true)
    #expect(try summary.object("answers").int("improved") == 16)
    let frameworks = try root.array("frameworks")
    let mlts = try JSONReader(frameworks[2])
    #expect(try mlts.string("key") == "mlTestScore")
    #expect(try mlts.string("direction") == "improved")
    #expect(try mlts.object("new").optionalDouble("final") == 2)
    #expect(try mlts.object("crossing").string("direction") == "up")
    #expect(try root.array("answers").count == 20)
    #expect(try root.array("regressions").count == 2)
  }

  @Test func jsonWithOnlyChangesLeavesOutUnchangedFrameworks() throws {
    let same = try CompareFixture.fixture("before.json")
    let json = DiffJSON.document(
      CompareFixture.diff(same, same),
      oldPath: "a",
      newPath: "a",
      onlyChanges: true
    )
    let root = try JSONReader(JSONNode(json))
    #expect(try root.array("frameworks").isEmpty)
    #expect(try root.object("summary").object("frameworks").int("unchanged") == 3)
  }
}
