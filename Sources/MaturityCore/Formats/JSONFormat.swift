/// `--format json`: for scripts; every document's schema is in the README.
public struct JSONFormat: DocumentFormat {
  public let name = "json"
  public let kinds: Set<DocumentKind> = Set(DocumentKind.allCases)

  /// Creates the format.
  public init() {}

  public func render(_ document: Document) -> RenderedDocument? {
    .json(JSONWriter.write(value(document)))
  }

  /// The JSON value of `document`.
  private func value(_ document: Document) -> JSONValue {
    switch document {
    case .score(let doc):
      ScoreJSON.document(
        session: doc.session,
        path: doc.path,
        scores: doc.scores,
        catalog: doc.catalog
      )
    case .report(let doc):
      ReportJSON.document(
        session: doc.session,
        path: doc.path,
        scores: doc.scores,
        catalog: doc.catalog
      )
    case .backlog(let doc):
      BacklogReport.json(
        doc.backlog,
        session: doc.session,
        path: doc.path,
        scores: doc.scores,
        all: doc.all
      )
    case .diff(let doc):
      DiffJSON.document(
        doc.diff,
        oldPath: doc.oldPath,
        newPath: doc.newPath,
        onlyChanges: doc.onlyChanges
      )
    case .trend(let doc): TrendJSON.document(doc.groups, problems: doc.problems)
    case .portfolio(let portfolio): PortfolioJSON.document(portfolio)
    }
  }
}
