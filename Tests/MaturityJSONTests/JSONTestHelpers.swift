import MaturityJSON

/// The parse error of `text`, or `nil` when it parses.
func parseError(_ bytes: [UInt8]) -> JSONParseError? {
  do {
    _ = try JSONParser.parse(bytes)
    return nil
  } catch {
    return error
  }
}

/// The parse error of `text`, or `nil` when it parses.
func parseError(_ text: String) -> JSONParseError? {
  parseError(Array(text.utf8))
}
