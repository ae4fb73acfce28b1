/// An output format of the document commands (`--format NAME`).
///
/// A format renders the documents it knows and returns `nil` for the
/// others; the commands offer a format for a document kind when
/// ``kinds`` contains it. Adding a format is one file with a type that
/// conforms, plus its line in ``DocumentFormats/all``.
public protocol DocumentFormat: Sendable {
  /// The name after `--format`.
  var name: String { get }
  /// The document kinds this format renders.
  var kinds: Set<DocumentKind> { get }
  /// Whether a report in this format shows the other rounds of the team
  /// and system (``SessionDocument/history``), which the command then reads
  /// from the session's folder.
  var usesHistory: Bool { get }
  /// `document` rendered, or `nil` when its kind is not one of ``kinds``.
  func render(_ document: Document) -> RenderedDocument?
}

extension DocumentFormat {
  /// Most formats show one session only.
  public var usesHistory: Bool { false }
}

/// Every output format, in the order `--help` lists them.
public enum DocumentFormats {
  /// The formats.
  public static let all: [any DocumentFormat] = [
    TextFormat(), MarkdownFormat(), HTMLFormat(), CSVFormat(), GitHubCSVFormat(),
    JiraCSVFormat(), JSONFormat(), SummaryFormat(), SummaryMarkdownFormat(),
  ]

  /// The names of the formats that render `kind`, in order.
  public static func names(for kind: DocumentKind) -> [String] {
    all.filter { $0.kinds.contains(kind) }.map(\.name)
  }

  /// The format called `name` that renders `kind`, or a usage error that
  /// lists the formats there are for it.
  public static func format(named name: String, for kind: DocumentKind) throws(MaturityError)
    -> any DocumentFormat
  {
    if let format = all.first(where: { $0.name == name && $0.kinds.contains(kind) }) {
      return format
    }
    throw MaturityError(
      .usage,
      "--format \(name.prefix(40)): \(kind.rawValue) can be written as \(list(names(for: kind)))"
    )
  }

  /// `a, b or c`.
  public static func list(_ names: [String]) -> String {
    guard let last = names.last, names.count > 1 else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " or " + last
  }
}
