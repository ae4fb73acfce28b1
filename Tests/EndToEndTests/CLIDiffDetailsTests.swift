import Foundation
import Testing

@Suite("CLI diff: targets, owners, due dates, N/A reasons; invalid answers regress")
struct CLIDiffDetailsTests {
  /// Two sessions with the same answers whose target, owner, due date and
  /// N/A reason differ; returns their paths.
  func sessions(in folder: String) throws -> (old: String, new: String) {
    let old = folder + "/q1.json"
    let new = folder + "/q2.json"
    for (path, owner, due, reason, target) in [
      (old, "Bo", "2027-01-31", "no user data", "3"),
      (new, "Zoë", "2027-03-31", "features are aggregates only", "4"),
    ] {
      let result = CLI.run(
        [
          "set", path, "mlts.data.1=manual", "mlts.data.5=n/a",
          "--reason", "mlts.data.5=\(reason)", "--owner", "mlts.data.1=\(owner)",
          "--due", "mlts.data.1=\(due)", "--target", "mlts=\(target)",
        ],
        in: folder
      )
      try #require(result.status == 0, "\(result.stderr)")
    }
    return (old, new)
  }

  @Test("text names the target, owner, due date and N/A reason that changed")
  func text() throws {
    try CLI.withFolder { folder in
      let (old, new) = try sessions(in: folder)
      let result = CLI.run(["diff", old, new, "--only-changes"], in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      let lines = result.stdout.split(separator: "\n").map(String.init)
      #expect(
        lines.contains(
          "  target: band 3 (a final score above 2, up to 3) → band 4 (a final score above 3, "
            + "up to 5)"
        ),
        "\(result.stdout)"
      )
      #expect(
        lines.contains(
          "Answers: 0 changed, 3 N/A reasons, owners or due dates changed"
        )
      )
      #expect(lines.contains { $0.hasPrefix("  details    mlts.data.1  ") })
      #expect(lines.contains("               owner: Bo → Zoë"))
      #expect(lines.contains("               due date: 2027-01-31 → 2027-03-31"))
      #expect(lines.contains { $0.hasPrefix("  details    mlts.data.5  ") })
      #expect(lines.contains("               N/A reason was: no user data"))
      #expect(lines.contains("               N/A reason now: features are aggregates only"))
      #expect(!result.stdout.contains("Unchanged: ML Test Score"))
    }
  }

  @Test("Markdown lists the changed details; JSON has them and validates against its schema")
  func markdownAndJSON() throws {
    try CLI.withFolder { folder in
      let (old, new) = try sessions(in: folder)
      let markdown = CLI.run(["diff", old, new, "--format", "markdown"], in: folder).stdout
      #expect(
        markdown.contains(
          "**ML Test Score: target: band 3 (a final score above 2, up to 3) → band 4 (a final score above 3, up to 5)**"
        )
      )
      #expect(markdown.contains("### N/A reasons, owners and due dates that changed"))
      #expect(markdown.contains("  - owner: Bo → Zoë\n  - due date: 2027-01-31 → 2027-03-31\n"))
      #expect(markdown.contains("  - N/A reason: no user data → features are aggregates only"))
      let result = CLI.run(["diff", old, new, "--format", "json"], in: folder)
      let document = try result.jsonObject()
      let frameworks = try #require(document["frameworks"] as? [[String: Any]])
      let mlts = try #require(frameworks.first { $0["id"] as? String == "mlts" })
      #expect(mlts.number(at: "target.old") == 3)
      #expect(mlts.number(at: "target.new") == 4)
      #expect(document.number(at: "summary.answers.detailsChanged") == 3)
      let answers = try #require(document["answers"] as? [[String: Any]])
      let data1 = try #require(answers.first { $0["id"] as? String == "mlts.data.1" })
      let details = try #require(data1["details"] as? [[String: Any]])
      #expect(details.map { $0["field"] as? String } == ["owner", "due"])
      #expect(details.first?["old"] as? String == "Bo")
      #expect(details.first?["new"] as? String == "Zoë")
      if CompareCLI.validatorAvailable() {
        let problems = try CompareCLI.schemaProblems(result.stdout, schema: "diff.schema.json")
        #expect(problems.isEmpty, "\(problems)")
      }
    }
  }

  @Test("an answer hand-edited to a value the question does not offer fails --fail-on-regression")
  func invalidAnswerRegresses() throws {
    try CLI.withFolder { folder in
      let (old, new) = try sessions(in: folder)
      let text = try String(contentsOfFile: new, encoding: .utf8)
      let edited = text.replacingOccurrences(
        of: "\"value\": \"manual\"",
        with: "\"value\": \"sometimes\""
      )
      try #require(edited != text)
      try CLI.write(edited, to: new)
      let result = CLI.run(["diff", old, new, "--fail-on-regression"], in: folder)
      #expect(result.status == 1, "\(result.stdout)")
      #expect(result.stderrLines.first == "mlmaturity: 1 regression:")
      #expect(
        result.stderrLines.contains {
          $0.hasPrefix("  mlts.data.1: Manual")
            && $0.hasSuffix("→ \"sometimes\" (not an option now)")
        }
      )
      #expect(result.stdout.contains("  regressed  mlts.data.1  "))
    }
  }
}
