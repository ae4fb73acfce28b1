import MaturityJSON
import Testing

@Suite("JSON reader: it records the keys it read, so decoders list none")
struct JSONReaderTests {
  private func reader(_ text: String) throws -> JSONReader {
    try JSONReader(try JSONParser.parse(Array(text.utf8)))
  }

  @Test func theMembersNotReadAreTheOthersInFileOrder() throws {
    let object = try reader(#"{"z": 1, "a": "x", "m": [true], "b": null}"#)
    #expect(try object.optionalString("a") == "x")
    _ = try object.optionalInt("absent")
    #expect(object.unreadMembers().map(\.key) == ["z", "m", "b"])
    #expect(try object.optionalArray("m").count == 1)
    #expect(object.unreadMembers().map(\.key) == ["z", "b"])
  }

  @Test func aMemberReadByOneCopyIsReadForAll() throws {
    let object = try reader(#"{"a": 1, "b": 2}"#)
    let copy = object
    #expect(try copy.int("a") == 1)
    #expect(object.unreadMembers().map(\.key) == ["b"])
  }

  @Test func aKeyThatFailsToReadStillCountsAsRead() throws {
    let object = try reader(#"{"a": 1, "b": 2}"#)
    #expect(throws: JSONReadError.self) { try object.string("a") }
    #expect(object.unreadMembers().map(\.key) == ["b"])
  }

  @Test func allMembersCountsEveryMemberAsRead() throws {
    let object = try reader(#"{"x": 1, "y": 2}"#)
    #expect(object.allMembers.count == 2)
    #expect(object.unreadMembers().isEmpty)
  }

  @Test func readErrorsKeepLineColumnAndPath() throws {
    let object = try reader("{\n  \"a\": {\"b\": 1}\n}")
    let inner = try object.object("a")
    #expect(
      throws: JSONReadError(
        line: 2,
        column: 14,
        path: "a.b",
        message: "expected a string, found a number"
      )
    ) {
      try inner.string("b")
    }
  }
}
