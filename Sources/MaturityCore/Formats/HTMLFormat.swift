/// `--format html`: one self-contained page (inline CSS and SVG, no
/// scripts).
public struct HTMLFormat: DocumentFormat {
  public let name = "html"
  public let kinds: Set<DocumentKind> = [.report]

  /// Creates the format.
  public init() {}

  public func render(_ document: Document) -> RenderedDocument? {
    switch document {
    case .report(let doc):
      .text(HTMLReport.render(session: doc.session, scores: doc.scores, catalog: doc.catalog))
    case .score, .backlog, .diff, .trend: nil
    }
  }
}
