/// `--format html`: one self-contained page (inline CSS and SVG, no
/// scripts); for `trend`, with an SVG chart per framework; for `portfolio`,
/// a heat map.
public struct HTMLFormat: DocumentFormat {
  public let name = "html"
  public let kinds: Set<DocumentKind> = [.report, .trend, .portfolio]

  /// Creates the format.
  public init() {}

  public func render(_ document: Document) -> RenderedDocument? {
    switch document {
    case .report(let doc):
      .text(HTMLReport.render(session: doc.session, scores: doc.scores, catalog: doc.catalog))
    case .trend(let doc): .text(TrendHTML.render(doc.groups))
    case .portfolio(let portfolio): .text(PortfolioHTML.render(portfolio))
    case .score, .backlog, .diff: nil
    }
  }
}
