/// `--format github-csv`: the backlog in the columns a GitHub issues import
/// takes (title, body, labels, assignees, milestone).
public struct GitHubCSVFormat: DocumentFormat {
  public let name = "github-csv"
  public let kinds: Set<DocumentKind> = [.backlog]

  /// Creates the format.
  public init() {}

  public func render(_ document: Document) -> RenderedDocument? {
    guard case .backlog(let doc) = document else { return nil }
    return .csv(BacklogTracker.csv(doc.backlog, scores: doc.scores, preset: .github))
  }
}
