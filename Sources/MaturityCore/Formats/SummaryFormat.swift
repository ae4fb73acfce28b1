/// `report --format summary`: one HTML page that prints on one A4 or
/// Letter sheet, for the people who fund the work.
public struct SummaryFormat: DocumentFormat {
  public let name = "summary"
  public let kinds: Set<DocumentKind> = [.report]
  public let usesHistory = true

  /// Creates the format.
  public init() {}

  public func render(_ document: Document) -> RenderedDocument? {
    guard case .report(let doc) = document else { return nil }
    return .text(SummaryHTML.render(ReportSummary(doc)))
  }
}

extension ReportSummary {
  /// The summary of a report document, beside its history (none when the
  /// command did not read one).
  init(_ document: SessionDocument) {
    self.init(
      session: document.session,
      scores: document.scores,
      history: document.history
        ?? PreviousSession.history(
          of: document.session,
          at: document.path,
          among: [],
          named: nil,
          catalog: document.catalog
        ),
      catalog: document.catalog
    )
  }
}
