import MaturityCore
import Testing

/// Filters, priorities and tracker presets of the backlog.
@Suite("Backlog for trackers: filters, priority from the gap, GitHub and Jira CSV")
struct BacklogFilterTests {
  let fixture: WorkshopFixture

  init() throws {
    fixture = try WorkshopFixture("team-search.json")
  }

  func filtered(_ change: (inout BacklogFilter) -> Void) -> [Backlog.Item] {
    var filter = BacklogFilter()
    change(&filter)
    return filter.apply(to: fixture.backlog).items
  }

  @Test("priority comes from the gap: the target, then the next level, further, recommended, N/A")
  func priorities() {
    let items = filtered { $0.includeRecommended = true }
    let priorities = items.map(\.priority)
    #expect(priorities == priorities.sorted())
    #expect(items.filter { $0.closesTargetGap }.allSatisfy { $0.priority == .target })
    #expect(items.contains { $0.priority == .nextLevel })
    #expect(items.contains { $0.priority == .recommended })
    #expect(
      items.first { $0.questionID == "mlts.monitor.3" }?.priority == .nextLevel,
      "a section holding the next band blocks it"
    )
  }

  @Test("--targets-only keeps exactly the actions that close a gap")
  func targetsOnly() {
    let items = filtered { $0.targetsOnly = true }
    #expect(items.count == 9)
    #expect(items.allSatisfy { $0.closesTargetGap })
  }

  @Test("--framework, --owner and --limit narrow the list; recommended checks only on request")
  func narrowing() {
    #expect(filtered { $0.frameworks = ["azure"] }.allSatisfy { $0.framework == "azure" })
    let chens = filtered { $0.owner = "Chen" }
    #expect(chens.map(\.questionID) == ["mlts.monitor.2", "mlts.monitor.3"])
    #expect(filtered { $0.owner = "" }.allSatisfy { $0.owner.isEmpty })
    #expect(filtered { $0.limit = 3 }.count == 3)
    #expect(!filtered { _ in }.contains { $0.kind == .recommended })
    #expect(filtered { $0.includeRecommended = true }.contains { $0.kind == .recommended })
  }

  @Test("--owner matches in any case and names the owner as the session writes it")
  func ownerInAnyCase() {
    let chens = filtered { $0.owner = "Chen" }
    #expect(filtered { $0.owner = "chen" }.map(\.questionID) == chens.map(\.questionID))
    #expect(filtered { $0.owner = "CHEN" }.count == 2)
    var filter = BacklogFilter()
    filter.owner = "chen"
    #expect(filter.named(in: fixture.backlog).words == ["owner Chen"])
    filter.owner = "nobody"
    #expect(filter.named(in: fixture.backlog).words == ["owner nobody"])
    let markdown = BacklogReport.markdown(
      filter.apply(to: fixture.backlog),
      session: fixture.session,
      scores: fixture.scores,
      all: fixture.backlog,
      filter: filter
    )
    #expect(markdown.contains("No actions for owner nobody"))
  }

  @Test("a handle owner (@ana-lima) is Jira's assignee ana-lima; plain CSV keeps the formula guard")
  func handleOwners() throws {
    var session = fixture.session
    let id = try #require(fixture.backlog.items.first?.questionID)
    session.answers[id, default: Answer()].owner = "@ana-lima"
    let backlog = Backlog(session: session, scores: fixture.scores)
    var filter = BacklogFilter()
    filter.owner = "@ana-lima"
    let mine = filter.apply(to: backlog)
    try #require(mine.items.map(\.questionID) == [id])
    let jira = parseCSV(BacklogTracker.csv(mine, scores: fixture.scores, preset: .jira))
    #expect(jira.last?[8] == "ana-lima", "Jira's Assignee is the user name, not '@ana-lima")
    let github = parseCSV(BacklogTracker.csv(mine, scores: fixture.scores, preset: .github))
    #expect(github.last?[3] == "ana-lima")
    // Plain CSV is for spreadsheets, which may read @ana-lima as a formula.
    let plain = parseCSV(BacklogReport.csv(mine, scores: fixture.scores))
    #expect(plain.last?[3] == "'@ana-lima")
    // Not a handle: written as it is, guarded as any text.
    #expect(BacklogTracker.jiraAssignee("@=cmd") == "@=cmd")
    #expect(BacklogTracker.jiraAssignee("@-x") == "@-x")
    #expect(BacklogTracker.jiraAssignee("@ana lima") == "@ana lima")
    #expect(BacklogTracker.jiraAssignee("ana.lima") == "ana.lima")
    #expect(BacklogTracker.jiraAssignee("@ana_lima.2") == "ana_lima.2")
  }

  @Test("GitHub and Jira CSV have the documented columns and match their golden files")
  func trackerPresets() {
    let backlog = BacklogFilter().apply(to: fixture.backlog)
    let github = BacklogTracker.csv(backlog, scores: fixture.scores, preset: .github)
    let jira = BacklogTracker.csv(backlog, scores: fixture.scores, preset: .jira)
    #expect(github.hasPrefix("title,body,labels,assignees,milestone\r\n"))
    #expect(
      jira.hasPrefix(
        "Summary,Description,Issue Type,Priority,Labels,Labels,Labels,Labels,Assignee,Due Date\r\n"
      )
    )
    let jiraRows = parseCSV(jira).dropFirst()
    #expect(jiraRows.allSatisfy { $0.count == 10 && $0[2] == "Task" })
    #expect(jiraRows.first?[3] == "High")
    assertGolden(github, named: "backlog-team-search-github.csv")
    assertGolden(jira, named: "backlog-team-search-jira.csv")
  }
}
