import MaturityCore
import Testing

/// `hostile.json` holds HTML tags, quotes, spreadsheet formulas, escape
/// sequences, CRs and a bidi override in the team, system, facilitator,
/// participant names, notes, rationale, dissent, evidence, owners and a
/// not-applicable reason.
@Suite("Reports with hostile text: escaped, neutralised, never raw control characters")
struct ReportHostileTextTests {
  let fixture: WorkshopFixture
  /// Every report and backlog rendering, by name.
  let outputs: [(name: String, text: String)]

  init() throws {
    fixture = try WorkshopFixture("hostile.json")
    let backlog = fixture.backlog
    outputs = [
      ("report.md", fixture.markdown), ("report.html", fixture.html), ("report.csv", fixture.csv),
      ("report.json", fixture.json(file: "hostile.json")),
      (
        "backlog.md",
        BacklogReport.markdown(backlog, session: fixture.session, scores: fixture.scores)
      ),
      ("backlog.csv", BacklogReport.csv(backlog, scores: fixture.scores)),
      (
        "backlog.json",
        JSONWriter.write(
          BacklogReport.json(
            backlog,
            session: fixture.session,
            path: "h.json",
            scores: fixture.scores
          )
        )
      ),
    ]
  }

  @Test("no output carries an ESC, BEL, bidi override or other control character raw")
  func noControlCharacters() {
    for (name, text) in outputs {
      let bad = text.unicodeScalars.filter { scalar in
        let value = scalar.value
        return (value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t")
          || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      }
      #expect(bad.isEmpty, "\(name) has \(bad.map { String($0.value, radix: 16) })")
      let crs = text.utf8.enumerated().filter { $0.element == 0x0D }
      let crlfOnly = crs.allSatisfy { Array(text.utf8).dropFirst($0.offset + 1).first == 0x0A }
      #expect(name.hasSuffix(".csv") ? crlfOnly : crs.isEmpty, "\(name) has a stray CR")
    }
  }

  @Test("the HTML has no raw tag, script or event handler from the session")
  func html() {
    let html = fixture.html
    #expect(!html.lowercased().contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>"))
    #expect(html.components(separatedBy: "<style").count == 2)
    #expect(elementNames(html).isSubset(of: reportElements))
    let tags = html.matches(of: /<[^>]*>/).map { String($0.output) }
    #expect(tags.allSatisfy { $0.firstMatch(of: /\son[a-z]+\s*=/) == nil })
    #expect(
      html.contains(
        "&lt;script&gt;alert(&quot;team&quot;)&lt;/script&gt; &amp; &#39;Co&#39; ^[[31m"
      )
    )
    #expect(
      html.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(&#39;rationale&#39;)")
    )
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.contains("Eve^[]0;pwned^G"))
    #expect(html.contains("&lt;script&gt;na()&lt;/script&gt;^[[31m =NA() &lt;U+202E&gt; reversed"))
  }

  @Test("evidence links are http(s) only, and a quote cannot leave the href")
  func links() {
    let html = fixture.html
    #expect(!html.contains("href=\"javascript"))
    #expect(html.contains("<span class=\"ref\">javascript:alert(1)</span>"))
    #expect(
      html.contains(
        "href=\"https://example.com/&quot;onmouseover=&quot;alert(1)\" rel=\"noopener noreferrer\">"
      )
    )
    let hrefs = html.matches(of: /href="([^"]*)"/).map { String($0.output.1) }
    #expect(
      hrefs.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("https://") || $0.hasPrefix("http://") }
    )
  }

  @Test("every CSV cell is neutralised against formulas, and neutralised cells are quoted")
  func csv() throws {
    for (name, text) in outputs where name.hasSuffix(".csv") {
      let records = parseCSV(text)
      #expect(records.count > 1)
      #expect(Set(records.map(\.count)).count == 1, "\(name): ragged records")
      for cell in records.joined() {
        let first = cell.unicodeScalars.first { $0 != " " }
        #expect(
          !["=", "+", "-", "@", "\t", "\r"].contains(first),
          "\(name): \(cell.debugDescription)"
        )
      }
    }
    let report = fixture.csv
    #expect(report.contains(",\"'+owner\","))
    #expect(report.contains(",\"'@SUM(A1)\","))
    #expect(report.contains(",\"'-2\","))
    #expect(report.contains(",\"'^M=CR first\","))
    #expect(report.contains(",\"'\t=1+1 tab first\","))
    #expect(report.contains(",\"'=cmd|' /C calc'!A0\","))
    #expect(
      report.contains(
        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\nline two^MCR only ^[[2J cleared\""
      )
    )
    let backlog = BacklogReport.csv(fixture.backlog, scores: fixture.scores)
    #expect(backlog.contains(",\"'@SUM(A1)\",2026-02-02\r\n"))
    #expect(backlog.contains(",\"'-owner\",\r\n"))
  }

  @Test("Markdown escapes tags, emphasis, links and table pipes")
  func markdown() {
    for (name, text) in outputs where name.hasSuffix(".md") {
      #expect(!text.lowercased().contains("<script"), "\(name)")
      #expect(!text.contains("<img"), "\(name)")
      #expect(!text.contains("<b>"), "\(name)")
    }
    let report = fixture.markdown
    #expect(
      report.hasPrefix(
        "# ML maturity assessment: Team: &lt;script>alert(\"team\")&lt;/script> & 'Co' ^\\[\\[31m"
      )
    )
    #expect(
      report.contains(
        "  - Dissent: \"quoted\" & 'single' &lt;b>bold&lt;/b> \\*stars\\* \\| pipe \\| "
          + "\\[link](javascript:alert(1))"
      )
    )
    // Answer tables: Question | Answer | Note | Id, the id last.
    let rows = report.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.hasSuffix("` |") }
      .filter { !$0.hasPrefix("| |") && !$0.hasPrefix("| ▲") && !$0.contains("→") }
    #expect(!rows.isEmpty)
    for row in rows {
      let pipes = row.replacing("\\|", with: "").filter { $0 == "|" }.count
      #expect(pipes == 5, "\(row)")
    }
  }

  @Test("JSON keeps every hostile text exactly, escaped by the writer")
  func json() throws {
    let text = fixture.json(file: "hostile.json")
    #expect(text.contains("\\u001b[31m"))
    guard case .object(let members) = try JSONParser.parse(Array(text.utf8)).value,
      case .array(let questions)? = members.last?.node.value,
      case .object(let first) = questions.first?.value
    else {
      Issue.record("unexpected report shape")
      return
    }
    let note = fixture.session.answers["mlts.data.1"]?.note
    #expect(first.first { $0.key == "note" }?.node.value == note.map { .string($0) })
    guard case .object(let session) = members.first(where: { $0.key == "session" })?.node.value
    else {
      Issue.record("no session object")
      return
    }
    #expect(session.first { $0.key == "team" }?.node.value == .string(fixture.session.team))
  }
}
