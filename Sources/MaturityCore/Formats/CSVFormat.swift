/// `--format csv`: rows for a spreadsheet (cells a spreadsheet would run as
/// formulas are neutralised).
public struct CSVFormat: DocumentFormat {
  public let name = "csv"
  public let kinds: Set<DocumentKind> = [.report, .backlog, .trend, .portfolio]

  /// Creates the format.
  public init() {}

  public func render(_ document: Document) -> RenderedDocument? {
    switch document {
    case .report(let doc): .csv(CSVReport.render(session: doc.session, scores: doc.scores))
    case .backlog(let doc): .csv(BacklogReport.csv(doc.backlog, scores: doc.scores))
    case .trend(let doc): .csv(TrendCSV.render(doc.groups))
    case .portfolio(let portfolio): .csv(PortfolioCSV.render(portfolio))
    case .score, .diff: nil
    }
  }
}
