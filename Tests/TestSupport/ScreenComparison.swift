import Testing

/// Compares two multi-line screens and describes the first row that differs,
/// or returns `nil` when they are equal.
///
/// ```
/// row 3 differs:
///   actual: "│ ➤ Zweite Frage │"
///   wanted: "│   Zweite Frage │"
/// ```
public func firstScreenDifference(_ actual: String, _ expected: String) -> String? {
  let actualRows = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let expectedRows = expected.split(separator: "\n", omittingEmptySubsequences: false)
  for row in 0..<max(actualRows.count, expectedRows.count) {
    let actualRow = row < actualRows.count ? String(actualRows[row]).debugDescription : "<none>"
    let wantedRow = row < expectedRows.count ? String(expectedRows[row]).debugDescription : "<none>"
    if actualRow != wantedRow {
      var message = "row \(row) differs:\n  actual: \(actualRow)\n  wanted: \(wantedRow)"
      if actualRows.count != expectedRows.count {
        message += "\n(actual has \(actualRows.count) rows, wanted \(expectedRows.count))"
      }
      return message
    }
  }
  return nil
}

/// Expects a screen's text to equal `expected`, reporting the first row that
/// differs (with the actual and the wanted row) at the caller's line.
///
/// ```swift
/// expectScreen(buffer.plainText, """
///   ┌─ Title ─┐
///   └─────────┘
///   """)
/// ```
public func expectScreen(
  _ text: String,
  _ expected: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  if let difference = firstScreenDifference(text, expected) {
    Issue.record(
      "Screen \(difference)\nwhole screen:\n\(text)",
      sourceLocation: sourceLocation
    )
  }
}
