import Foundation
import Testing

@Suite("CLI errors: exit codes 64, 65, 66, 74 with one line naming the file, files untouched")
struct CLIErrorTests {
  /// A valid session written by `set`, with its path and bytes.
  func validSession(in folder: String, name: String = "team.json") throws -> (
    path: String, bytes: [UInt8]
  ) {
    let path = folder + "/" + name
    let set = CLI.run(
      ["set", path, "mlts.data.1=manual", "--note", "mlts.data.1=kept"],
      in: folder
    )
    try #require(set.status == 0, "\(set.stderr)")
    return (path, try #require(CLI.bytes(of: path)))
  }

  @Test("set with an unknown question id exits 64 and leaves the file unchanged")
  func setUnknownID() throws {
    try CLI.withFolder { folder in
      let (path, before) = try validSession(in: folder)
      let result = CLI.run(["set", path, "mlts.data.99=manual"], in: folder)
      #expect(result.status == 64)
      #expect(
        result.stderr
          == "mlmaturity: unknown question id \"mlts.data.99\" (run `mlmaturity questions --framework mlts` for its ids)\n"
      )
      #expect(CLI.bytes(of: path) == before)
      let other = CLI.run(["set", path, "custom.x=1"], in: folder)
      #expect(other.status == 64)
      #expect(
        other.stderr
          == "mlmaturity: unknown question id \"custom.x\" (known frameworks: azure, google, mlts)\n"
      )
      #expect(CLI.bytes(of: path) == before)
    }
  }

  @Test("set with an answer the question does not allow exits 64 naming the allowed answers")
  func setUnknownAnswer() throws {
    try CLI.withFolder { folder in
      let (path, before) = try validSession(in: folder)
      let result = CLI.run(
        ["set", path, "mlts.data.2=automated", "mlts.data.1=sometimes"],
        in: folder
      )
      #expect(result.status == 64)
      #expect(
        result.stderr
          == "mlmaturity: \"sometimes\" is not an answer to mlts.data.1 (allowed: none, manual, automated, n/a)\n"
      )
      #expect(CLI.bytes(of: path) == before)
      let google = CLI.run(["set", path, "google.l1.metadata=maybe"], in: folder)
      #expect(google.status == 64)
      #expect(
        google.stderr
          == "mlmaturity: \"maybe\" is not an answer to google.l1.metadata (allowed: no, partly, yes, n/a)\n"
      )
      #expect(CLI.bytes(of: path) == before)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["team.json"])
    }
  }

  @Test("a set that fails creates no file")
  func failedSetCreatesNothing() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["set", folder + "/new.json", "mlts.data.1=often"], in: folder)
      #expect(result.status == 64)
      #expect(!FileManager.default.fileExists(atPath: folder + "/new.json"))
    }
  }

  @Test("set without ID=ANSWER is a usage error")
  func setMalformedAssignment() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["set", folder + "/team.json", "mlts.data.1"], in: folder)
      #expect(result.status == 64)
      #expect(result.stderr == "mlmaturity: expected ID=ANSWER, found \"mlts.data.1\"\n")
    }
  }

  @Test(
    "score of a bad file exits 65 with one line naming the file, line, column and field",
    arguments: [
      (
        #"{"formatVersion": 1, "team": 5}"#,
        "line 1, column 30: team: expected a string, found a number"
      ),
      (
        #"{"formatVersion": 1, "team": "A""#,
        "line 1, column 33: unexpected end of file; expected ',' or '}'"
      ),
      (
        #"{"formatVersion": 2}"#,
        "line 1, column 19: formatVersion: made by a newer mlmaturity (session format 2; this version reads format 1); "
          + "upgrade mlmaturity to open it"
      ),
      ("", "line 1, column 1: the file is empty; expected a JSON value"),
    ]
  )
  func scoreBadFile(text: String, message: String) throws {
    try CLI.withFolder { folder in
      let path = folder + "/bad.json"
      try CLI.write(text, to: path)
      for arguments in [
        ["score", path], ["score", path, "--json"], ["report", path],
        ["set", path, "mlts.data.1=none"],
      ] {
        let result = CLI.run(arguments, in: folder)
        #expect(result.status == 65, "\(arguments)")
        #expect(result.stdout == "", "\(arguments)")
        #expect(result.stderr == "mlmaturity: \(path): \(message)\n", "\(arguments)")
        #expect(CLI.bytes(of: path) == Array(text.utf8), "\(arguments)")
      }
    }
  }

  @Test("an error about a key with a line break is still one line on stderr")
  func keyWithLineBreak() throws {
    try CLI.withFolder { folder in
      let path = folder + "/bad.json"
      try CLI.write(#"{"formatVersion": 1, "answers": {"x\ny": 5}}"#, to: path)
      let result = CLI.run(["score", path], in: folder)
      #expect(result.status == 65)
      #expect(
        result.stderr
          == #"mlmaturity: \#(path): line 1, column 42: answers."x\ny": expected an object, found a number"#
          + "\n"
      )
    }
  }

  @Test("score of a missing file exits 66")
  func scoreMissingFile() throws {
    try CLI.withFolder { folder in
      let path = folder + "/none.json"
      let result = CLI.run(["score", path], in: folder)
      #expect(result.status == 66)
      #expect(result.stdout == "")
      #expect(result.stderr == "mlmaturity: \(path): cannot open: no such file or folder\n")
      #expect(!FileManager.default.fileExists(atPath: path))
    }
  }

  @Test("score of a folder exits 74")
  func scoreFolder() throws {
    try CLI.withFolder { folder in
      let path = folder + "/dir.json"
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      let result = CLI.run(["score", path], in: folder)
      #expect(result.status == 74)
      #expect(result.stderr == "mlmaturity: \(path): is a folder, not a file\n")
    }
  }

  @Test("validate passes good files and reports every bad one, exiting 65")
  func validate() throws {
    try CLI.withFolder { folder in
      let (good, _) = try validSession(in: folder)
      let ok = CLI.run(["validate", good], in: folder)
      #expect(ok.status == 0)
      #expect(ok.stdout == "\(good): ok\n1 file valid\n")
      #expect(ok.stderr == "")

      let bad = folder + "/bad.json"
      try CLI.write(#"{"formatVersion": 1, "team": 5}"#, to: bad)
      let worse = folder + "/worse.json"
      try CLI.write(#"{"formatVersion": 1, "date": "soon"}"#, to: worse)
      let result = CLI.run(["validate", good, bad, worse], in: folder)
      #expect(result.status == 65)
      #expect(result.stdout == "\(good): ok\n")
      #expect(
        result.stderrLines == [
          "\(bad): line 1, column 30: team: expected a string, found a number",
          "\(worse): line 1, column 30: date: expected a date like 2026-11-26, found \"soon\"",
        ]
      )
    }
  }

  @Test("validate reports answers no bank has, and a missing file wins with exit 66")
  func validateWarningsAndMissing() throws {
    try CLI.withFolder { folder in
      let orphan = folder + "/orphan.json"
      try CLI.write(
        #"{"formatVersion": 1, "frameworks": ["mlts"], "answers": {"gone.q": {"value": "x"}}}"#,
        to: orphan
      )
      let result = CLI.run(["validate", orphan], in: folder)
      #expect(result.status == 65)
      #expect(
        result.stderrLines == [
          "\(orphan): 1 answer to questions no bank has (kept in the file, not scored): gone.q"
        ]
      )
      let missing = folder + "/none.json"
      let both = CLI.run(["validate", orphan, missing], in: folder)
      #expect(both.status == 66)
      #expect(both.stderrLines.last == "\(missing): cannot open: no such file or folder")
    }
  }

  @Test("validate checks bank files too")
  func validateBank() throws {
    try CLI.withFolder { folder in
      let bank = folder + "/bank.json"
      try CLI.write(#"{"format": 1, "id": "Bad", "sections": []}"#, to: bank)
      let result = CLI.run(["validate", bank], in: folder)
      #expect(result.status == 65)
      #expect(
        result.stderrLines == [
          "\(bank): line 1, column 21: id: \"Bad\" is not a valid id (lower-case letters, digits and '-', starting with a letter)"
        ]
      )
    }
  }
}

