import MaturityCore
import Testing

@Suite("Markdown and JSON reports: workshop record, not applicable, targets, backlog")
struct ReportWorkshopTests {
  let fixture: WorkshopFixture

  init() throws {
    fixture = try WorkshopFixture("team-search.json")
  }

  @Test("the Markdown and JSON reports match their golden files")
  func golden() {
    assertGolden(fixture.markdown, named: "report-team-search.md")
    assertGolden(fixture.json(file: "team-search.json"), named: "report-team-search.json")
  }

  @Test("Markdown results show not-applicable reasons and the set target")
  func markdownResults() {
    let lines = fixture.markdown.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "  - Marked N/A by the team (counts 0): The data pipeline has appropriate privacy controls "
          + "(No personal data: the features are query and document statistics only.)"
      )
    )
    #expect(
      lines.contains(
        "  - Target band 3 (a final score above 2, up to 3): 2 questions to improve, easiest "
          + "first: Dependency changes result in notification, Data invariants hold for inputs"
      )
    )
    #expect(
      lines.contains(
        "| The data pipeline has appropriate privacy controls | not applicable: No personal "
          + "data: the features are query and document statistics only. |  | `mlts.data.5` |"
      )
    )
  }

  @Test("Markdown lists each question's workshop record under its section table")
  func markdownWorkshopRecord() throws {
    let lines = fixture.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init
    )
    let start = try #require(lines.firstIndex(of: "- All features are beneficial (`mlts.data.2`)"))
    #expect(
      Array(lines[start + 1...start + 6]) == [
        "  - Votes: Manual: Ana, Chen, Dev; Automated: Bo — **≠ disagree (range 1)**",
        "  - Rationale: Schema checks run in CI for the main pipeline only; the backfill job skips them.",
        "  - Dissent: Bo: the nightly job covers the backfill too.",
        "  - Confidence: assumed",
        "  - Evidence: https://ci.example.com/search/ranker/schema-check (Bo, verified 8 March 2026)",
        "  - Owner: Bo, due: 15 April 2026",
      ]
    )
    #expect(lines.contains("  - Votes: Automated: Ana, Bo, Chen, Dev — = agree"))
    #expect(lines.contains("  - Votes: Not done: Chen; not applicable: Ana, Bo — **≠ disagree**"))
  }

  @Test(
    "Markdown has the targets and the backlog as a table before the appendix, target gaps first"
  )
  func markdownBacklog() throws {
    let lines = fixture.markdown.split(separator: "\n").map(String.init)
    let start = try #require(lines.firstIndex(of: "## Targets and action backlog"))
    #expect(
      lines[start + 1]
        == "- ML Test Score: band 2 (a final score above 1, up to 2) → target band 3 (a final "
        + "score above 2, up to 3): 2 actions close the gap"
    )
    let end = try #require(lines.firstIndex(of: "## Appendix: every answer"))
    let rows = lines[start..<end].filter { $0.hasPrefix("| ") && !$0.hasPrefix("| |") }
    #expect(rows.count == fixture.backlog.items.count)
    #expect(rows.prefix(9).allSatisfy { $0.hasPrefix("| ▲ target | ") })
    // Then further steps, recommended checks, and N/A answers to confirm.
    let marks = rows.dropFirst(9).map { $0.split(separator: "|").first.map(String.init) ?? "" }
    let order = ["  ", " recommended ", " N/A: confirm "]
    #expect(marks.allSatisfy(order.contains))
    #expect(
      marks.map { order.firstIndex(of: $0) ?? 0 }
        == marks.map { order.firstIndex(of: $0) ?? 0 }.sorted()
    )
    #expect(marks.contains(" N/A: confirm "))
    #expect(rows[1].contains("| Manual → Automated | Chen | 30 April 2026 |"))
  }

  @Test("the JSON report adds the workshop, targets and backlog, and each question's record")
  func json() throws {
    let text = fixture.json(file: "team-search.json")
    guard case .object(let members) = try JSONParser.parse(Array(text.utf8)).value,
      case .array(let questions)? = members.last?.node.value
    else {
      Issue.record("unexpected report shape")
      return
    }
    #expect(
      members.map(\.key) == [
        "file", "session", "mlTestScore", "azure", "google", "warnings", "context", "workshop",
        "targets", "backlog", "questions",
      ]
    )
    #expect(
      JSONWriter.compact(try #require(members.first { $0.key == "workshop" }).node.value)
        == #"{"facilitator": "Dana Reyes", "participants": ["Ana", "Bo", "Chen", "Dev"], "timeboxMinutes": 15}"#
    )
    func question(_ id: String) throws -> [String: JSONValue] {
      let node = try #require(
        questions.first { node in
          guard case .object(let fields) = node.value else { return false }
          return fields.contains { $0.key == "id" && $0.node.value == .string(id) }
        }
      )
      guard case .object(let fields) = node.value else { return [:] }
      return Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.node.value) })
    }
    let schema = try question("mlts.data.2")
    #expect(schema["state"] == .string("answered"))
    #expect(schema["result"] == .string("0.5"))
    #expect(
      JSONWriter.compact(try #require(schema["votes"]))
        == #"{"Ana": "manual", "Bo": "automated", "Chen": "manual", "Dev": "manual"}"#
    )
    #expect(
      JSONWriter.compact(try #require(schema["spread"]))
        == #"{"counts": {"none": 0, "manual": 3, "automated": 1}, "notApplicable": 0, "unknown": 0, "#
        + #""disagrees": true, "range": 1, "majority": "manual"}"#
    )
    #expect(
      JSONWriter.compact(try #require(schema["evidence"]))
        == #"[{"reference": "https://ci.example.com/search/ranker/schema-check", "owner": "Bo", "verified": "2026-03-08"}]"#
    )
    #expect(schema["owner"] == .string("Bo"))
    #expect(schema["confidence"] == .string("assumed"))
    let privacy = try question("mlts.data.5")
    #expect(privacy["state"] == .string("not-applicable"))
    #expect(
      privacy["notApplicableReason"]
        == .string("No personal data: the features are query and document statistics only.")
    )
    let unanswered = try question("mlts.monitor.6")
    #expect(unanswered["state"] == .string("unanswered"))
    #expect(unanswered["spread"] == .null)
    #expect(unanswered["votes"] == .object([]))
  }
}
