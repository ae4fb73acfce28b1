import MaturityCore
import Testing

@Suite("Backlog renderings: Markdown task list, tracker CSV, JSON")
struct BacklogReportTests {
  let fixture: WorkshopFixture

  /// The backlog as the `backlog` command prints it by default (the
  /// recommended checks left out, the most urgent first).
  let backlog: Backlog

  init() throws {
    fixture = try WorkshopFixture("team-search.json")
    backlog = BacklogFilter().apply(to: fixture.backlog)
  }

  /// As `mlmaturity backlog` renders it: the default filter over the whole
  /// backlog (which leaves the recommended checks out, and says so).
  var markdown: String {
    BacklogReport.markdown(
      backlog,
      session: fixture.session,
      scores: fixture.scores,
      all: fixture.backlog,
      filter: BacklogFilter()
    )
  }

  var csv: String { BacklogReport.csv(backlog, scores: fixture.scores) }

  @Test("the workshop backlog matches its golden files in Markdown, CSV and JSON")
  func golden() {
    assertGolden(markdown, named: "backlog-team-search.md")
    assertGolden(csv, named: "backlog-team-search.csv")
    assertGolden(
      JSONWriter.write(
        BacklogReport.json(
          backlog,
          session: fixture.session,
          path: "team-search.json",
          scores: fixture.scores
        )
      ),
      named: "backlog-team-search.json"
    )
  }

