import Foundation
import TestSupport
import Testing

@Suite("CLI report, hostile text and an installed copy")
struct CLIReportTests {
  /// The worked example answered with `set`, for team `team`.
  func workedExample(in folder: String, team: String = "Search", note: String = "schema in CI")
    throws -> String
  {
    let path = folder + "/team.json"
    let set = CLI.run(
      ["set", path, "--team", team, "--note", "mlts.data.1=\(note)"]
        + CLI.mltsAssignments(data: 4, model: 3, infra: 5, monitor: 1.5),
      in: folder
    )
    try #require(set.status == 0, "\(set.stderr)")
    return path
  }

  @Test("report --format markdown prints results, answers and gaps")
  func markdown() throws {
    try CLI.withFolder { folder in
      let path = try workedExample(in: folder)
      let result = CLI.run(["report", path, "--format", "markdown"], in: folder)
      #expect(result.status == 0)
      #expect(result.stderr == "")
      let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(
        String.init
      )
      #expect(lines.first == "# ML maturity assessment: Team: Search · 2 January 2026")
      #expect(lines.contains("## Results"))
      #expect(
        lines.contains("- **ML Test Score: 1.5 of 7, band 2 (a final score above 1, up to 2)**")
      )
      #expect(lines.contains("### ML Test Score: what blocks the next level"))
      #expect(
        lines.contains {
          $0.hasPrefix("| Feature expectations are captured in a schema | ")
            && $0.hasSuffix(" | schema in CI | `mlts.data.1` |")
        }
      )
      #expect(CLI.run(["report", path], in: folder).stdout == result.stdout)
    }
  }

  @Test("report --format json adds every question to the score document")
  func json() throws {
    try CLI.withFolder { folder in
      let path = try workedExample(in: folder)
      let result = CLI.run(["report", path, "--format", "json"], in: folder)
      #expect(result.status == 0)
      let report = try result.jsonObject()
      #expect(report.number(at: "mlTestScore.final") == 1.5)
      #expect(report.number(at: "mlTestScore.band") == 2)
      let questions = try #require(report["questions"] as? [[String: Any]])
      #expect(questions.count == 26 + 36 + 28)
      let first = try #require(questions.first { $0["id"] as? String == "mlts.data.1" })
      #expect(first["answer"] as? String == "automated")
      #expect(first["note"] as? String == "schema in CI")
      #expect(first["blocksNextLevel"] as? Bool == false)
      let blocking = questions.filter {
        ($0["id"] as? String)?.hasPrefix("mlts.") == true && $0["blocksNextLevel"] as? Bool == true
      }
      #expect(blocking.map { $0["id"] as? String } == (2...7).map { "mlts.monitor.\($0)" })
    }
  }

  @Test(
    "report -o writes the report to a file and nothing to stdout",
    arguments: ["markdown", "json"]
  )
  func outputFile(format: String) throws {
    try CLI.withFolder { folder in
      let path = try workedExample(in: folder)
      let out = folder + "/out/report.txt"
      try FileManager.default.createDirectory(
        atPath: folder + "/out",
        withIntermediateDirectories: false
      )
      let result = CLI.run(["report", path, "--format", format, "-o", out], in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout == "")
      let printed = CLI.run(["report", path, "--format", format], in: folder).stdout
      #expect(CLI.bytes(of: out) == Array(printed.utf8))
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: folder + "/out") == ["report.txt"]
      )
    }
  }

  static let hostileTeam = "Evil\u{1B}[2J\u{1B}]52;c;aGk=\u{7}Team\rX"
  static let hostileNote = "note\u{1B}[31mred\u{7}\u{1B}]0;title\u{1B}\\ \r\u{9B}31m"

  @Test(
    "hostile text in team and notes is shown escaped, never raw",
    arguments: [
      ["score"], ["score", "--json"], ["report"], ["report", "--format", "json"], ["validate"],
    ]
  )
  func hostileText(command: [String]) throws {
    try CLI.withFolder { folder in
      let path = try workedExample(in: folder, team: Self.hostileTeam, note: Self.hostileNote)
      var arguments = command
      arguments.insert(path, at: 1)
      let result = CLI.run(arguments, in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      let bytes = Array((result.stdout + result.stderr).utf8)
      #expect(!bytes.contains(0x1B), "raw ESC in \(command)")
      #expect(!bytes.contains(0x07), "raw BEL in \(command)")
      #expect(!bytes.contains(0x0D), "raw CR in \(command)")
      #expect(!result.stdout.unicodeScalars.contains("\u{9B}"), "raw CSI in \(command)")
      if command.contains(where: { $0.hasSuffix("json") }) {
        // JSON keeps the text, escaped the JSON way.
        #expect(result.stdout.contains(#"Evil\u001b[2J\u001b]52;c;aGk=\u0007Team\rX"#))
        let document = try result.jsonObject()
        #expect(document.at("session.team") as? String == Self.hostileTeam)
      } else if command != ["validate"] {
        // Text and Markdown show caret notation; Markdown also puts a
        // backslash before brackets, which is left out here.
        let shown = result.stdout.replacingOccurrences(of: "\\", with: "")
        #expect(shown.contains("Evil^[[2J^[]52;c;aGk=^GTeam^MX"), "\(result.stdout.prefix(300))")
      }
    }
  }

  @Test("report -o never writes raw control characters into a Markdown file")
  func hostileMarkdownFile() throws {
    try CLI.withFolder { folder in
      let path = try workedExample(in: folder, team: Self.hostileTeam, note: Self.hostileNote)
      let out = folder + "/report.md"
      #expect(CLI.run(["report", path, "-o", out], in: folder).status == 0)
      let bytes = try #require(CLI.bytes(of: out))
      #expect(!bytes.contains(0x1B) && !bytes.contains(0x07) && !bytes.contains(0x0D))
      #expect(String(decoding: bytes, as: UTF8.self).contains("^G"))
    }
  }

  @Test("score --json gives back a team name with characters a terminal cannot show")
  func unprintableTextInJSON() throws {
    try CLI.withFolder { folder in
      let team = "Team \u{378}\u{E000}"
      let path = try workedExample(in: folder, team: team)
      let result = CLI.run(["score", path, "--json"], in: folder)
      #expect(result.status == 0)
      let document = try result.jsonObject()
      #expect(document.at("session.team") as? String == team)
    }
  }

  @Test("an installed copy of the binary works away from the checkout")
  func installedCopy() throws {
    try CLI.withFolder { folder in
      let copy = folder + "/bin/mlmaturity"
      try FileManager.default.createDirectory(
        atPath: folder + "/bin",
        withIntermediateDirectories: false
      )
      // Copied by `cp`, so no process spawned meanwhile by a parallel test
      // can inherit a descriptor open for writing on the copy (ETXTBSY);
      // the retry covers anything else holding it briefly.
      let cp = ProcessRunner.run("cp", [CLI.binary, copy])
      try #require(cp.status == 0, "\(cp.stderr)")
      var result = CLI.run(
        ["frameworks", "--json"],
        in: folder,
        binary: copy,
        currentDirectory: "/"
      )
      for _ in 0..<50 where result.status == 127 && result.stderr.contains("busy") {
        usleep(100_000)
        result = CLI.run(["frameworks", "--json"], in: folder, binary: copy, currentDirectory: "/")
      }
      #expect(result.status == 0, "\(result.stderr)")
      #expect(try result.jsonArray().map { $0["id"] as? String } == ["azure", "google", "mlts"])
      let text = CLI.run(["frameworks"], in: folder, binary: copy, currentDirectory: "/")
      #expect(text.stdout.contains("mlts  1.2.0  ML Test Score: 28 questions in 4 sections"))
      let session = folder + "/s.json"
      #expect(
        CLI.run(
          ["set", session, "mlts.data.1=automated"],
          in: folder,
          binary: copy,
          currentDirectory: "/"
        ).status == 0
      )
      #expect(
        CLI.run(["score", session, "--json"], in: folder, binary: copy, currentDirectory: "/")
          .status == 0
      )
    }
  }
}
