import Foundation
import TestSupport
import Testing

@Suite("mlmaturity diff: output formats and exit codes")
struct CompareDiffCommandTests {
  private let before = CompareCLI.fixture("before.json")
  private let after = CompareCLI.fixture("after.json")
  private let resaved = CompareCLI.fixture("before-resaved.json")
  private let oldRubric = CompareCLI.fixture("old-rubric.json")

  @Test func aPipedTextDiffIsPlainAndExitsZero() {
    let result = CompareCLI.run(["diff", before, after])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Comparing two assessments\n"))
    #expect(
      result.stdout.contains(
        "ML Test Score: 1.0, band 1 (a final score above 0, up to 1) → 2.0, band 2 (a final "
          + "score above 1, up to 2)  (+1.0, improved)\n"
      )
    )
    #expect(
      result.stdout.contains("Answers: 18 changed (16 improved, 2 regressed), 2 notes changed\n")
    )
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(result.stderr.isEmpty)
  }

  @Test func failOnRegressionExitsOneWithOneLinePerRegression() {
    let result = CompareCLI.run(["diff", before, after, "--fail-on-regression"])
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.first == "mlmaturity: 2 regressions:")
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("  azure.tech.model-management: "))
    #expect(result.stdout.contains("Comparing two assessments"))
  }

  @Test func failOnRegressionExitsOneWhenAResultWentDown() {
    let result = CompareCLI.run(["diff", after, before, "--fail-on-regression", "--format", "json"])
    #expect(result.status == 1)
    #expect(
      result.stderr.contains(
        "  Azure MLOps maturity: level 1, DevOps but no MLOps → level 0, No MLOps\n"
      )
    )
  }

  @Test func failOnRegressionExitsZeroWhenNothingRegressed() {
    let result = CompareCLI.run(["diff", before, resaved, "--fail-on-regression"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Answers: none changed"))
  }

  @Test func aRegressionWithoutTheFlagStillExitsZero() {
    #expect(CompareCLI.run(["diff", after, before]).status == 0)
  }

  @Test(arguments: [
    ["before.json", "after.json"], ["after.json", "before.json"],
    ["before.json", "before-resaved.json"], ["old-rubric.json", "before.json"],
  ])
  func jsonValidatesAgainstTheShippedSchema(pair: [String]) throws {
    guard CompareCLI.validatorAvailable() else { return }
    for extra in [[], ["--only-changes"]] {
      let result = CompareCLI.run(
        ["diff", CompareCLI.fixture(pair[0]), CompareCLI.fixture(pair[1]), "--format", "json"]
          + extra
      )
      #expect(result.status == 0, "\(result.stderr)")
      let problems = try CompareCLI.schemaProblems(result.stdout, schema: "diff.schema.json")
      #expect(problems.isEmpty, "\(pair) \(extra): \(problems)")
    }
  }

  @Test func jsonNamesTheBankVersionsThatDiffer() throws {
    let result = CompareCLI.run(["diff", oldRubric, before, "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    )
    let versions = try #require(object["bankVersions"] as? [[String: Any]])
    #expect(versions.count == 1)
    #expect(versions[0]["framework"] as? String == "mlts")
    #expect(versions[0]["notInCurrentBank"] as? [String] == ["mlts.data.8"])
  }

  @Test func markdownIsAvailable() {
    let result = CompareCLI.run(["diff", before, after, "--format", "markdown", "--only-changes"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("# Comparison: Team: Payments ML"))
    #expect(result.stdout.contains("| Framework | Old | New | Change |"))
  }

  @Test func aMissingFileExits66AndABadOneExits65() throws {
    let missing = CompareCLI.run(["diff", before, "/nonexistent/x.json"])
    #expect(missing.status == 66)
    #expect(missing.stderr.hasPrefix("mlmaturity: /nonexistent/x.json: "))
    try CompareCLI.withFolder { folder in
      let bad = folder + "/bad.json"
      try Data("{\"formatVersion\": 1,\n \"team\": 5}".utf8).write(to: URL(fileURLWithPath: bad))
      let result = CompareCLI.run(["diff", bad, before])
      #expect(result.status == 65)
      #expect(result.stderr.contains("line 2, column 10: team: expected a string, found a number"))
    }
  }

  @Test func tuiWithAFormatOrWithoutATerminalIsAUsageError() {
    let format = CompareCLI.run(["diff", before, after, "--tui", "--format", "json"])
    #expect(format.status == 64)
    let piped = CompareCLI.run(["diff", before, after, "--tui"])
    #expect(piped.status == 64)
    #expect(piped.stderr.contains("--tui needs a terminal"))
  }

  @Test func theREADMEExampleIsWhatTheBinaryPrints() throws {
    let expected = try String(
      contentsOfFile: CompareCLI.fixture("readme-diff.txt"),
      encoding: .utf8
    )
    let folder = URL(fileURLWithPath: CompareCLI.fixture("readme-diff.txt"))
      .deletingLastPathComponent().path
    let result = ProcessRunner.run(
      productURL("mlmaturity").path,
      ["diff", "readme-q1.json", "readme-q2.json", "--only-changes"],
      currentDirectory: folder
    )
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == expected)
  }

  @Test func escapeSequencesInNotesAreShownNotSent() throws {
    try CompareCLI.withFolder { folder in
      let old = folder + "/old.json"
      let new = folder + "/new.json"
      let first = CompareCLI.run(["set", old, "mlts.data.1=none", "--note", "mlts.data.1=plain"])
      #expect(first.status == 0, "\(first.stderr)")
      let second = CompareCLI.run([
        "set", new, "mlts.data.1=manual", "--note",
        "mlts.data.1=\u{1B}]52;c;cHduZWQ=\u{07}red\u{1B}[31m",
      ])
      #expect(second.status == 0, "\(second.stderr)")
      let text = CompareCLI.run(["diff", old, new])
      #expect(text.stdout.contains("note now: ^[]52;c;cHduZWQ=^Gred^[[31m\n"))
      for format in ["text", "markdown"] {
        let result = CompareCLI.run(["diff", old, new, "--format", format])
        #expect(!result.stdout.contains("\u{1B}"), "\(format)")
        #expect(!result.stdout.contains("\u{07}"), "\(format)")
        #expect(result.stdout.contains("cHduZWQ=^Gred^"), "\(format)")
      }
    }
  }
}
