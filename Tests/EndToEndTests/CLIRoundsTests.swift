import Foundation
import TestSupport
import Testing

/// A workshop cycle from the command line: pre-work, merge, the next round,
/// diff, anonymous reports.
@Suite("CLI: pre-work, merge, next round, anonymous votes")
struct CLIRoundsTests {
  func json(_ path: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  func answers(_ path: String) throws -> [String: [String: Any]] {
    try #require(try json(path)["answers"] as? [String: [String: Any]])
  }

  @Test("two pre-work files answered in plain mode merge into votes; merging again changes nothing")
  func preworkAndMerge() throws {
    try CLI.withFolder { folder in
      let workshop = folder + "/ws.json"
      let setup = CLI.run(
        [
          "set", workshop, "--team", "Payments", "--system", "fraud", "--participant", "Bo",
          "--participant", "Zoë",
        ],
        in: folder
      )
      #expect(setup.status == 0, "\(setup.stderr)")
      for (name, keys) in [("Bo", "2\n3\nq\n"), ("Zoë", "3\n3\nq\n")] {
        let result = CLI.run(
          ["new", "--prework", "--as", name, "--from", workshop, "--plain"],
          in: folder,
          stdin: keys
        )
        #expect(result.status == 0, "\(result.stderr)")
      }
      let bo = folder + "/ws-prework-bo.json"
      let zoe = folder + "/ws-prework-zo.json"
      #expect(FileManager.default.fileExists(atPath: bo))
      let prework = try json(bo)["prework"] as? [String: String]
      #expect(prework?["participant"] == "Bo")

      let merge = CLI.run(["merge", workshop, bo, zoe], in: folder)

      #expect(merge.status == 0, "\(merge.stderr)")
      #expect(merge.stdout.contains("Bo: 2 vote(s) added"))
      let first = try #require(try answers(workshop).values.first { $0["votes"] != nil })
      #expect((first["votes"] as? [String: String])?.count == 2)
      let before = try Data(contentsOf: URL(fileURLWithPath: workshop))
      let again = CLI.run(["merge", workshop, bo, zoe], in: folder)
      #expect(again.stdout.contains("nothing new to merge"))
      #expect(try Data(contentsOf: URL(fileURLWithPath: workshop)) == before)
    }
  }

  @Test("a pre-work file for another team is refused and nothing is merged")
  func mergeRefusesAnotherTeam() throws {
    try CLI.withFolder { folder in
      let workshop = folder + "/ws.json"
      _ = CLI.run(["set", workshop, "--team", "Payments"], in: folder)
      _ = CLI.run(["set", folder + "/other.json", "--team", "Search"], in: folder)
      let prework = CLI.run(
        ["new", "--prework", "--as", "Bo", "--from", folder + "/other.json", "--plain"],
        in: folder,
        stdin: "1\nq\n"
      )
      #expect(prework.status == 0, "\(prework.stderr)")
      let before = try Data(contentsOf: URL(fileURLWithPath: workshop))

      let merge = CLI.run(["merge", workshop, folder + "/other-prework-bo.json"], in: folder)

      #expect(merge.status == 65)
      #expect(merge.stderr.contains("is for team \"Search\""))
      #expect(try Data(contentsOf: URL(fileURLWithPath: workshop)) == before)
    }
  }

  @Test("the next round shows last time, = accepts it, and diff compares the rounds")
  func nextRoundAndDiff() throws {
    try CLI.withFolder { folder in
      let last = folder + "/q3.json"
      _ = CLI.run(
        [
          "set", last, "--team", "Payments", "mlts.data.1=manual", "mlts.data.2=none",
          "--vote", "mlts.data.1:Bo=manual",
        ],
        in: folder
      )
      let next = folder + "/q4.json"
      let result = CLI.run(
        ["new", "--from", last, "--date", "2027-03-01", "--file", next, "--plain"],
        in: folder,
        stdin: "g mlts.data.1\n=\n3\nq\n"
      )

      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("Last time ("))
      let answers = try answers(next)
      #expect(answers["mlts.data.1"]?["value"] as? String == "manual")
      #expect(answers["mlts.data.1"]?["votes"] == nil)
      #expect(answers["mlts.data.2"]?["value"] as? String == "automated")
      #expect(try json(next)["date"] as? String == "2027-03-01")

      let diff = CLI.run(["diff", last, next], in: folder)
      #expect(diff.status == 0, "\(diff.stderr)")
      #expect(diff.stdout.contains("mlts.data.2"))
    }
  }

