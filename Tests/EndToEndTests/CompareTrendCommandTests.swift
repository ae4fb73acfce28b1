import Foundation
import TestSupport
import Testing

@Suite("mlmaturity trend: many sessions over time")
struct CompareTrendCommandTests {
  /// A folder with three Payments sessions (out of date order by name) and
  /// one Search session.
  private func history(_ folder: String) throws {
    try CompareCLI.copy("after.json", to: folder, as: "a.json")
    try CompareCLI.copy("before.json", to: folder, as: "b.json")
    try CompareCLI.copy("old-rubric.json", to: folder, as: "c.json")
    try CompareCLI.copy("before.json", to: folder, as: "search.json", team: "Search")
  }

  @Test func aFolderIsGroupedByTeamAndOrderedByDate() throws {
    try CompareCLI.withFolder { folder in
      try history(folder)
      let result = CompareCLI.run(["trend", folder])
      #expect(result.status == 0, "\(result.stderr)")
      let text = result.stdout
      #expect(text.hasPrefix("Payments ML · fraud-scoring: 3 sessions, 2025-10-01 to 2026-04-20\n"))
      #expect(text.contains("\n\nSearch · fraud-scoring: 1 session, 2026-01-15\n"))
      #expect(text.contains("  ML Test Score  ▂▂▃  1.0 → 2.0 (+1.0)\n"))
      #expect(text.contains("  Azure MLOps maturity  ▁▁▃  level 0 → 1 (+1)\n"))
      let order = ["/c.json", "/b.json", "/a.json"].compactMap { text.range(of: $0)?.lowerBound }
      #expect(order.count == 3 && order == order.sorted())
    }
  }

  @Test func jsonValidatesAgainstTheShippedSchema() throws {
    guard CompareCLI.validatorAvailable() else { return }
    try CompareCLI.withFolder { folder in
      try history(folder)
      let result = CompareCLI.run(["trend", folder, "--format", "json"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(try CompareCLI.schemaProblems(result.stdout, schema: "trend.schema.json").isEmpty)
      #expect(result.stdout.contains("\"sparkline\": \"▂▂▃\""))
    }
  }

  @Test func csvHasAHeaderAndARowPerSessionAndFrameworkWithCRLFRecordEnds() throws {
    try CompareCLI.withFolder { folder in
      try history(folder)
      let result = CompareCLI.run(["trend", folder, "--format", "csv"])
      let lines = result.stdout.split(separator: "\r\n")
      #expect(lines.first?.hasPrefix("team,system,date,") == true)
      #expect(lines.count == 1 + 4 * 3)
    }
  }

  @Test func markdownIsAvailable() throws {
    try CompareCLI.withFolder { folder in
      try history(folder)
      let result = CompareCLI.run(["trend", folder, "--format", "markdown"])
      #expect(result.stdout.hasPrefix("# Maturity over time\n"))
      #expect(result.stdout.contains("| Date | Result | File |"))
    }
  }

  @Test func filesAndFoldersMix() throws {
    try CompareCLI.withFolder { folder in
      try CompareCLI.copy("before.json", to: folder, as: "one.json")
      let result = CompareCLI.run(["trend", folder + "/", CompareCLI.fixture("after.json")])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("2 sessions, 2026-01-15 to 2026-04-20"))
    }
  }

  @Test func aBadFileIsReportedAndLeftOutAndTheRestIsShown() throws {
    try CompareCLI.withFolder { folder in
      try history(folder)
      try Data("{ not json".utf8).write(to: URL(fileURLWithPath: folder + "/broken.json"))
      try Data("ignored".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
      let result = CompareCLI.run(["trend", folder, "--format", "json"])
      #expect(result.status == 65)
      #expect(
        result.stderr.hasPrefix("mlmaturity: skipped \(folder)/broken.json: line 1, column 3: ")
      )
      #expect(result.stdout.contains("\"sessions\": 4,"))
      #expect(result.stdout.contains("\"file\": \"\(folder)/broken.json\""))
    }
  }

  @Test func aFolderWithoutSessionsExits66() throws {
    try CompareCLI.withFolder { folder in
      let result = CompareCLI.run(["trend", folder])
      #expect(result.status == 66)
      #expect(result.stderr.contains("no session files (*.json)"))
    }
  }

  @Test func aMissingNamedFileExits66AfterShowingTheOthers() {
    let result = CompareCLI.run(["trend", CompareCLI.fixture("before.json"), "/nonexistent.json"])
    #expect(result.status == 66)
    #expect(result.stdout.contains("1 session, 2026-01-15"))
  }

  /// Speed is measured in `bench/`, never asserted here: this checks that a
  /// folder of 500 sessions of 25 teams is read in full.
  @Test func fiveHundredSessionsOfTwentyFiveTeamsAreAllListed() throws {
    try CompareCLI.withFolder { folder in
      let template = try String(contentsOfFile: CompareCLI.fixture("before.json"), encoding: .utf8)
      for index in 0..<500 {
        let text = template.replacingOccurrences(
          of: "\"Payments ML\"",
          with: "\"Team \(index % 25)\""
        )
        .replacingOccurrences(of: "2026-01-15\"", with: "2026-01-\(10 + index % 19)\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/s\(index).json"))
      }
      let result = CompareCLI.run(["trend", folder, "--format", "csv"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.split(separator: "\r\n").count == 1 + 500 * 3)
    }
  }
}
