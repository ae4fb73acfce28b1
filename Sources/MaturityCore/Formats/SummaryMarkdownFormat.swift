/// `report --format summary-markdown`: the one-page summary in Markdown.
public struct SummaryMarkdownFormat: DocumentFormat {
  public let name = "summary-markdown"
  public let kinds: Set<DocumentKind> = [.report]
  public let usesHistory = true

  /// Creates the format.
  public init() {}

  public func render(_ document: Document) -> RenderedDocument? {
    guard case .report(let doc) = document else { return nil }
    return .text(SummaryMarkdown.render(ReportSummary(doc)))
  }
}
