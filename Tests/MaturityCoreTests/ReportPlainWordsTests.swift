import MaturityCore
import Testing

@Suite("Full report: words a reader outside the team understands, ids kept at hand")
struct ReportPlainWordsTests {
  let fixture: WorkshopFixture

  init() throws {
    fixture = try WorkshopFixture("team-search.json")
  }

  @Test("the HTML report shows no raw timestamps, interval notation or bare question ids")
  func htmlInWords() {
    let html = withoutWarnings(
      fixture.html,
      from: "<section class=\"warnings\"",
      to: "<section id=\"results\">"
    )
    #expect(jargon(in: html).isEmpty, "\(jargon(in: html))")
    #expect(html.contains("<dd>10 March 2026, 11:42 UTC</dd>"))
    #expect(html.contains("<p class=\"rung-line\">Band 2 (a final score above 1, up to 2)</p>"))
  }

  @Test("the Markdown report shows no raw timestamps, interval notation or bare question ids")
  func markdownInWords() {
    let markdown = withoutWarnings(fixture.markdown, from: "## Warnings", to: "## Targets")
    #expect(jargon(in: markdown).isEmpty, "\(jargon(in: markdown))")
    #expect(markdown.contains("| Last changed | 10 March 2026, 11:42 UTC |"))
  }

  @Test("question ids stay available: tooltips in HTML, the last column in Markdown")
  func idsKept() {
    #expect(fixture.html.contains("<tr class=\"answered\" title=\"mlts.data.1\">"))
    #expect(fixture.html.contains("<tr class=\"closes\" title=\"mlts.monitor.1\">"))
    #expect(
      fixture.markdown.contains(
        "| Feature expectations are captured in a schema | Automated: a system runs it on a "
          + "regular basis |  | `mlts.data.1` |"
      )
    )
  }

  @Test("the detail comes after the results and the backlog, as an appendix")
  func detailIsAnAppendix() throws {
    for (text, results, backlog, appendix) in [
      (fixture.html, "<h2>Results</h2>", "<h2>Action backlog</h2>", "<h2>Appendix: "),
      (
        fixture.markdown, "## Results", "## Targets and action backlog", "## Appendix: every answer"
      ),
    ] {
      let positions = try [results, backlog, appendix].map {
        try #require(text.range(of: $0)?.lowerBound)
      }
      #expect(positions == positions.sorted())
    }
  }
}
