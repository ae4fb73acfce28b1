/// `--format jira-csv`: the backlog in the columns Jira's CSV import maps
/// (Summary, Description, Issue Type, Priority, Labels, Assignee, Due Date).
public struct JiraCSVFormat: DocumentFormat {
  public let name = "jira-csv"
  public let kinds: Set<DocumentKind> = [.backlog]

  /// Creates the format.
  public init() {}

  public func render(_ document: Document) -> RenderedDocument? {
    guard case .backlog(let doc) = document else { return nil }
    return .csv(BacklogTracker.csv(doc.backlog, scores: doc.scores, preset: .jira))
  }
}
