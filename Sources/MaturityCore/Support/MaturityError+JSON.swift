// Everything that uses MaturityCore reads and writes JSON values
// (`JSONValue`, `JSONMember`, …) through it, so the JSON target comes with it.
@_exported import MaturityJSON

extension MaturityError {
  /// A file's content that its reader refused (`.badData`), with the
  /// reader's whole message: `line 12, column 5: sections[0].title: …`.
  public init(_ error: JSONReadError, path: String? = nil) {
    self.init(.badData, path: path, error.description)
  }

  /// A file that is not valid JSON (`.badData`): `line 3, column 7: …`.
  public init(_ error: JSONParseError, path: String? = nil) {
    self.init(.badData, path: path, error.description)
  }
}
