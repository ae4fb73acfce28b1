import Foundation
import TestSupport
import Testing

@Suite("CLI --format: one list of formats for every document command")
struct CLIDocumentFormatTests {
  /// A session answered with `set`.
  func session(in folder: String) throws -> String {
    let path = folder + "/s.json"
    let set = CLI.run(
      ["set", path, "--team", "Search"]
        + CLI.mltsAssignments(data: 4, model: 3, infra: 5, monitor: 1.5),
      in: folder
    )
    try #require(set.status == 0, "\(set.stderr)")
    return path
  }

  @Test(
    "a format a command cannot write exits 64 and names the ones it can",
    arguments: [
      (
        ["report", "s.json", "--format", "yaml"],
        "report can be written as markdown, html, csv, json, summary or summary-markdown"
      ),
      (
        ["backlog", "s.json", "--format", "html"],
        "backlog can be written as markdown, csv, github-csv, jira-csv or json"
      ),
      (["score", "s.json", "--format", "csv"], "score can be written as text or json"),
      (
        ["diff", "s.json", "s.json", "--format", "csv"],
        "diff can be written as text, markdown or json"
      ),
      (
        ["trend", "s.json", "--format", "github-csv"],
        "trend can be written as text, markdown, html, csv or json"
      ),
    ]
  )
  func unfittingFormat(arguments: [String], expected: String) throws {
    try CLI.withFolder { folder in
      _ = try session(in: folder)
      let result = CLI.run(arguments, in: folder)
      #expect(result.status == 64)
      #expect(result.stdout == "")
      #expect(result.stderr.contains(expected), "\(result.stderr)")
    }
  }

  @Test("score --format json is score --json, and text stays the default")
  func scoreFormat() throws {
    try CLI.withFolder { folder in
      let path = try session(in: folder)
      let flag = CLI.run(["score", path, "--json"], in: folder)
      let option = CLI.run(["score", path, "--format", "json"], in: folder)
      #expect(flag.status == 0)
      #expect(option.stdout == flag.stdout)
      #expect(option.stdout.hasPrefix("{"))
      let text = CLI.run(["score", path, "--format", "text"], in: folder)
      #expect(text.stdout == CLI.run(["score", path], in: folder).stdout)
      #expect(!text.stdout.hasPrefix("{"))
    }
  }

  @Test("--help lists each command's formats")
  func helpListsFormats() throws {
    try CLI.withFolder { folder in
      let help = CLI.run(["backlog", "--help"], in: folder).stdout
      #expect(help.contains("markdown, csv, github-csv, jira-csv or json."))
      #expect(CLI.run(["score", "--help"], in: folder).stdout.contains("text or json."))
    }
  }
}
