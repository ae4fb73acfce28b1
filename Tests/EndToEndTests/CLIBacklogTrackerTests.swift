import Foundation
import TestSupport
import Testing

/// `backlog` filters and tracker formats from the command line.
@Suite("CLI backlog: filters and tracker formats")
struct CLIBacklogTrackerTests {
  static let fixture = CompareCLI.repository
    .appendingPathComponent("Tests/Fixtures/workshop/team-search.json").path

  @Test("--targets-only --format jira-csv gives one Jira row per target-gap action")
  func targetsOnlyJira() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(
        ["backlog", Self.fixture, "--targets-only", "--format", "jira-csv"],
        in: folder
      )
      #expect(result.status == 0, "\(result.stderr)")
      let lines = result.stdout.components(separatedBy: "\r\n").filter {
        $0.hasPrefix("ML Test Score:") || $0.hasPrefix("Azure MLOps")
          || $0.hasPrefix("Google Cloud")
      }
      #expect(lines.count == 9)
    }
  }

  // Cold test: `--owner bo` said "No actions for owner bo." for Bo.
  @Test("--owner matches in any case and names the owner as the session writes it")
  func ownerInAnyCase() throws {
    try CLI.withFolder { folder in
      let chen = CLI.run(["backlog", Self.fixture, "--owner", "chen"], in: folder)
      #expect(chen.status == 0, "\(chen.stderr)")
      #expect(chen.stdout.contains("## Chen"), "\(chen.stdout)")
      #expect(chen.stdout.contains("Showing 2 of "), "\(chen.stdout)")
      #expect(chen.stdout.contains(": owner Chen"), "\(chen.stdout)")
    }
  }

  @Test(
    "--owner, --limit and --framework narrow the Markdown; a framework not in the session is refused"
  )
  func narrowing() throws {
    try CLI.withFolder { folder in
      let chen = CLI.run(["backlog", Self.fixture, "--owner", "Chen"], in: folder)
      #expect(chen.stdout.contains("## Chen"))
      #expect(!chen.stdout.contains("## Dev"))
      let two = CLI.run(
        ["backlog", Self.fixture, "--limit", "2", "--format", "github-csv"],
        in: folder
      )
      #expect(two.stdout.hasPrefix("title,body,labels,assignees,milestone\r\n"))
      #expect(two.stdout.components(separatedBy: "\r\nML Test Score:").count == 3)
      let wrong = CLI.run(["backlog", Self.fixture, "--framework", "nope"], in: folder)
      #expect(wrong.status == 64)
      #expect(wrong.stderr.contains("--framework nope: not in this session"))
      let zero = CLI.run(["backlog", Self.fixture, "--limit", "0"], in: folder)
      #expect(zero.status == 64)
    }
  }
}
