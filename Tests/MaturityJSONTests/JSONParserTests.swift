import MaturityJSON
import Testing

/// A JSON text that must be rejected, and the error it must give.
struct RejectedJSON: Sendable, CustomTestStringConvertible {
  let text: String
  let line: Int
  let column: Int
  let message: String

  init(_ text: String, _ line: Int, _ column: Int, _ message: String) {
    self.text = text
    self.line = line
    self.column = column
    self.message = message
  }

  var testDescription: String { text.debugDescription }
}

/// Expects `rejected` to fail to parse with exactly its line, column and message.
func expectRejected(_ rejected: RejectedJSON, sourceLocation: SourceLocation = #_sourceLocation) {
  #expect(
    parseError(rejected.text)?.description
      == "line \(rejected.line), column \(rejected.column): \(rejected.message)",
    sourceLocation: sourceLocation
  )
}

@Suite("JSON parser: values, numbers and strings")
struct JSONParserTests {
  @Test("parses nested values, keeps member order and records 1-based lines and columns")
  func nestedValues() throws {
    let node = try JSONParser.parse(Array("{\n  \"b\": [1, true],\n  \"a\": {\"c\": null}\n}".utf8))
    let expected: JSONValue = .object([
      JSONMember("b", .array([JSONNode(.number("1")), JSONNode(.bool(true))])),
      JSONMember("a", .object([JSONMember("c", .null)])),
    ])
    #expect(node.value == expected)
    #expect(node.line == 1 && node.column == 1)
    guard case .object(let members) = node.value, case .array(let elements) = members[0].node.value,
      case .object(let inner) = members[1].node.value
    else {
      Issue.record("unexpected shape: \(node.value)")
      return
    }
    #expect([members[0].node.line, members[0].node.column] == [2, 8])
    #expect([elements[1].line, elements[1].column] == [2, 12])
    #expect([members[1].node.line, members[1].node.column] == [3, 8])
    #expect([inner[0].node.line, inner[0].node.column] == [3, 14])
  }

  @Test("columns count characters on long lines, ASCII runs and multi-byte text alike")
  func columnsOnLongLines() throws {
    // 8-byte ASCII runs are counted a word at a time: around them, and
    // after multi-byte characters, every column must still be a character.
    let ascii = String(repeating: "abcdefgh", count: 5)
    let text = "[\"\(ascii)\", \"é日本\(ascii)x\", 1, \"\(ascii)é\", 2]"
    let node = try JSONParser.parse(Array(text.utf8))
    guard case .array(let elements) = node.value else {
      Issue.record("unexpected shape: \(node.value)")
      return
    }
    // A value's column is 1 + the characters (String.count) before it.
    func column(after prefix: String) -> Int { prefix.count + 1 }
    let prefixes = [
      "[", "[\"\(ascii)\", ", "[\"\(ascii)\", \"é日本\(ascii)x\", ",
      "[\"\(ascii)\", \"é日本\(ascii)x\", 1, ", "[\"\(ascii)\", \"é日本\(ascii)x\", 1, \"\(ascii)é\", ",
    ]
    #expect(elements.map(\.column) == prefixes.map { column(after: $0) })
    let rejected = "[\"é\(ascii)\", \"\(ascii)\" x]"
    let before = "[\"é\(ascii)\", \"\(ascii)\" "
    expectRejected(
      RejectedJSON(rejected, 1, column(after: before), "unexpected 'x'; expected ',' or ']'")
    )
  }

  @Test(
    "scalars at the top level",
    arguments: [
      ("true", JSONValue.bool(true)), ("false", .bool(false)), ("null", .null),
      ("\"x\"", .string("x")), (" 7 ", .number("7")), ("[]", .array([])), ("{}", .object([])),
    ]
  )
  func scalars(text: String, value: JSONValue) throws {
    #expect(try JSONParser.parse(Array(text.utf8)).value == value)
  }