  @Test("set --anonymous on: report in every format names no voter")
  func anonymousReports() throws {
    try CLI.withFolder { folder in
      let path = folder + "/s.json"
      let set = CLI.run(
        [
          "set", path, "mlts.data.1=manual", "--vote", "mlts.data.1:Annika=manual",
          "--vote", "mlts.data.1:Zoltan=none", "--anonymous", "on",
        ],
        in: folder
      )
      #expect(set.status == 0, "\(set.stderr)")
      for format in ["markdown", "html", "json", "csv"] {
        let report = CLI.run(["report", path, "--format", format], in: folder)
        #expect(report.status == 0)
        #expect(!report.stdout.contains("Annika") && !report.stdout.contains("Zoltan"), "\(format)")
      }
    }
  }

  // Cold test: the next round of a team's second system was named
  // `…-payments-2.json`, which reads as a second round of the first.
  @Test("next rounds of two systems of one team on one day are named after their systems")
  func nextRoundNamesTheSystem() throws {
    try CLI.withFolder { folder in
      for system in ["fraud-scoring", "Search ranking"] {
        let last = folder + "/\(system.prefix(6)).json"
        let made = CLI.run(
          ["set", last, "--team", "Payments", "--system", system, "mlts.data.1=manual"],
          in: folder
        )
        #expect(made.status == 0, "\(made.stderr)")
        let next = CLI.run(
          ["new", "--from", last, "--date", "2027-03-01", "--plain"],
          in: folder,
          stdin: "q\n"
        )
        #expect(next.status == 0, "\(next.stderr)")
      }
      let sessions = folder + "/data/mlmaturity/sessions"
      let names = try FileManager.default.contentsOfDirectory(atPath: sessions)
        .filter { $0.hasSuffix(".json") }.sorted()
      #expect(
        names == [
          "2027-03-01-payments-fraud-scoring.json", "2027-03-01-payments-search-ranking.json",
        ],
        "\(names)"
      )
    }
  }

  @Test("the next round's file is named after --date; --evidence without a link is refused")
  func nextRoundNameAndEvidenceLine() throws {
    try CLI.withFolder { folder in
      let last = folder + "/q3.json"
      _ = CLI.run(["set", last, "--team", "Payments", "mlts.data.1=manual"], in: folder)
      let next = CLI.run(
        ["new", "--from", last, "--date", "2027-03-01", "--plain"],
        in: folder,
        stdin: "q\n"
      )
      #expect(next.status == 0, "\(next.stderr)")
      let made = folder + "/data/mlmaturity/sessions/2027-03-01-payments.json"
      #expect(FileManager.default.fileExists(atPath: made))
      let bad = CLI.run(["set", last, "--evidence", "mlts.data.1= | | "], in: folder)
      #expect(bad.status == 64)
      #expect(bad.stderr.contains("needs a link or a path before the first |"))
      let score = CLI.run(["score", last, "--json"], in: folder)
      let json = try score.jsonObject()
      #expect((json["mlTestScore"] as? [String: Any])?["warnings"] is [Any])
    }
  }

  @Test("a pre-work file is not the base of a next round")
  func nextRoundFromPreworkIsRefused() throws {
    try CLI.withFolder { folder in
      let workshop = folder + "/ws.json"
      _ = CLI.run(["set", workshop, "--team", "Payments", "--participant", "Bo"], in: folder)
      let prework = CLI.run(
        ["new", "--prework", "--as", "Bo", "--from", workshop, "--plain"],
        in: folder,
        stdin: "q\n"
      )
      #expect(prework.status == 0, "\(prework.stderr)")
      let next = CLI.run(["new", "--from", folder + "/ws-prework-bo.json", "--plain"], in: folder)
      #expect(next.status == 64)
      #expect(next.stderr.contains("is Bo's pre-work, not a workshop"))
    }
  }
}