@Suite("set checks what it writes with the reader's rules")
struct SetCheckTests {
  @Test("set --evidence with 2026-02-30 exits 64, and the file still opens")
  func anImpossibleEvidenceDateIsRefused() throws {
    try CLI.withFolder { folder in
      let path = folder + "/s.json"
      let result = CLI.run(
        ["set", path, "mlts.data.1=manual", "--evidence", "mlts.data.1=wiki | Zoë | 2026-02-30"],
        in: folder
      )
      #expect(result.status == 64)
      #expect(result.stderr.contains("expected a date like 2026-11-26"))
      #expect(!FileManager.default.fileExists(atPath: path))
    }
  }

  @Test(
    "repeated set --note/--rationale/--dissent stop before the file passes 8 MiB; it still opens"
  )
  func aSessionCannotGrowPastTheLimit() throws {
    try CLI.withFolder { folder in
      let path = folder + "/s.json"
      let text = String(repeating: "x", count: 120_000)
      let ids = ["data", "model", "infra", "monitor"].flatMap { section in
        (1...7).map { "mlts.\(section).\($0)" }
      }
      let entries = ids.flatMap { id in
        ["--note", "--rationale", "--dissent"].map { ($0, "\(id)=\(text)") }
      }
      var refused: CLIResult?
      for start in stride(from: 0, to: entries.count, by: 12) {
        let batch = entries[start..<min(start + 12, entries.count)]
        let result = CLI.run(["set", path] + batch.flatMap { [$0.0, $0.1] }, in: folder)
        if result.status != 0 {
          refused = result
          break
        }
      }
      let result = try #require(refused, "set never refused to grow the file")
      #expect(result.status == 64)
      #expect(result.stderr.contains("past the limit of 8 MiB"))
      #expect(CLI.run(["score", path], in: folder).status == 0)
    }
  }

  @Test("answering a voted question differently with set records what was agreed")
  func setRecordsAChangeAfterTheVote() throws {
    try CLI.withFolder { folder in
      let path = folder + "/s.json"
      let vote = CLI.run(
        [
          "set", path, "mlts.data.1=none", "--vote", "mlts.data.1:Ana=none",
          "--rationale", "mlts.data.1=nothing runs",
        ],
        in: folder
      )
      #expect(vote.status == 0)
      #expect(CLI.run(["set", path, "mlts.data.1=automated"], in: folder).status == 0)

      let report = CLI.run(["report", path, "--format", "markdown"], in: folder)

      #expect(report.stdout.contains("changed after the vote (agreed: Not done)"))
    }
  }
}
