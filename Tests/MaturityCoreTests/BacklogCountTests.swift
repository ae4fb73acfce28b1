import MaturityCore
import Testing

/// One backlog, one count: the summary documents and `mlmaturity backlog`
/// count the same items and say what they leave out in the same words.
@Suite("Backlog count: the same in the summary and the backlog documents")
struct BacklogCountTests {
  let fixture: WorkshopFixture

  init() throws {
    fixture = try WorkshopFixture("team-search.json")
  }

  var summary: ReportSummary {
    ReportSummary(
      session: fixture.session,
      scores: fixture.scores,
      history: PreviousSession.history(
        of: fixture.session,
        at: "/nonexistent-mlmaturity-folder/session.json",
        named: nil,
        catalog: fixture.catalog
      ),
      catalog: fixture.catalog
    )
  }

  func backlogMarkdown(_ change: (inout BacklogFilter) -> Void) -> String {
    var filter = BacklogFilter()
    change(&filter)
    return BacklogReport.markdown(
      filter.apply(to: fixture.backlog),
      session: fixture.session,
      scores: fixture.scores,
      all: fixture.backlog,
      filter: filter
    )
  }

  @Test("the count names actions, recommended checks and N/A to confirm")
  func words() {
    let count = fixture.backlog.count
    #expect(count.total == fixture.backlog.items.count)
    #expect(count.words == "44 actions, plus 7 recommended checks and 2 N/A to confirm")
  }

  @Test("the summary's actions heading gives the whole backlog's count")
  func summaryHeading() {
    let words = fixture.backlog.count.words
    let markdown = SummaryMarkdown.render(summary)
    #expect(markdown.contains("## Next 5 actions, most urgent first (the backlog: \(words))"))
    let html = SummaryHTML.render(summary)
    #expect(html.contains("<h2>Next 5 actions <span>most urgent first (the backlog: \(words))"))
  }

  @Test("mlmaturity backlog says how many it shows of the same count, and what it leaves out")
  func backlogShowing() {
    let of = fixture.backlog.count.itemWords
    #expect(
      backlogMarkdown { $0.owner = "Chen" }.contains(
        "Showing 2 of \(of): owner Chen, without the recommended checks "
          + "(--include-recommended lists them)."
      )
    )
    let count = fixture.backlog.count
    #expect(
      backlogMarkdown { _ in }.contains(
        "Showing \(count.actions + count.confirm) of \(of): without the recommended checks"
      )
    )
    #expect(!backlogMarkdown { $0.includeRecommended = true }.contains("Showing"))
  }
}
