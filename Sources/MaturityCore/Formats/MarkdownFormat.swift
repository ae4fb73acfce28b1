/// `--format markdown`: to read, or to paste into a wiki or an issue.
public struct MarkdownFormat: DocumentFormat {
  public let name = "markdown"
  public let kinds: Set<DocumentKind> = [.report, .backlog, .diff, .trend, .portfolio]

  /// Creates the format.
  public init() {}

  public func render(_ document: Document) -> RenderedDocument? {
    switch document {
    case .report(let doc):
      .text(MarkdownReport.render(session: doc.session, scores: doc.scores, catalog: doc.catalog))
    case .backlog(let doc):
      .text(
        BacklogReport.markdown(
          doc.backlog,
          session: doc.session,
          scores: doc.scores,
          all: doc.all,
          filter: doc.filter
        )
      )
    case .diff(let doc):
      .text(
        DiffMarkdown.render(
          doc.diff,
          oldPath: doc.oldPath,
          newPath: doc.newPath,
          onlyChanges: doc.onlyChanges
        )
      )
    case .trend(let doc): .text(TrendText.markdown(doc.groups))
    case .portfolio(let portfolio): .text(PortfolioMarkdown.render(portfolio))
    case .score: nil
    }
  }
}