  @Test(
    "a task line names its priority, framework, section, now and goal, due date, then how to improve"
  )
  func taskLine() throws {
    // Manual → Automated: the bank's step from Manual, not its first step.
    let improve = try #require(Shipped.bank("mlts").question("mlts.monitor.2")?.nextStep(from: 1))
    #expect(
      markdown.contains(
        "- [ ] **Data invariants hold for inputs** (blocks the target; ML Test Score, "
          + "Monitoring Tests for ML; now: Manual → goal: Automated; due 2026-04-30): "
          + MarkdownReport.escape(improve)
      )
    )
    #expect(markdown.contains("  - Note: Dependency changes are announced in #ranker-infra."))
  }

  @Test("target-gap actions come first, under their own heading, in every format")
  func targetGapFirst() throws {
    let ordered = BacklogReport.ordered(fixture.backlog)
    let closing = ordered.prefix { $0.closesTargetGap }
    #expect(closing.count == 9)
    #expect(ordered.dropFirst(closing.count).allSatisfy { !$0.closesTargetGap })
    #expect(closing.map(\.questionID).prefix(2) == ["mlts.monitor.1", "mlts.monitor.2"])
    // The Markdown groups by owner; within each owner the target-gap
    // actions come first, and the actions nobody owns come last.
    let lines = markdown.split(separator: "\n").map(String.init)
    let headings = lines.filter { $0.hasPrefix("## ") }
    #expect(headings == ["## Chen", "## Dev", "## Ana", "## Bo", "## No owner yet"])
    var sectionPriorities: [[String]] = []
    for line in lines {
      if line.hasPrefix("## ") { sectionPriorities.append([]) }
      if line.hasPrefix("- [ ] "), let open = line.range(of: "** (") {
        let rest = line[open.upperBound...]
        sectionPriorities[sectionPriorities.count - 1].append(
          String(rest.prefix { $0 != ";" })
        )
      }
    }
    let rank = Backlog.Priority.allCases.map(\.label)
    for priorities in sectionPriorities {
      let ranks = priorities.compactMap { rank.firstIndex(of: $0) }
      #expect(ranks == ranks.sorted(), "\(priorities)")
    }
    let records = parseCSV(csv).dropFirst()
    #expect(records.prefix(9).allSatisfy { $0[2].hasSuffix(",target-gap") })
    #expect(records.dropFirst(9).allSatisfy { !$0[2].contains("target-gap") })
  }

  @Test("each gap is summarised: current rung, target (default or set), actions that close it")
  func gapSummaries() {
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      Array(lines[2...4]) == [
        "- ML Test Score: band 2 (a final score above 1, up to 2) → target band 3 (a final "
          + "score above 2, up to 3): 2 actions close the gap",
        "- Azure MLOps maturity: level 1 → target level 2: 4 actions close the gap",
        "- Google Cloud MLOps levels: level 0 → target level 1 (default): 3 actions close the gap",
      ]
    )
  }

  @Test("the CSV has exactly Summary, Description, Labels, Owner, Due, labels joined in one cell")
  func csvColumns() throws {
    #expect(csv.hasPrefix("Summary,Description,Labels,Owner,Due\r\n"))
    let records = parseCSV(csv)
    #expect(records.count == backlog.items.count + 1)
    #expect(records.allSatisfy { $0.count == 5 })
    let invariants = try #require(
      records.first { $0[0] == "ML Test Score: Data invariants hold for inputs" }
    )
    // Manual → Automated: the bank's step from Manual, not its first step.
    let improve = try #require(Shipped.bank("mlts").question("mlts.monitor.2")?.nextStep(from: 1))
    #expect(
      invariants == [
        "ML Test Score: Data invariants hold for inputs",
        "Now: Manual → goal: Automated\nHow to improve: \(improve)\n"
          + "Question: mlts.monitor.2 (ML Test Score, Monitoring Tests for ML)",
        "mlmaturity,mlts,target-gap", "Chen", "2026-04-30",
      ]
    )
    let feature = try #require(records.first { $0[0] == "Azure MLOps maturity: Feature store" })
    #expect(feature[1].contains("\nNote: Features are recomputed in three places.\n"))
  }

  @Test("JSON lists each target and the actions, with null for a missing owner, due date or note")
  func json() throws {
    let text = JSONWriter.write(
      BacklogReport.json(
        fixture.backlog,
        session: fixture.session,
        path: "f.json",
        scores: fixture.scores
      )
    )
    guard case .object(let members) = try JSONParser.parse(Array(text.utf8)).value,
      case .array(let targets)? = members.first(where: { $0.key == "targets" })?.node.value,
      case .array(let items)? = members.first(where: { $0.key == "items" })?.node.value
    else {
      Issue.record("unexpected shape: \(text.prefix(200))")
      return
    }
    #expect(members.map(\.key) == ["file", "session", "targets", "items"])
    #expect(
      JSONWriter.compact(targets[1].value)
        == #"{"framework": "azure", "current": 1, "currentName": "DevOps but no MLOps", "target": 2, "#
        + #""targetName": "Automated training", "defaultTarget": false, "reached": false, "closingActions": 4}"#
    )
    #expect(items.count == fixture.backlog.items.count)
    guard case .object(let first) = items[0].value else { return }
    #expect(first.first { $0.key == "questionId" }?.node.value == .string("mlts.monitor.1"))
    #expect(first.first { $0.key == "owner" }?.node.value == .null)
    #expect(
      first.first { $0.key == "labels" }?.node.value
        == .array(["mlmaturity", "mlts", "target-gap"].map { JSONNode(.string($0)) })
    )
  }

  @Test("a session at the most mature answer everywhere has nothing to do")
  func emptyBacklog() throws {
    let bank = try Shipped.bank("mlts")
    var session = Session.new(banks: [bank], now: Timestamp(secondsSince1970: 1_767_323_045))
    session.answers = answers(
      Dictionary(uniqueKeysWithValues: bank.questions.map { ($0.id, "automated") })
    )
    let scores = Scorer.score(session, catalog: try BankLoader.catalog())
    let backlog = Backlog(session: session, scores: scores)
    #expect(backlog.items.isEmpty)
    let markdown = BacklogReport.markdown(backlog, session: session, scores: scores)
    #expect(
      markdown.contains(
        "- ML Test Score: band 5 (a final score above 5), target band 5 (a final score above 5) "
          + "(default) reached"
      )
    )
    #expect(markdown.contains("Nothing to do: every answer is at its most mature."))
    #expect(!markdown.contains("- [ ]"))
    #expect(
      BacklogReport.csv(backlog, scores: scores) == "Summary,Description,Labels,Owner,Due\r\n"
    )
  }
}
