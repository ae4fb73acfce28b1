import Foundation
import TestSupport
import Testing

/// A fourth framework added as one bank file
/// (`Tests/Fixtures/banks/fourth-levels.json`, reusing the Azure levels
/// rule) and given with `--bank` shows in every command, with no code of
/// its own: its name, short name and gate come from the file.
@Suite("mlmaturity with a fourth framework from one bank file")
struct FourthFrameworkCLITests {
  private let bank = CompareCLI.repository
    .appendingPathComponent("Tests/Fixtures/banks/fourth-levels.json").path

  /// A session on the fourth framework alone, answered with `runbook` and
  /// `review`, dated `date`.
  private func session(
    in folder: String,
    _ name: String,
    date: String,
    runbook: String,
    review: String
  ) throws -> String {
    let text = """
      {
        "formatVersion": 1,
        "toolVersion": "0.1.0",
        "team": "Payments ML",
        "system": "fraud-scoring",
        "date": "\(date)",
        "createdAt": "\(date)T09:00:00Z",
        "updatedAt": "\(date)T11:00:00Z",
        "frameworks": ["fourth"],
        "banks": {"fourth": "1.0.0"},
        "answers": {
          "fourth.practice.runbook": {"value": "\(runbook)", "answeredAt": "\(date)T10:00:00Z"},
          "fourth.practice.review": {"value": "\(review)", "answeredAt": "\(date)T10:00:00Z"}
        }
      }
      """
    let path = folder + "/" + name
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  private func first(_ folder: String) throws -> String {
    try session(in: folder, "q1.json", date: "2026-04-20", runbook: "written", review: "sometimes")
  }

  private func second(_ folder: String) throws -> String {
    try session(in: folder, "q2.json", date: "2026-05-20", runbook: "automated", review: "always")
  }

  @Test func frameworksListsIt() {
    let result = CompareCLI.run(["frameworks", "--bank", bank])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("fourth  1.0.0  Fourth framework: 2 questions in 1 section"))
  }

  @Test func scoreShowsItsLevelAsTextAndJSON() throws {
    try CompareCLI.withFolder { folder in
      let path = try first(folder)
      let text = CompareCLI.run(["score", path, "--bank", bank])
      #expect(text.status == 0, "\(text.stderr)")
      #expect(text.stdout.contains("Fourth framework: level 1 of 4, Repeatable"))
      #expect(text.stdout.contains("Blocks level 2: fourth.practice.review"))
      let json = CompareCLI.run(["score", path, "--bank", bank, "--json"])
      #expect(json.status == 0, "\(json.stderr)")
      let document = try #require(
        try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
      )
      let result = try #require(document["fourth"] as? [String: Any])
      #expect(result["level"] as? Int == 1)
      #expect(result["levelName"] as? String == "Repeatable")
    }
  }

  @Test func reportsNameItInMarkdownAndJSON() throws {
    try CompareCLI.withFolder { folder in
      let path = try first(folder)
      let markdown = CompareCLI.run(["report", path, "--bank", bank, "--format", "markdown"])
      #expect(markdown.status == 0, "\(markdown.stderr)")
      #expect(markdown.stdout.contains("**Fourth framework: level 1 of 4, Repeatable**"))
      #expect(markdown.stdout.contains("## Fourth framework: what blocks the next level"))
      let json = CompareCLI.run(["report", path, "--bank", bank, "--format", "json"])
      #expect(json.status == 0, "\(json.stderr)")
      let document = try #require(
        try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
      )
      #expect((document["fourth"] as? [String: Any])?["level"] as? Int == 1)
    }
  }

  @Test func diffShowsItsLevelCrossing() throws {
    try CompareCLI.withFolder { folder in
      let result = CompareCLI.run(["diff", try first(folder), try second(folder), "--bank", bank])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        result.stdout.contains(
          "Fourth framework: level 1, Repeatable → level 4, Optimised  (+3, improved)"
        )
      )
    }
  }

  @Test func trendShowsItsLevels() throws {
    try CompareCLI.withFolder { folder in
      let result = CompareCLI.run(["trend", try first(folder), try second(folder), "--bank", bank])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("Fourth framework  ▃█  level 1 → 4 (+3)"))
    }
  }

  @Test func portfolioShowsItsLevelAndChange() throws {
    try CompareCLI.withFolder { folder in
      _ = try first(folder)
      _ = try second(folder)
      let result = CompareCLI.run(["portfolio", folder, "--bank", bank])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("Fourth framework: latest session of each team and system\n"))
      #expect(result.stdout.contains("    Fourth framework  level 1 → 4 (+3)\n"))
    }
  }

  @Test func itsGateIsMinIDEqualsValue() throws {
    try CompareCLI.withFolder { folder in
      let path = try first(folder)
      let passing = CompareCLI.run(["score", path, "--bank", bank, "--min", "fourth=1"])
      #expect(passing.status == 0, "\(passing.stderr)")
      #expect(passing.stderr.isEmpty)
      let failing = CompareCLI.run(["score", path, "--bank", bank, "--min", "fourth=2"])
      #expect(failing.status == 1)
      #expect(
        failing.stderr == "mlmaturity: gate failed: Fourth framework: level 1 is below the minimum "
          + "level 2 (--min fourth)\n"
      )
    }
  }

  @Test(arguments: [
    ("fourth=5", "--min fourth=5: must be between 0 and 4 for Fourth framework"),
    ("fourth=1.5", "--min fourth=1.5: Fourth framework needs a whole level"),
    ("fifth=1", "--min fifth=1: no framework \"fifth\" (frameworks: azure, google, mlts, fourth)"),
    ("fourth", "--min fourth: expected ID=VALUE, e.g. --min azure=1"),
  ])
  func aBadGateIsAUsageErrorThatSaysWhy(gate: String, message: String) throws {
    try CompareCLI.withFolder { folder in
      let result = CompareCLI.run(["score", try first(folder), "--bank", bank, "--min", gate])
      #expect(result.status == 64)
      #expect(result.stderr == "mlmaturity: \(message)\n")
      #expect(result.stdout.isEmpty)
    }
  }
}
