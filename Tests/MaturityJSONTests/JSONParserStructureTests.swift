import MaturityJSON
import Testing

@Suite("JSON parser: structure errors, limits and locations")
struct JSONParserStructureTests {
  @Test(
    "truncated, trailing and malformed documents are rejected where they go wrong",
    arguments: [
      RejectedJSON("", 1, 1, "the file is empty; expected a JSON value"),
      RejectedJSON("  \n\t\r\n  ", 3, 3, "the file is empty; expected a JSON value"),
      RejectedJSON("{\"a\": 1,", 1, 9, "unexpected end of file; expected a key in double quotes"),
      RejectedJSON("{\"a\": 1", 1, 8, "unexpected end of file; expected ',' or '}'"),
      RejectedJSON("{\"a\"", 1, 5, "unexpected end of file; expected ':' after the key"),
      RejectedJSON("{\"a\":", 1, 6, "unexpected end of file; expected a value"),
      RejectedJSON("[1,", 1, 4, "unexpected end of file; expected a value"),
      RejectedJSON("[", 1, 2, "unexpected end of file; expected a value"),
      RejectedJSON("{", 1, 2, "unexpected end of file; expected a key in double quotes"),
      RejectedJSON("{} x", 1, 4, "unexpected 'x' after the end of the JSON value"),
      RejectedJSON("{}{}", 1, 3, "unexpected '{' after the end of the JSON value"),
      RejectedJSON("1 2", 1, 3, "unexpected '2' after the end of the JSON value"),
      RejectedJSON("{}\n\u{0}", 2, 1, "unexpected byte 0x00 after the end of the JSON value"),
      RejectedJSON("[1,]", 1, 4, "unexpected ']'; expected a value"),
      RejectedJSON("{\"a\": 1,}", 1, 9, "unexpected '}'; expected a key in double quotes"),
      RejectedJSON("{'a': 1}", 1, 2, "unexpected '''; expected a key in double quotes"),
      RejectedJSON("{a: 1}", 1, 2, "unexpected 'a'; expected a key in double quotes"),
      RejectedJSON("{\"a\" 1}", 1, 6, "unexpected '1'; expected ':' after the key"),
      RejectedJSON("{\"a\": 1 \"b\": 2}", 1, 9, "unexpected '\"'; expected ',' or '}'"),
      RejectedJSON("tru", 1, 1, "unexpected 't'; expected a value"),
      RejectedJSON("nul", 1, 1, "unexpected 'n'; expected a value"),
      RejectedJSON("True", 1, 1, "unexpected 'T'; expected a value"),
      RejectedJSON("[\u{A0}1]", 1, 2, "unexpected byte 0xC2; expected a value"),
    ]
  )
  func malformed(_ rejected: RejectedJSON) {
    expectRejected(rejected)
  }

  @Test("a byte order mark is rejected at line 1, column 1")
  func byteOrderMark() {
    #expect(
      parseError([0xEF, 0xBB, 0xBF] + Array("{}".utf8))?.description
        == "line 1, column 1: the file starts with a byte order mark (BOM); save it as UTF-8 without one"
    )
  }

  @Test("a duplicate key is rejected at the second key")
  func duplicateKey() {
    expectRejected(
      RejectedJSON(
        "{\n  \"a\": 1,\n  \"b\": {\"a\": 2},\n  \"a\": 3\n}",
        4,
        3,
        "duplicate key \"a\""
      )
    )
  }

  @Test("keys that differ only after escaping are duplicates")
  func duplicateKeyAfterEscaping() {
    expectRejected(RejectedJSON(#"{"é": 1, "\u00e9": 2}"#, 1, 10, "duplicate key \"é\""))
  }

  @Test("the same key in different objects is allowed")
  func sameKeyInSiblings() throws {
    let node = try JSONParser.parse(Array(#"[{"a": 1}, {"a": 2}]"#.utf8))
    #expect(
      node.value
        == .array([
          JSONNode(.object([JSONMember("a", .number("1"))])),
          JSONNode(.object([JSONMember("a", .number("2"))])),
        ])
    )
  }

  @Test("nesting of 64 levels is accepted, 65 rejected", arguments: ["[", "{\"k\":"])
  func nestingDepth(opener: String) throws {
    let closer = opener == "[" ? "]" : "}"
    func document(_ depth: Int) -> [UInt8] {
      Array(
        (String(repeating: opener, count: depth) + "1" + String(repeating: closer, count: depth))
          .utf8
      )
    }
    let deep = try JSONParser.parse(document(64))
    #expect(deep.line == 1)
    let column = (opener.count * 64) + 1
    #expect(
      parseError(document(65))?.description
        == "line 1, column \(column): nesting deeper than 64 levels"
    )
  }

  @Test(
    "columns count characters, not bytes",
    arguments: [
      RejectedJSON("{\"é\": x}", 1, 7, "unexpected 'x'; expected a value"),
      RejectedJSON("[\"日本語\", x]", 1, 9, "unexpected 'x'; expected a value"),
      RejectedJSON("[\"😀\", \"€\" x]", 1, 11, "unexpected 'x'; expected ',' or ']'"),
      RejectedJSON(
        "{\"note\": \"Ünïcödé\"\n, \"b\": ü}",
        2,
        8,
        "unexpected byte 0xC3; expected a value"
      ),
    ]
  )
  func columnsInCharacters(_ rejected: RejectedJSON) {
    expectRejected(rejected)
  }

  @Test("lines are counted across line feeds and CR LF pairs")
  func lines() {
    expectRejected(
      RejectedJSON(
        "{\r\n  \"a\": 1,\r\n\r\n    \"b\": ?\n}",
        4,
        10,
        "unexpected '?'; expected a value"
      )
    )
  }

  @Test("a parse error describes itself as `line L, column C: message`")
  func errorDescription() throws {
    let error = try #require(parseError("{\n\n  \"answers\": 1, \"answers\": 2}"))
    #expect(error.line == 3)
    #expect(error.column == 17)
    #expect(error.message == "duplicate key \"answers\"")
    #expect(error.description == "line 3, column 17: duplicate key \"answers\"")
  }

  @Test("a node's location reads `line L, column C`, and nodes built in code have none")
  func nodeLocation() throws {
    #expect(JSONNode(.null, line: 12, column: 5).locationDescription == "line 12, column 5")
    #expect(JSONNode(.null).locationDescription == "")
    #expect(JSONNode(.null, line: 3, column: 4) == JSONNode(.null))
  }
}
