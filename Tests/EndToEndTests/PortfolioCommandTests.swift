import Foundation
import TestSupport
import Testing

@Suite("mlmaturity portfolio: teams side by side")
struct PortfolioCommandTests {
  /// Payments in two subfolders (three rounds), Search one level deeper,
  /// and a hidden folder that must not be read.
  private func organisation(_ folder: String) throws {
    try CompareCLI.copy("old-rubric.json", to: folder, as: "payments/2025/q4.json")
    try CompareCLI.copy("before.json", to: folder, as: "payments/2026/q1.json")
    try CompareCLI.copy("after.json", to: folder, as: "payments/2026/q2.json")
    try CompareCLI.copy("before.json", to: folder, as: "search/ranking/round1.json", team: "Search")
    try CompareCLI.copy("after.json", to: folder, as: ".trash/old.json", team: "Hidden")
  }

  @Test func theTreeIsWalkedAndTheLatestRoundOfEachTeamIsShown() throws {
    try CompareCLI.withFolder { folder in
      try organisation(folder)
      let result = CompareCLI.run(["portfolio", folder])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasPrefix("Portfolio: 2 teams and systems, 4 sessions"))
      #expect(result.stdout.contains("  Payments ML · fraud-scoring  2026-04-20  ▃ 2.0 "))
      #expect(result.stdout.contains("  Search · fraud-scoring       2026-01-15  ▂ 1.0 "))
      #expect(result.stdout.contains("  Payments ML · fraud-scoring  2026-01-15 → 2026-04-20\n"))
      #expect(!result.stdout.contains("Hidden"))
    }
  }

  @Test func everyFormatIsAvailable() throws {
    try CompareCLI.withFolder { folder in
      try organisation(folder)
      let starts = [
        "markdown": "# Portfolio\n", "html": "<!DOCTYPE html>\n", "json": "{\n",
        "csv": "team,system,date,file,sessions,framework,part,",
      ]
      for (format, start) in starts {
        let result = CompareCLI.run(["portfolio", folder, "--format", format])
        #expect(result.status == 0, "\(format): \(result.stderr)")
        #expect(result.stdout.hasPrefix(start), "\(format)")
      }
    }
  }

  @Test func jsonValidatesAgainstTheShippedSchema() throws {
    guard CompareCLI.validatorAvailable() else { return }
    try CompareCLI.withFolder { folder in
      try organisation(folder)
      let result = CompareCLI.run(["portfolio", folder, "--format", "json"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(try CompareCLI.schemaProblems(result.stdout, schema: "portfolio.schema.json").isEmpty)
    }
  }

  @Test func badFilesAreReportedAndLeftOutAndTheRestIsShownWithExit65() throws {
    try CompareCLI.withFolder { folder in
      try organisation(folder)
      try Data("{ not json".utf8).write(to: URL(fileURLWithPath: folder + "/search/broken.json"))
      try Data("[]".utf8).write(to: URL(fileURLWithPath: folder + "/payments/empty.json"))
      let result = CompareCLI.run(["portfolio", folder, "--format", "json"])
      #expect(result.status == 65)
      let warnings = result.stderr.split(separator: "\n")
      #expect(warnings.count == 2)
      #expect(
        warnings.contains { $0.hasPrefix("mlmaturity: skipped \(folder)/search/broken.json: ") }
      )
      #expect(result.stdout.contains("\"sessions\": 4,"))
      #expect(result.stdout.contains("\"file\": \"\(folder)/payments/empty.json\""))
    }
  }

  @Test func aMissingFolderExits66AndSaysWhich() {
    let result = CompareCLI.run(["portfolio", "/nonexistent/teams"])
    #expect(result.status == 66)
    #expect(result.stderr == "mlmaturity: /nonexistent/teams: no such folder\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func aFileInsteadOfAFolderIsRefused() {
    let file = CompareCLI.fixture("before.json")
    let result = CompareCLI.run(["portfolio", file])
    #expect(result.status == 66)
    #expect(result.stderr == "mlmaturity: \(file): is not a folder\n")
  }

  @Test func aFolderWithoutSessionsExits66() throws {
    try CompareCLI.withFolder { folder in
      try Data("notes".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
      let result = CompareCLI.run(["portfolio", folder])
      #expect(result.status == 66)
      #expect(result.stderr.contains("no session files (*.json) in \(folder) or their subfolders"))
    }
  }
}

@Suite("mlmaturity portfolio and trend: the folder walk and the HTML chart")
struct PortfolioWalkTests {
  @Test func aSymbolicLinkLoopIsWalkedOnce() throws {
    try CompareCLI.withFolder { folder in
      try CompareCLI.copy("before.json", to: folder, as: "team/q1.json")
      try FileManager.default.createSymbolicLink(
        atPath: folder + "/team/again",
        withDestinationPath: folder
      )
      let result = CompareCLI.run(["portfolio", folder, "--format", "json"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("\"sessions\": 1,"))
    }
  }

  @Test func trendAsHTMLIsOnePageWithAnSVGChartPerFramework() throws {
    try CompareCLI.withFolder { folder in
      try CompareCLI.copy("before.json", to: folder, as: "q1.json")
      try CompareCLI.copy("after.json", to: folder, as: "q2.json")
      let result = CompareCLI.run(["trend", folder, "--format", "html"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n"))
      #expect(result.stdout.components(separatedBy: "<svg class=\"trend\"").count == 1 + 3)
      #expect(!result.stdout.lowercased().contains("<script"))
      #expect(result.stdout.contains("4/14 → 8/14 (+4) for level 1"))
    }
  }
}
