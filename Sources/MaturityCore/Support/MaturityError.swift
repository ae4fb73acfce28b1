/// An error a user can act on: what went wrong, where, and the exit code
/// the command line returns for it.
///
/// Its ``description`` is one line, `PATH: WHERE: WHAT`, for example
/// `team.json: line 12, column 5: answers."mlts.data.1".value: expected a string, found a number`.
public struct MaturityError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The kind of failure, which decides the exit code.
  public enum Kind: Sendable, Equatable {
    /// The command was called wrongly (exit 64).
    case usage
    /// A file's content is not valid (exit 65).
    case badData
    /// A named file does not exist (exit 66).
    case missingFile
    /// Reading or writing failed (exit 74).
    case io
    /// Another process holds the session; trying again later may work
    /// (exit 75, `EX_TEMPFAIL`).
    case busy
  }

  /// The kind of failure.
  public var kind: Kind
  /// The file concerned, if any.
  public var path: String?
  /// What is wrong, including the place in the file when known.
  public var message: String

  /// Creates an error.
  public init(_ kind: Kind, path: String? = nil, _ message: String) {
    self.kind = kind
    self.path = path
    self.message = message
  }

  /// The same error, naming `path` when it named no file yet.
  public func at(path newPath: String) -> MaturityError {
    var copy = self
    if copy.path == nil { copy.path = newPath }
    return copy
  }

  /// The process exit code (sysexits.h): 64, 65, 66, 74 or 75.
  public var exitCode: Int32 {
    switch kind {
    case .usage: 64
    case .badData: 65
    case .missingFile: 66
    case .io: 74
    case .busy: 75
    }
  }

  /// One line: `PATH: MESSAGE`, or just the message without a path.
  public var description: String {
    if let path { return "\(path): \(message)" }
    return message
  }
}
