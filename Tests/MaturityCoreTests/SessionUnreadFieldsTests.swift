import MaturityCore
import Testing

@Suite("Sessions keep the fields this version does not read")
struct SessionUnreadFieldsTests {
  @Test func aSessionKeepsWhatItDidNotReadAtTheTopAndInAnswers() throws {
    let text = #"""
      {"formatVersion": 1, "later": {"k": [1]}, "answers": {"mlts.data.1": {"value": "manual", "extra": 2}}}
      """#
    let session = try SessionFile.parse(Array(text.utf8), path: "s.json")
    #expect(session.otherFields.map(\.key) == ["later"])
    #expect(session.answers["mlts.data.1"]?.otherFields.map(\.key) == ["extra"])
  }
}
