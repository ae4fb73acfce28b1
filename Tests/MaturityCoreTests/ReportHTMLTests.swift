import MaturityCore
import Testing

/// Every element name in `html`, e.g. `["html", "head", …]`.
func elementNames(_ html: String) -> Set<String> {
  Set(html.matches(of: /<\/?([a-zA-Z][a-zA-Z0-9]*)/).map { String($0.output.1).lowercased() })
}

/// The elements the HTML report is made of; anything else came from text
/// that was not escaped.
let reportElements: Set<String> = [
  "html", "head", "meta", "title", "style", "body", "main", "header", "nav", "footer", "section",
  "article", "h1", "h2", "h3", "h4", "p", "div", "span", "strong", "code", "a", "br", "dl", "dt",
  "dd", "ul", "ol", "li", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "svg",
  "polygon", "line", "circle", "text", "tspan",
]

@Suite("HTML report: self-contained page, radar, ladders, answers, backlog")
struct ReportHTMLTests {
  let fixture: WorkshopFixture
  let html: String

  init() throws {
    fixture = try WorkshopFixture("team-search.json")
    html = fixture.html
  }

  @Test("the HTML report matches its golden file")
  func golden() {
    assertGolden(html, named: "report-team-search.html")
  }

  @Test("the page is self-contained: inline CSS, no scripts, no remote assets, a strict CSP")
  func selfContained() {
    let lower = html.lowercased()
    for banned in [
      "<script", "<link", "<img", "<iframe", "<object", "src=", "url(", "@import", "@font-face",
    ] {
      #expect(!lower.contains(banned), "found \(banned)")
    }
    #expect(lower.components(separatedBy: "<style>").count == 2)
    #expect(
      html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"")
    )
    #expect(elementNames(html).isSubset(of: reportElements))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.hasSuffix("</html>\n"))
  }

  @Test("the radar has one axis per section and the polygon of the sums, the weakest in red")
  func radar() {
    #expect(html.components(separatedBy: "<svg class=\"radar\"").count == 2)
    #expect(html.components(separatedBy: "<line class=\"axis\"").count == 5)
    // Centre (270, 195), radius 126 for 7 points: data 4.0 up, model 3.5
    // right, infra 4.5 down, monitoring 1.5 left.
    #expect(
      html.contains(
        "<polygon class=\"area\" points=\"270.0,123.0 333.0,195.0 270.0,276.0 243.0,195.0\"/>"
      )
    )
    #expect(html.contains("<circle class=\"dot weak\" cx=\"243.0\" cy=\"195.0\" r=\"6\"/>"))
    #expect(html.components(separatedBy: "dot weak").count == 2)
    #expect(html.contains("<text class=\"axis-label weak\" text-anchor=\"end\""))
    #expect(html.contains("1.5 / 7.0 · weakest</tspan>"))
    // The next band needs 2.5 in every section: a dashed ring at 45 units.
    #expect(
      html.contains(
        "<polygon class=\"threshold\" points=\"270.0,150.0 315.0,195.0 270.0,240.0 225.0,195.0\"/>"
      )
    )
    #expect(
      html.contains(
        "<title id=\"radar-title\">ML Test Score by section: Tests for Features and Data 4.0, "
      )
    )
  }

  @Test("the level ladders show every level, the current one and the target")
  func ladders() throws {
    func ladder(_ id: String) throws -> Substring {
      let start = try #require(html.range(of: "<article class=\"panel\" id=\"result-\(id)\">"))
      let end = try #require(html[start.upperBound...].range(of: "</ol>"))
      return html[start.lowerBound..<end.lowerBound]
    }
    let azure = try ladder("azure")
    #expect(azure.components(separatedBy: "<li class=\"rung").count == 6)
    #expect(azure.contains("<li class=\"rung reached\" title=\"Models are built"))
    #expect(azure.contains("<li class=\"rung current\" title="))
    #expect(azure.contains("<li class=\"rung target\" title="))
    #expect(azure.contains("<span class=\"tag goal\">target</span>"))
    #expect(azure.contains("now <strong>level 1</strong>, target <strong>level 2</strong>"))
    let google = try ladder("google")
    #expect(google.components(separatedBy: "<li class=\"rung").count == 4)
    #expect(google.contains("<li class=\"rung current\""))
    #expect(google.contains("<span class=\"tag goal\">next</span>"))
    let mlts = try ladder("mlts")
    #expect(mlts.components(separatedBy: "<li class=\"rung").count == 7)
    #expect(mlts.contains("<div class=\"step\" style=\"height: 67px\">2</div>"))
    #expect(mlts.contains("<div class=\"rung-name\">above 1, up to 2</div>"))
  }

  @Test("not-applicable reasons are shown in the summary, the results, the answers and the backlog")
  func notApplicableReasons() {
    let reason = "No personal data: the features are query and document statistics only."
    #expect(html.contains("1 not applicable (counted as not met)"))
    #expect(
      html.contains(
        "<li><span title=\"mlts.data.5\">The data pipeline has appropriate privacy controls</span>: "
          + "<span class=\"na-reason\">\(reason)</span></li>"
      )
    )
    #expect(html.contains("<div class=\"na-reason\">\(reason)</div>"))
    #expect(html.contains("<td>not applicable: \(reason) → <strong>Automated</strong></td>"))
  }

  @Test(
    "a question row shows votes with their spread, rationale, dissent, evidence, confidence and action"
  )
  func questionRow() throws {
    let start = try #require(html.range(of: "<tr class=\"answered\" title=\"mlts.data.2\">"))
    let end = try #require(html[start.upperBound...].range(of: "</tr>"))
    let row = html[start.lowerBound..<end.lowerBound]
    #expect(
      row.contains(
        "<li><span class=\"count\">3</span> <strong>Manual</strong><span class=\"who\">Ana, Chen, Dev</span></li>"
      )
    )
    #expect(row.contains("<span class=\"badge bad\">≠ disagree (range 1)</span>"))
    #expect(
      row.contains(
        "<dt>Why</dt><dd>Schema checks run in CI for the main pipeline only; the backfill job skips them.</dd>"
      )
    )
    #expect(row.contains("<dt>Dissent</dt><dd>Bo: the nightly job covers the backfill too.</dd>"))
    #expect(row.contains("<dt>Confidence</dt><dd><span class=\"badge warn\">assumed</span></dd>"))
    #expect(
      row.contains(
        "<a class=\"ref\" href=\"https://ci.example.com/search/ranker/schema-check\" rel=\"noopener noreferrer\">"
      )
    )
    #expect(row.contains(" · Bo · verified 8 March 2026</li>"))
    #expect(row.contains("<dt>Action</dt><dd>Bo, due 15 April 2026</dd>"))
    #expect(html.contains("<span class=\"badge good\">= agree</span>"))
  }

  @Test("the backlog lists target-gap actions first, with owner and due date")
  func backlog() throws {
    let start = try #require(html.range(of: "<section class=\"backlog\" id=\"backlog\">"))
    let section = html[start.lowerBound...]
    #expect(
      section.contains("<h3>Close the gap to the target <span class=\"muted\">(9)</span></h3>")
    )
    #expect(section.contains("<h3>Further steps <span class=\"muted\">(35)</span></h3>"))
    #expect(
      section.contains(
        "<h3>Recommended checks (never hold a level) <span class=\"muted\">(7)</span></h3>"
      )
    )
    #expect(
      section.contains("<h3>Marked not applicable: confirm <span class=\"muted\">(2)</span></h3>")
    )
    #expect(section.components(separatedBy: "<tr class=\"closes\" title=").count == 10)
    #expect(section.contains("<td>Chen</td>\n<td class=\"nowrap\">30 April 2026</td>"))
  }

  @Test(
    "escaping makes text inert in elements and quoted attributes",
    arguments: [
      ("<b>&amp;</b>", "&lt;b&gt;&amp;amp;&lt;/b&gt;"),
      ("\"double\" 'single'", "&quot;double&quot; &#39;single&#39;"),
      ("esc \u{1B}[2J bell \u{07}", "esc ^[[2J bell ^G"),
      ("plain · text", "plain · text"),
    ]
  )
  func escaping(text: String, escaped: String) {
    #expect(HTMLReport.escape(text) == escaped)
  }

  @Test("line breaks in notes become <br>")
  func lineBreaks() {
    #expect(HTMLReport.escapeLines("one\ntwo\r\n<three>") == "one<br>two<br>&lt;three&gt;")
  }
}
