import MaturityCore
import Testing

/// One sample document of every kind, from the workshop gap session.
private func samples() throws -> [Document] {
  let session = try workshopGapSession()
  let scores = [FrameworkScore(bank: try Shipped.bank("mlts"), answers: session.answers)]
  let scored = SessionDocument(
    session: session,
    path: "s.json",
    scores: scores,
    catalog: Shipped.catalog
  )
  let backlog = Backlog(session: session, scores: scores)
  var trend = SessionTrend(catalog: Shipped.catalog)
  trend.add(session, path: "s.json")
  return [
    .score(scored),
    .report(scored),
    .backlog(BacklogDocument(backlog: backlog, session: session, path: "s.json", scores: scores)),
    .diff(
      DiffDocument(
        diff: SessionDiff(old: session, new: session, catalog: Shipped.catalog),
        oldPath: "a.json",
        newPath: "b.json",
        onlyChanges: false
      )
    ),
    .trend(TrendDocument(groups: trend.groups(), problems: trend.problems)),
    .portfolio(Portfolio(trend)),
  ]
}

@Suite("Document formats: one renderer per format")
struct DocumentFormatTests {
  @Test("a format renders exactly the document kinds it lists, and nothing else")
  func kindsMatchRendering() throws {
    let documents = try samples()
    #expect(Set(documents.map(\.kind)) == Set(DocumentKind.allCases))
    for format in DocumentFormats.all {
      for document in documents {
        let rendered = format.render(document)
        #expect(
          (rendered != nil) == format.kinds.contains(document.kind),
          "\(format.name) for \(document.kind)"
        )
        if let rendered { #expect(!rendered.plainText.isEmpty) }
      }
    }
  }

  @Test("each command keeps the formats it had, in the order --help lists them")
  func namesPerKind() {
    #expect(DocumentFormats.names(for: .score) == ["text", "json"])
    #expect(
      DocumentFormats.names(for: .report) == [
        "markdown", "html", "csv", "json", "summary", "summary-markdown",
      ]
    )
    #expect(
      DocumentFormats.names(for: .backlog) == [
        "markdown", "csv", "github-csv", "jira-csv", "json",
      ]
    )
    #expect(DocumentFormats.names(for: .diff) == ["text", "markdown", "json"])
    #expect(DocumentFormats.names(for: .trend) == ["text", "markdown", "html", "csv", "json"])
    #expect(
      DocumentFormats.names(for: .portfolio) == ["text", "markdown", "html", "csv", "json"]
    )
  }

  @Test("format names are unique, so --format NAME means one renderer")
  func uniqueNames() {
    let names = DocumentFormats.all.map(\.name)
    #expect(Set(names).count == names.count)
  }

  @Test("an unknown or unfitting format is a usage error that lists the formats there are")
  func unknownFormat() {
    let unknown = caught { try DocumentFormats.format(named: "yaml", for: .report) }
    #expect(unknown?.kind == .usage)
    #expect(
      unknown?.message
        == "--format yaml: report can be written as markdown, html, csv, json, summary or summary-markdown"
    )
    let unfitting = caught { try DocumentFormats.format(named: "html", for: .diff) }
    #expect(unfitting?.message == "--format html: diff can be written as text, markdown or json")
  }

  @Test("the renderers are the documents' own: JSON is the writer's, toned diff lines join as text")
  func renderedKinds() throws {
    let documents = try samples()
    guard case .json(let json) = JSONFormat().render(documents[0]) else {
      Issue.record("score JSON is not .json")
      return
    }
    #expect(json.hasPrefix("{"))
    guard case .toned(let lines) = TextFormat().render(documents[3]) else {
      Issue.record("diff text is not toned")
      return
    }
    #expect(
      TextFormat().render(documents[3])?.plainText == lines.map(\.text).joined(separator: "\n")
        + "\n"
    )
    guard case .csv = CSVFormat().render(documents[2]) else {
      Issue.record("backlog CSV is not .csv")
      return
    }
  }
}