  @Test(
    "valid numbers keep their literal text",
    arguments: [
      "0", "-0", "7", "-12", "10", "0.5", "-0.25", "1.000", "1e3", "1E3", "1e+3", "1e-3", "2.5E-10",
      "-0e0", "123456789012345678901234567890",
    ]
  )
  func validNumbers(literal: String) throws {
    #expect(try JSONParser.parse(Array(literal.utf8)).value == .number(literal))
    #expect(
      try JSONParser.parse(Array("[\(literal)]".utf8)).value == .array([JSONNode(.number(literal))])
    )
  }

  @Test(
    "invalid numbers are rejected where they go wrong",
    arguments: [
      RejectedJSON("01", 1, 2, "invalid number: leading zeros are not allowed"),
      RejectedJSON("-01", 1, 3, "invalid number: leading zeros are not allowed"),
      RejectedJSON("-", 1, 2, "invalid number: expected a digit"),
      RejectedJSON("-x", 1, 2, "invalid number: expected a digit"),
      RejectedJSON("1.", 1, 3, "invalid number: expected a digit after '.'"),
      RejectedJSON("1.e3", 1, 3, "invalid number: expected a digit after '.'"),
      RejectedJSON("1e", 1, 3, "invalid number: expected a digit in the exponent"),
      RejectedJSON("1e+", 1, 4, "invalid number: expected a digit in the exponent"),
      RejectedJSON(".5", 1, 1, "unexpected '.'; expected a value"),
      RejectedJSON("+1", 1, 1, "unexpected '+'; expected a value"),
      RejectedJSON("NaN", 1, 1, "unexpected 'N'; expected a value"),
      RejectedJSON("Infinity", 1, 1, "unexpected 'I'; expected a value"),
      RejectedJSON("0x10", 1, 2, "unexpected 'x' after the end of the JSON value"),
      RejectedJSON("1.5.2", 1, 4, "unexpected '.' after the end of the JSON value"),
      RejectedJSON("[1 2]", 1, 4, "unexpected '2'; expected ',' or ']'"),
      RejectedJSON(String(repeating: "1", count: 65), 1, 66, "number literal too long"),
    ]
  )
  func invalidNumbers(_ rejected: RejectedJSON) {
    expectRejected(rejected)
  }

  @Test("a 64-character number is still accepted")
  func longestNumber() throws {
    let literal = String(repeating: "9", count: 64)
    #expect(try JSONParser.parse(Array(literal.utf8)).value == .number(literal))
  }

  @Test(
    "escapes decode",
    arguments: [
      (#""\"\\\/""#, "\"\\/"),
      (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
      (#""\u0041\u00e9\u00E9""#, "Aéé"),
      (#""\u65e5\u672C""#, "日本"),
      (#""\u0000\u001b""#, "\u{0}\u{1B}"),
      (#""\uD83D\uDE00 \ud834\udd1e""#, "😀 𝄞"),
      (#""\uFFFF""#, "\u{FFFF}"),
    ]
  )
  func escapes(text: String, decoded: String) throws {
    #expect(try JSONParser.parse(Array(text.utf8)).value == .string(decoded))
  }

  @Test("raw UTF-8 text is kept as it is")
  func rawUTF8() throws {
    let text = "Équipe 日本語 😀 e\u{301}"
    #expect(try JSONParser.parse(Array("\"\(text)\"".utf8)).value == .string(text))
  }

  @Test(
    "unpaired surrogates and bad \\u escapes are rejected",
    arguments: [
      RejectedJSON(#""\uD800""#, 1, 8, #"unpaired surrogate \uD800 in a string"#),
      RejectedJSON(#""\uD800x""#, 1, 8, #"unpaired surrogate \uD800 in a string"#),
      RejectedJSON(#""\uDBFF\n""#, 1, 8, #"unpaired surrogate \uDBFF in a string"#),
      RejectedJSON(#""\uD800\u0041""#, 1, 14, #"unpaired surrogate \uD800 in a string"#),
      RejectedJSON(#""\uD800\uD800""#, 1, 14, #"unpaired surrogate \uD800 in a string"#),
      RejectedJSON(#""\uDC00""#, 1, 8, #"unpaired surrogate \uDC00 in a string"#),
      RejectedJSON(#""a\uDFFFb""#, 1, 9, #"unpaired surrogate \uDFFF in a string"#),
      RejectedJSON(#""\u12G4""#, 1, 6, #"invalid \u escape: expected 4 hex digits"#),
      RejectedJSON(#""\u12""#, 1, 4, #"incomplete \u escape"#),
    ]
  )
  func badUnicodeEscapes(_ rejected: RejectedJSON) {
    expectRejected(rejected)
  }

  @Test(
    "raw control characters and unterminated strings are rejected",
    arguments: [
      RejectedJSON("\"a\tb\"", 1, 3, "control character U+0009 inside a string must be escaped"),
      RejectedJSON(
        "\"\u{1B}[31m\"",
        1,
        2,
        "control character U+001B inside a string must be escaped"
      ),
      RejectedJSON("\"\u{0}\"", 1, 2, "control character U+0000 inside a string must be escaped"),
      RejectedJSON(
        "\"ab\ncd\"",
        1,
        4,
        "unterminated string (a line break inside a string must be written \\n)"
      ),
      RejectedJSON("\"abc", 1, 5, "unterminated string"),
      RejectedJSON("\"abc\\", 1, 6, "unterminated string"),
    ]
  )
  func badStrings(_ rejected: RejectedJSON) {
    expectRejected(rejected)
  }

  @Test("an unknown escape is named plainly")
  func unknownEscape() {
    expectRejected(
      RejectedJSON(#"["\x"]"#, 1, 4, "invalid escape: a backslash followed by 'x' in a string")
    )
  }

  @Test(
    "invalid UTF-8 inside a string is rejected after the string",
    arguments: [
      // Columns count lead bytes: a continuation byte does not start a column.
      ([0x22, 0x61, 0xFF, 0x62, 0x22], 6),  // a lone 0xFF
      ([0x22, 0xC0, 0xAF, 0x22], 4),  // overlong '/'
      ([0x22, 0xED, 0xA0, 0x80, 0x22], 4),  // an encoded surrogate
      ([0x22, 0x61, 0xE6, 0x97, 0x22], 5),  // a truncated three-byte sequence
      ([0x22, 0x80, 0x22], 3),  // a stray continuation byte
    ] as [([UInt8], Int)]
  )
  func invalidUTF8InString(bytes: [UInt8], column: Int) {
    #expect(
      parseError(bytes)?.description
        == "line 1, column \(column): the string before this point is not valid UTF-8"
    )
  }

  @Test("invalid UTF-8 outside a string is an unexpected byte")
  func invalidUTF8OutsideString() {
    #expect(
      parseError([0x5B, 0xFF, 0x5D])?.description
        == "line 1, column 2: unexpected byte 0xFF; expected a value"
    )
  }

  @Test("a string of exactly 1 MiB is accepted")
  func stringAtLimit() throws {
    let text = String(repeating: "a", count: JSONParser.maximumStringBytes)
    #expect(try JSONParser.parse(Array("\"\(text)\"".utf8)).value == .string(text))
  }

  @Test("a string one byte over 1 MiB is rejected")
  func stringOverLimit() {
    let bytes = Array(
      "[\"\(String(repeating: "é", count: JSONParser.maximumStringBytes / 2))a\"]".utf8
    )
    #expect(parseError(bytes)?.message.hasPrefix("string longer than 1024 KiB: ") == true)
    #expect(parseError(bytes)?.message.contains("shorten it") == true)
    #expect(parseError(bytes)?.line == 1)
    #expect(parseError(bytes)?.column == 3 + JSONParser.maximumStringBytes / 2 + 1)
  }

  @Test("a string over 1 MiB made only of escapes is rejected")
  func escapedStringOverLimit() {
    let bytes = Array(
      "\"\(String(repeating: "\\n", count: JSONParser.maximumStringBytes + 1))\"".utf8
    )
    // Rejected just after the escape that crosses the limit.
    let column = 2 * (JSONParser.maximumStringBytes + 1) + 2
    #expect(
      parseError(bytes)?.description.hasPrefix(
        "line 1, column \(column): string longer than 1024 KiB: "
      ) == true
    )
  }
}
