import ArgumentParser
import MaturityCore

/// Which document a command writes, and its default format: the type
/// parameter of ``DocumentOptions``.
protocol DocumentCommandKind {
  /// The document kind.
  static var kind: DocumentKind { get }
  /// The format when `--format` is left out.
  static var defaultFormat: String { get }
}

/// `--format NAME` and `-o FILE`, the options every document command shares:
/// the formats come from ``DocumentFormats`` for `Kind`'s document, and the
/// output goes through ``DocumentOutput/emit(_:as:to:inputs:colour:)``.
struct DocumentOptions<Kind: DocumentCommandKind>: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      DocumentFormats.list(DocumentFormats.names(for: Kind.kind))
        + ". Default: \(Kind.defaultFormat).",
      valueName: "format"
    ),
    completion: .list(DocumentFormats.names(for: Kind.kind))
  )
  var format: String?

  @Option(
    name: [.short, .customLong("output")],
    help: "Write it to this file instead of standard output."
  )
  var output: String?

  /// The format named with `--format`, else the command's default.
  var chosen: any DocumentFormat {
    get throws { try DocumentOutput.format(format ?? Kind.defaultFormat, for: Kind.kind) }
  }

  func validate() throws {
    _ = try chosen
  }

  /// Renders `document` in the chosen format and prints it or writes it to
  /// `-o` (never over one of `inputs`).
  func emit(
    _ document: Document,
    inputs: [String],
    colour: ((DiffText.Tone) -> [Int])? = nil
  ) throws {
    try DocumentOutput.emit(document, as: try chosen, to: output, inputs: inputs, colour: colour)
  }
}

/// `score`.
enum ScoreDocumentKind: DocumentCommandKind {
  static let kind = DocumentKind.score
  static let defaultFormat = "text"
}

/// `report`.
enum ReportDocumentKind: DocumentCommandKind {
  static let kind = DocumentKind.report
  static let defaultFormat = "markdown"
}

/// `backlog`.
enum BacklogDocumentKind: DocumentCommandKind {
  static let kind = DocumentKind.backlog
  static let defaultFormat = "markdown"
}

/// `diff`.
enum DiffDocumentKind: DocumentCommandKind {
  static let kind = DocumentKind.diff
  static let defaultFormat = "text"
}

/// `trend`.
enum TrendDocumentKind: DocumentCommandKind {
  static let kind = DocumentKind.trend
  static let defaultFormat = "text"
}

/// `portfolio`.
enum PortfolioDocumentKind: DocumentCommandKind {
  static let kind = DocumentKind.portfolio
  static let defaultFormat = "text"
}
