/// `--format text`: plain lines for a terminal (the default of `score`,
/// `diff` and `trend`); `diff` lines carry tones a terminal may colour.
public struct TextFormat: DocumentFormat {
  public let name = "text"
  public let kinds: Set<DocumentKind> = [.score, .diff, .trend, .portfolio]

  /// Creates the format.
  public init() {}

  public func render(_ document: Document) -> RenderedDocument? {
    switch document {
    case .score(let doc):
      .text(ScoreText.render(session: doc.session, scores: doc.scores, catalog: doc.catalog))
    case .diff(let doc):
      .toned(
        DiffText.lines(
          doc.diff,
          oldPath: doc.oldPath,
          newPath: doc.newPath,
          onlyChanges: doc.onlyChanges
        )
      )
    case .trend(let doc): .text(TrendText.render(doc.groups))
    case .portfolio(let portfolio): .text(PortfolioText.render(portfolio))
    case .report, .backlog: nil
    }
  }
}
