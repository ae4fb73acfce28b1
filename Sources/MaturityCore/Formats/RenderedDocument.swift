/// A rendered document, with how it must be printed or written.
public enum RenderedDocument: Sendable, Equatable {
  /// Text to read (plain, Markdown, HTML): sanitised before a terminal or
  /// a file sees it, line breaks and tabs kept.
  case text(String)
  /// CSV: its CR LF record ends kept, every field sanitised.
  case csv(String)
  /// JSON as ``JSONWriter`` wrote it: already escaped, printed exactly.
  case json(String)
  /// Plain lines with a tone each, which a terminal may colour.
  case toned([DiffText.Line])

  /// The document as one string (toned lines joined, without colour).
  public var plainText: String {
    switch self {
    case .text(let text), .csv(let text), .json(let text): text
    case .toned(let lines): lines.map(\.text).joined(separator: "\n") + "\n"
    }
  }
}
