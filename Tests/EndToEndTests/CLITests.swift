import Foundation
import Testing

@Suite("CLI: frameworks, questions, set and score --json")
struct CLITests {
  @Test("frameworks lists the three banks with question counts and reference ids")
  func frameworks() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["frameworks"], in: folder)
      #expect(result.status == 0)
      #expect(result.stderr == "")
      let lines = result.stdout.split(separator: "\n").map(String.init)
      #expect(
        lines.filter { !$0.hasPrefix(" ") }.map { $0.split(separator: " ").first ?? "" } == [
          "azure", "google", "mlts",
        ]
      )
      #expect(lines.contains("mlts  1.2.0  ML Test Score: 28 questions in 4 sections"))
      #expect(lines.contains("  - Tests for Features and Data: 7"))
      for id in [
        "MLTS-D1", "MLTS-MON7", "AZ-L0-PEOPLE-1", "AZ-L4-TECH-5", "GC-L1-RAPID", "GC-L2-CD-8",
      ] {
        #expect(result.stdout.contains(id), "\(id) not listed")
      }
    }
  }

  @Test("frameworks --json gives each bank's counts and reference ids")
  func frameworksJSON() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["frameworks", "--json"], in: folder)
      #expect(result.status == 0)
      let banks = try result.jsonArray()
      #expect(banks.map { $0["id"] as? String } == ["azure", "google", "mlts"])
      #expect(
        banks.map { $0["scoring"] as? String } == [
          "azure-levels", "google-levels", "ml-test-score",
        ]
      )
      let mlts = try #require(banks.last)
      #expect(mlts["questions"] as? Int == 28)
      #expect(mlts["sections"] as? Int == 4)
      #expect(mlts["name"] as? String == "ML Test Score")
      let references = try #require(mlts["references"] as? [String])
      #expect(references.count == 28)
      #expect(references.first == "MLTS-D1")
      #expect((banks[0]["references"] as? [String])?.contains("AZ-L3-INTEG-1") == true)
      #expect((banks[1]["references"] as? [String])?.contains("GC-L1-VAL-ONLINE") == true)
    }
  }

  @Test("questions --framework mlts --json lists the 28 tests with their answers")
  func questionsJSON() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["questions", "--framework", "mlts", "--json"], in: folder)
      #expect(result.status == 0)
      let questions = try result.jsonArray()
      let expected = ["data", "model", "infra", "monitor"].flatMap { section in
        (1...7).map { "mlts.\(section).\($0)" }
      }
      #expect(questions.map { $0["id"] as? String } == expected)
      #expect(questions.allSatisfy { $0["framework"] as? String == "mlts" })
      #expect(
        questions.allSatisfy { $0["answers"] as? [String] == ["none", "manual", "automated"] }
      )
      #expect(
        questions.first?["title"] as? String == "Feature expectations are captured in a schema"
      )
      #expect(questions.first?["section"] as? String == "data")
      #expect(questions.first?["source"] as? [String] == ["MLTS-D1"])
    }
  }

  @Test("questions prints one line per id with its answers")
  func questionsText() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["questions", "--framework", "mlts"], in: folder)
      #expect(result.status == 0)
      let lines = result.stdout.split(separator: "\n").map(String.init)
      #expect(lines.count == 28)
      #expect(
        lines.first
          == "mlts.data.1  [none|manual|automated]  Feature expectations are captured in a schema"
      )
    }
  }

  @Test("questions for an unknown framework is a usage error naming the known ones")
  func questionsUnknownFramework() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["questions", "--framework", "nope"], in: folder)
      #expect(result.status == 64)
      #expect(result.stdout == "")
      #expect(
        result.stderr == "mlmaturity: unknown framework \"nope\" (known: azure, google, mlts)\n"
      )
    }
  }

  @Test("set creates a session that score --json reports with the contract keys")
  func setThenScore() throws {
    try CLI.withFolder { folder in
      let file = folder + "/team.json"
      // The most mature answer to every Azure question, then three held lower.
      let azure = try CLI.run(["questions", "--framework", "azure", "--json"], in: folder)
        .jsonArray()
      var assignments = azure.compactMap { question -> String? in
        guard let id = question["id"] as? String,
          let last = (question["answers"] as? [String])?.last
        else { return nil }
        return "\(id)=\(last)"
      }
      #expect(assignments.count == 26)
      assignments += [
        "azure.people.data-engineers=with-data-scientists", "azure.release.ownership=se-team",
        "azure.tech.model-management=registry-promotion",
      ]
      let google = try CLI.run(["questions", "--framework", "google", "--json"], in: folder)
        .jsonArray()
      assignments += google.compactMap { question in
        (question["id"] as? String).flatMap { $0.hasPrefix("google.l1.") ? "\($0)=yes" : nil }
      }
      assignments += CLI.mltsAssignments(data: 4, model: 3, infra: 5, monitor: 1.5)
      let set = CLI.run(["set", file] + assignments + ["--team", "Search"], in: folder)
      #expect(set.status == 0, "\(set.stderr)")
      #expect(set.stdout == "")
      #expect(set.stderr == "")
      let saved = String(decoding: try #require(CLI.bytes(of: file)), as: UTF8.self)
      #expect(saved.contains("\"createdAt\": \"2026-01-02T03:04:05Z\""))
      #expect(saved.hasSuffix("}\n"))

      let result = CLI.run(["score", file, "--json"], in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      let score = try result.jsonObject()
      #expect(score.at("file") as? String == file)
      #expect(score.at("session.team") as? String == "Search")
      #expect(score.number(at: "mlTestScore.sections.data") == 4)
      #expect(score.number(at: "mlTestScore.sections.model") == 3)
      #expect(score.number(at: "mlTestScore.sections.infra") == 5)
      #expect(score.number(at: "mlTestScore.sections.monitor") == 1.5)
      #expect(score.number(at: "mlTestScore.final") == 1.5)
      #expect(score.number(at: "mlTestScore.band") == 2)
      #expect(score.number(at: "mlTestScore.unanswered") == 0)
      #expect(score.at("mlTestScore.provisional") as? Bool == false)
      #expect(score.at("mlTestScore.blockers") as? [String] == (2...7).map { "mlts.monitor.\($0)" })
      #expect(score.number(at: "azure.level") == 2)
      #expect(score.number(at: "azure.dimensions.people") == 2)
      #expect(score.number(at: "azure.dimensions.process") == 2)
      #expect(score.number(at: "azure.dimensions.technology") == 3)
      #expect(score.at("azure.provisional") as? Bool == false)
      #expect(
        score.at("azure.blockers") as? [String] == [
          "azure.people.data-engineers", "azure.release.ownership",
        ]
      )
      #expect(score.number(at: "google.level") == 1)
      #expect(score.number(at: "google.progress.met") == 14)
      // 14 level-1 gates (13 items and the trigger group) and 9 level-2 gates.
      #expect(score.number(at: "google.progress.required") == 23)
      #expect(score.at("google.provisional") as? Bool == true)
      #expect(score.at("warnings") as? [String] == [])
    }
  }

  @Test("set keeps the creation time, records notes and clears an answer given as ID=")
  func setUpdates() throws {
    try CLI.withFolder { folder in
      let file = folder + "/team.json"
      #expect(
        CLI.run(["set", file, "mlts.data.1=manual", "mlts.data.2=none"], in: folder).status == 0
      )
      let second = CLI.run(
        [
          "set", file, "mlts.data.2=", "--note", "mlts.data.1=schema in CI = soon", "--participant",
          "Ana",
        ],
        in: folder
      )
      #expect(second.status == 0, "\(second.stderr)")
      let text = String(decoding: try #require(CLI.bytes(of: file)), as: UTF8.self)
      #expect(
        text.contains(
          """
            "answers": {
              "mlts.data.1": {
                "value": "manual",
                "note": "schema in CI = soon",
                "answeredAt": "2026-01-02T03:04:05Z"
              }
            }
          """
        )
      )
      #expect(text.contains("\"participants\": [\n    \"Ana\"\n  ]"))
      let score = try CLI.run(["score", file, "--json"], in: folder).jsonObject()
      #expect(score.number(at: "mlTestScore.unanswered") == 27)
      #expect(score.at("mlTestScore.provisional") as? Bool == true)
      #expect(score.number(at: "mlTestScore.final") == 0)
    }
  }

  @Test("score prints a readable summary of all three frameworks")
  func scoreText() throws {
    try CLI.withFolder { folder in
      let file = folder + "/team.json"
      let set = CLI.run(
        ["set", file, "--team", "Search"]
          + CLI.mltsAssignments(data: 4, model: 3, infra: 5, monitor: 1.5),
        in: folder
      )
      #expect(set.status == 0)
      let result = CLI.run(["score", file], in: folder)
      #expect(result.status == 0)
      let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(
        String.init
      )
      #expect(lines.first == "Team: Search · 2026-01-02")
      #expect(
        lines.contains(
          "Azure MLOps maturity: level 0 of 4, No MLOps  (provisional: 26 of 26 unanswered)"
        )
      )
      #expect(lines.contains("ML Test Score: 1.5 of 7, band (1, 2]"))
      #expect(lines.contains("  Monitoring Tests for ML      ###...........  1.5/7.0  <- weakest"))
    }
  }
}
