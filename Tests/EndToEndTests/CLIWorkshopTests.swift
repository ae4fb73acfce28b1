import Foundation
import Testing

/// The session file at `path` parsed as a JSON object.
private func sessionObject(_ path: String) throws -> [String: Any] {
  let bytes = try #require(CLI.bytes(of: path), "no file at \(path)")
  let value = try JSONSerialization.jsonObject(with: Data(bytes))
  return try #require(value as? [String: Any])
}

@Suite("CLI: set with workshop fields, backlog CSV")
struct CLIWorkshopTests {
  @Test("set ID=n/a without --reason fails with usage naming --reason")
  func notApplicableNeedsReason() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["set", "s.json", "mlts.data.5=n/a"], in: folder)
      #expect(result.status == 64)
      #expect(result.stderr.contains("--reason"))
      #expect(CLI.bytes(of: folder + "/s.json") == nil)
    }
  }

  @Test("set ID=n/a with --reason stores the value and the reason")
  func notApplicableWithReason() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(
        ["set", "s.json", "mlts.data.5=n/a", "--reason", "mlts.data.5=no personal data"],
        in: folder
      )
      #expect(result.status == 0, "\(result.stderr)")
      let answers = try #require(try sessionObject(folder + "/s.json")["answers"] as? [String: Any])
      let entry = try #require(answers["mlts.data.5"] as? [String: Any])
      #expect(entry["value"] as? String == "n/a")
      #expect(entry["notApplicable"] as? String == "no personal data")
    }
  }

  @Test("--vote stores each participant's vote and adds them as participants")
  func votes() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(
        [
          "set", "s.json", "--vote", "mlts.data.1:Ana=manual", "--vote", "mlts.data.1:Bo=automated",
        ],
        in: folder
      )
      #expect(result.status == 0, "\(result.stderr)")
      let object = try sessionObject(folder + "/s.json")
      let answers = try #require(object["answers"] as? [String: Any])
      let entry = try #require(answers["mlts.data.1"] as? [String: Any])
      #expect(entry["votes"] as? [String: String] == ["Ana": "manual", "Bo": "automated"])
      #expect(entry["value"] == nil)
      #expect(object["participants"] as? [String] == ["Ana", "Bo"])
    }
  }

  @Test("--vote with an unknown answer fails naming the allowed answers")
  func bogusVote() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["set", "s.json", "--vote", "mlts.data.1:Ana=bogus"], in: folder)
      #expect(result.status == 64)
      #expect(result.stderr.contains("none"))
      #expect(result.stderr.contains("manual"))
      #expect(result.stderr.contains("automated"))
      #expect(result.stderr.contains("bogus"))
    }
  }

  @Test("--evidence appends LINK | OWNER | DATE to the answer's evidence")
  func evidence() throws {
    try CLI.withFolder { folder in
      let first = CLI.run(
        ["set", "s.json", "--evidence", "mlts.data.1=https://x | Bo | 2025-11-20"],
        in: folder
      )
      #expect(first.status == 0, "\(first.stderr)")
      let second = CLI.run(["set", "s.json", "--evidence", "mlts.data.1=docs/a.md"], in: folder)
      #expect(second.status == 0, "\(second.stderr)")
      let answers = try #require(try sessionObject(folder + "/s.json")["answers"] as? [String: Any])
      let entry = try #require(answers["mlts.data.1"] as? [String: Any])
      let evidence = try #require(entry["evidence"] as? [[String: String]])
      #expect(
        evidence == [
          ["reference": "https://x", "owner": "Bo", "verified": "2025-11-20"],
          ["reference": "docs/a.md"],
        ]
      )
    }
  }

  @Test("--evidence with a bad date fails with usage")
  func evidenceBadDate() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(
        ["set", "s.json", "--evidence", "mlts.data.1=https://x | Bo | 20-11-2026"],
        in: folder
      )
      #expect(result.status == 64)
      #expect(result.stderr.contains("20-11-2026"))
    }
  }

  @Test("--confidence other than assumed or verified fails with usage")
  func badConfidence() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["set", "s.json", "--confidence", "mlts.data.1=sure"], in: folder)
      #expect(result.status == 64)
      #expect(result.stderr.contains("assumed"))
    }
  }

  @Test("--target out of range fails with usage")
  func targetOutOfRange() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["set", "s.json", "--target", "mlts=9"], in: folder)
      #expect(result.status == 64)
      #expect(result.stderr.contains("0 to 5"))
    }
  }

  @Test("--target mlts=3 shows in score --json as the target level")
  func targetInScore() throws {
    try CLI.withFolder { folder in
      let set = CLI.run(
        ["set", "s.json", "--target", "mlts=3"]
          + CLI.mltsAssignments(data: 3, model: 2.5, infra: 2, monitor: 1),
        in: folder
      )
      #expect(set.status == 0, "\(set.stderr)")
      let score = CLI.run(["score", "s.json", "--json"], in: folder)
      #expect(score.status == 0, "\(score.stderr)")
      let object = try score.jsonObject()
      #expect(object.number(at: "mlTestScore.target.level") == 3)
      #expect(object.at("mlTestScore.target.default") as? Bool == false)
      #expect(object.at("mlTestScore.target.reached") as? Bool == false)
      #expect(object.number(at: "mlTestScore.band") == 1)
    }
  }

  @Test("--timebox 15 stores 15 minutes; --timebox 0 removes the timebox")
  func timebox() throws {
    try CLI.withFolder { folder in
      let path = folder + "/s.json"
      #expect(CLI.run(["set", "s.json", "--timebox", "15"], in: folder).status == 0)
      let stored = try sessionObject(path)
      #expect(stored["timeboxMinutes"] as? Int == 15)
      #expect(CLI.run(["set", "s.json", "--timebox", "0"], in: folder).status == 0)
      let removed = try sessionObject(path)
      #expect(removed["timeboxMinutes"] == nil)
    }
  }

  @Test("backlog --format csv starts with the issue-tracker header")
  func backlogCSV() throws {
    try CLI.withFolder { folder in
      #expect(CLI.run(["set", "s.json", "mlts.data.1=manual"], in: folder).status == 0)
      let result = CLI.run(["backlog", "s.json", "--format", "csv"], in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      let header = result.stdout.split(whereSeparator: \.isNewline).first.map(String.init)
      #expect(header == "Summary,Description,Labels,Owner,Due")
    }
  }
}
