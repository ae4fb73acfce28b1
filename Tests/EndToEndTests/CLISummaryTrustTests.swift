import Foundation
import TestSupport
import Testing

/// Cold-test findings from the command line: `report --format summary`,
/// `backlog` filters and `new --from`.
@Suite("CLI: summary rounds, backlog filters, next-round dates")
struct CLISummaryTrustTests {
  static let rounds = ["platform-2026-06.json", "platform-2026-09.json", "platform-2026-12.json"]

  /// Copies the platform team's three rounds into `folder`.
  func copyRounds(to folder: String) throws {
    for name in Self.rounds {
      try FileManager.default.copyItem(
        atPath: ReportRendering.fixture("summary/\(name)"),
        toPath: "\(folder)/\(name)"
      )
    }
  }

  // Issue 15, cold test 2.
  @Test(
    "--previous naming the same or a later round is refused, naming both dates",
    arguments: [
      ("platform-2026-12.json", "of 2026-12-01, not before this session's 2026-09-15"),
      ("same-day.json", "of 2026-09-15, not before this session's 2026-09-15"),
    ]
  )
  func previousMustBeEarlier(name: String, message: String) throws {
    try CLI.withFolder { folder in
      try copyRounds(to: folder)
      var copy = try String(contentsOfFile: "\(folder)/platform-2026-09.json", encoding: .utf8)
      copy = copy.replacingOccurrences(of: "07:34:43Z", with: "06:00:00Z")
      try CLI.write(copy, to: "\(folder)/same-day.json")
      let result = CLI.run(
        [
          "report", "platform-2026-09.json", "--format", "summary", "--previous", name, "-o",
          "out.html",
        ],
        in: folder
      )
      #expect(result.status == 64)
      #expect(result.stderrLines.count == 1, "\(result.stderr)")
      #expect(result.stderr.hasPrefix("mlmaturity: \(name): --previous: "), "\(result.stderr)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: folder + "/out.html"))
    }
  }

  // Issue 15, cold test 1.
  @Test("-o over a later round of the team is refused, though the summary leaves it out")
  func laterRoundIsStillAnInput() throws {
    try CLI.withFolder { folder in
      try copyRounds(to: folder)
      let before = CLI.bytes(of: "\(folder)/platform-2026-12.json")
      let result = CLI.run(
        [
          "report", "platform-2026-09.json", "--format", "summary", "-o", "platform-2026-12.json",
        ],
        in: folder
      )
      #expect(result.status == 64, "\(result.stderr)")
      #expect(CLI.bytes(of: "\(folder)/platform-2026-12.json") == before)
    }
  }

  // Issue 15, cold test 3.
  @Test("files in the folder that cannot be read are named on the summary, inert")
  func skippedFilesAreNamed() throws {
    try CLI.withFolder { folder in
      try copyRounds(to: folder)
      try CLI.write("{ not a session", to: folder + "/broken.json")
      try CLI.write("{ \"formatVersion\": 1 ", to: folder + "/bad\u{1B}[31m.json")
      let result = CLI.run(
        ["report", "platform-2026-12.json", "--format", "summary-markdown"],
        in: folder
      )
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("2 files in this folder were skipped"), "\(result.stdout)")
      #expect(result.stdout.contains("broken.json (line 1, column 3"), "\(result.stdout)")
      #expect(!result.stdout.contains("\u{1B}"))
      let html = CLI.run(["report", "platform-2026-12.json", "--format", "summary"], in: folder)
      #expect(html.stdout.contains("2 files in this folder were skipped"))
      #expect(!html.stdout.contains("\u{1B}"))
    }
  }

  static let fixture = CompareCLI.repository
    .appendingPathComponent("Tests/Fixtures/workshop/team-search.json").path

  // Issue 15, cold test 7.
  @Test("filters keep the gap counts of the whole backlog and say what they show")
  func filtersKeepTheGapCounts() throws {
    try CLI.withFolder { folder in
      let all = CLI.run(["backlog", Self.fixture], in: folder)
      let limited = CLI.run(["backlog", Self.fixture, "--limit", "1"], in: folder)
      #expect(limited.status == 0, "\(limited.stderr)")
      let gapLines = { (text: String) in
        text.split(separator: "\n").filter { $0.hasPrefix("- ") && $0.contains(" close the gap") }
      }
      #expect(gapLines(all.stdout) == gapLines(limited.stdout), "\(limited.stdout)")
      #expect(limited.stdout.contains("Showing 1 of "), "\(limited.stdout)")
      let json = CLI.run(["backlog", Self.fixture, "--format", "json"], in: folder)
      let limitedJSON = CLI.run(
        ["backlog", Self.fixture, "--format", "json", "--owner", "Nobody"],
        in: folder
      )
      let counts = { (text: String) in
        text.matches(of: /"closingActions" ?: ?(\d+)/).map { $0.output.1 }
      }
      #expect(counts(json.stdout) == counts(limitedJSON.stdout))
      #expect(!counts(json.stdout).isEmpty)
      let nobody = CLI.run(["backlog", Self.fixture, "--owner", "Nobody"], in: folder)
      #expect(nobody.status == 0, "\(nobody.stderr)")
      #expect(nobody.stdout.contains("No actions for owner Nobody"), "\(nobody.stdout)")
      #expect(!nobody.stdout.contains("most mature"))
    }
  }

  // Issue 15, cold test 11.
  @Test("--limit -1 reaches the range check instead of reading as a missing value")
  func negativeLimit() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["backlog", Self.fixture, "--limit", "-1"], in: folder)
      #expect(result.status == 64)
      #expect(result.stderr.contains("--limit -1: takes a number from 1"), "\(result.stderr)")
      #expect(!result.stderr.contains("Missing value"), "\(result.stderr)")
    }
  }

  // Issue 15, cold test 12.
  @Test(
    "new --from with a --date not after the earlier round is refused and writes nothing",
    arguments: ["2026-11-30", "2026-12-01"]
  )
  func nextRoundMustBeLater(date: String) throws {
    try CLI.withFolder { folder in
      try copyRounds(to: folder)
      let result = CLI.run(
        [
          "new", "--from", "platform-2026-12.json", "--date", date, "--file", "next.json",
          "--plain",
        ],
        in: folder,
        stdin: "q\n"
      )
      #expect(result.status == 64)
      #expect(
        result.stderr.contains("--date \(date) is not after the earlier round's 2026-12-01"),
        "\(result.stderr)"
      )
      #expect(!FileManager.default.fileExists(atPath: folder + "/next.json"))
      let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      #expect(Set(names) == Set(Self.rounds))
    }
  }
}
