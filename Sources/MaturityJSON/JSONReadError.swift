/// A value in a parsed document that is not what its reader expects, with
/// its place: `line 12, column 5: sections[0].title: expected a string,
/// found a number`.
///
/// Thrown by ``JSONReader`` and by the decoders built on it; a caller that
/// has its own error type maps it by ``description``, which is the whole
/// one-line message.
public struct JSONReadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// 1-based line of the value, or 0 for a value built in code.
  public var line: Int
  /// 1-based column, in characters.
  public var column: Int
  /// The value's path from the document root, e.g. `sections[0].title`
  /// (empty for the root).
  public var path: String
  /// What is wrong, e.g. `expected a string, found a number`.
  public var message: String

  /// Creates an error.
  public init(line: Int, column: Int, path: String, message: String) {
    self.line = line
    self.column = column
    self.path = path
    self.message = message
  }

  /// `line L, column C: PATH: MESSAGE`, leaving out the parts that are
  /// unknown.
  public var description: String {
    var parts: [String] = []
    if line > 0 { parts.append("line \(line), column \(column)") }
    if !path.isEmpty { parts.append(path) }
    parts.append(message)
    return parts.joined(separator: ": ")
  }
}
