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

  @Test("score --json with another --format is refused rather than one of them ignored")
  func jsonFlagAndFormatConflict() throws {
    try CLI.withFolder { folder in
      let path = try session(in: folder)
      let result = CLI.run(["score", path, "--json", "--format", "text"], in: folder)
      #expect(result.status == 64)
      #expect(result.stderr.contains("--json is --format json"), "\(result.stderr)")
    }
  }

  @Test("every document command takes -o: diff and score write the file, never over an input")
  func everyCommandTakesOutput() throws {
    try CLI.withFolder { folder in
      let path = try session(in: folder)
      let diff = CLI.run(["diff", path, path, "--format", "markdown", "-o", "d.md"], in: folder)
      #expect(diff.status == 0, "\(diff.stderr)")
      #expect(diff.stdout == "")
      let printed = CLI.run(["diff", path, path, "--format", "markdown"], in: folder).stdout
      #expect(
        CLI.bytes(of: folder + "/d.md").map { String(decoding: $0, as: UTF8.self) } == printed
      )
      let score = CLI.run(["score", path, "--json", "-o", "s-score.json"], in: folder)
      #expect(score.status == 0, "\(score.stderr)")
      #expect(CLI.bytes(of: folder + "/s-score.json")?.first == UInt8(ascii: "{"))
      let before = CLI.bytes(of: path)
      #expect(CLI.run(["diff", path, path, "-o", path], in: folder).status == 64)
      #expect(CLI.run(["score", path, "-o", path], in: folder).status == 64)
      #expect(CLI.bytes(of: path) == before)
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
