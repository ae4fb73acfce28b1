import MaturityCore
import Testing

@Suite("Bank decoding: options and rule-specific fields")
struct BankOptionDecodingTests {
  static let ordered = "options must be ordered from least to most mature"
  static let keys = "is not an allowed option key (one of: a c d f i m o p r x y z)"

  @Test(
    "ML Test Score and Google options: points, order, ids and keys",
    arguments: [
      BankCase(
        "tiny-mlts.json",
        "{\"id\": \"none\", \"key\": \"x\", \"label\": \"None\", \"points\": 0},\n            "
          + "{\"id\": \"manual\", \"key\": \"m\", \"label\": \"Manual\", \"points\": 0.5},",
        "{\"id\": \"manual\", \"key\": \"m\", \"label\": \"Manual\", \"points\": 0.5},\n            "
          + "{\"id\": \"none\", \"key\": \"x\", \"label\": \"None\", \"points\": 0},",
        "line 34, column 13: sections[0].questions[0].options[1]: \(ordered) (each points higher than the one before)"
      ),
      BankCase(
        "tiny-mlts.json",
        #""label": "Done", "points": 1"#,
        #""label": "Done", "points": 0"#,
        "line 47, column 13: sections[0].questions[1].options[1]: \(ordered) (each points higher than the one before)"
      ),
      BankCase(
        "tiny-mlts.json",
        #""label": "Manual", "points": 0.5"#,
        #""label": "Manual", "points": 0.25"#,
        "line 34, column 71: sections[0].questions[0].options[1].points: points must be 0, 0.5 or 1"
      ),
      BankCase(
        "tiny-mlts.json",
        #""label": "Manual", "points": 0.5"#,
        #""label": "Manual", "points": "0.5""#,
        "line 34, column 71: sections[0].questions[0].options[1].points: expected a number, found a string"
      ),
      BankCase(
        "tiny-mlts.json",
        #""label": "Manual", "points": 0.5}"#,
        #""label": "Manual"}"#,
        #"line 34, column 13: sections[0].questions[0].options[1]: missing required field "points""#
      ),
      BankCase(
        "tiny-mlts.json",
        #""label": "Manual", "points": 0.5}"#,
        #""label": "Manual", "points": 0.5, "level": 2}"#,
        #"line 34, column 85: sections[0].questions[0].options[1].level: only azure-levels options have "level""#
      ),
      BankCase(
        "tiny-mlts.json",
        #"{"id": "none""#,
        #"{"id": "None""#,
        #"line 33, column 20: sections[0].questions[0].options[0].id: "None" \#(BankDecodingTests.validID)"#
      ),
      BankCase(
        "tiny-mlts.json",
        #"{"id": "manual""#,
        #"{"id": "none""#,
        #"line 34, column 13: sections[0].questions[0].options[1]: duplicate option id "none""#
      ),
      BankCase(
        "tiny-mlts.json",
        #""key": "m""#,
        #""key": "x""#,
        #"line 34, column 13: sections[0].questions[0].options[1]: duplicate option key "x""#
      ),
      BankCase(
        "tiny-mlts.json",
        #""label": "Manual","#,
        #""label": "","#,
        "line 34, column 51: sections[0].questions[0].options[1].label: must not be empty"
      ),
      BankCase(
        "tiny-mlts.json",
        #""label": "Manual","#,
        #""label": "Manual", "hint": 1,"#,
        "line 34, column 69: sections[0].questions[0].options[1].hint: unknown field (allowed: id, key, label, level, next, points)"
      ),
      BankCase(
        "tiny-mlts.json",
        "{\"id\": \"not-yet\", \"key\": \"z\", \"label\": \"Not yet\", \"points\": 0},\n            ",
        "",
        "line 45, column 22: sections[0].questions[1].options: a question needs 2 to 9 options, found 1"
      ),
      BankCase(
        "tiny-mlts.json",
        "          \"options\": [\n            {\"id\": \"none\"",
        "          \"opts\": [\n            {\"id\": \"none\"",
        "line 32, column 19: sections[0].questions[0].opts: unknown field (allowed: anyOf, appliesWhen, help, id, "
          + "improve, level, optional, options, productDerived, prompt, recommended, source, title)"
      ),
    ]
  )
  func pointOptions(_ change: BankCase) throws {
    try expectBankError(change)
  }

  @Test(
    "option keys must be one of the allowed letters",
    arguments: ["b", "q", "A", "xy", "", "1", "é", " "]
  )
  func badKey(key: String) throws {
    try expectBankError(
      BankCase(
        "tiny-mlts.json",
        #""key": "x""#,
        #""key": "\#(key)""#,
        #"line 33, column 35: sections[0].questions[0].options[0].key: "\#(key)" \#(Self.keys)"#
      )
    )
  }

  // The first question already uses x, m and a.
  @Test(
    "every other allowed letter is accepted as a key",
    arguments: ["c", "d", "f", "i", "o", "p", "r", "y", "z"]
  )
  func goodKey(key: String) throws {
    var text = String(decoding: try Fixture.bytes("banks/tiny-mlts.json"), as: UTF8.self)
    let range = try #require(text.range(of: #""key": "m""#))
    text.replaceSubrange(range, with: #""key": "\#(key)""#)
    #expect(
      try BankLoader.parse(Array(text.utf8), path: "x").questions[0].options[1].key
        == Character(key)
    )
  }

  @Test("options need 2 to 9 entries")
  func tooManyOptions() throws {
    var text = String(decoding: try Fixture.bytes("banks/tiny-azure.json"), as: UTF8.self)
    let extra = (0..<8).map { #"{"id": "o\#($0)", "key": "x", "label": "O", "level": 0}, "# }
      .joined()
    let range = try #require(text.range(of: #"{"id": "siloed""#))
    text.replaceSubrange(range.lowerBound..<range.lowerBound, with: extra)
    #expect(
      caught { try BankLoader.parse(Array(text.utf8), path: "a.json") }
        == MaturityError(
          .badData,
          path: "a.json",
          "line 31, column 22: sections[0].questions[0].options: a question needs 2 to 9 options, found 11"
        )
    )
  }

  @Test(
    "Azure options: levels 0-4, never decreasing, the last at 4, no points",
    arguments: [
      BankCase(
        "tiny-azure.json",
        #""label": "Siloed", "level": 0"#,
        #""label": "Siloed", "level": 3"#,
        "line 33, column 13: sections[0].questions[0].options[1]: \(ordered) (each level at least the one before)"
      ),
      BankCase(
        "tiny-azure.json",
        #""label": "Automated", "level": 4"#,
        #""label": "Automated", "level": 3"#,
        "line 31, column 22: sections[0].questions[0].options: the last option of an azure-levels question must be level 4"
      ),
      BankCase(
        "tiny-azure.json",
        #""label": "Automated", "level": 4"#,
        #""label": "Automated", "level": 5"#,
        "line 34, column 76: sections[0].questions[0].options[2].level: expected a level from 0 to 4, found 5"
      ),
      BankCase(
        "tiny-azure.json",
        #""label": "Siloed", "level": 0"#,
        #""label": "Siloed", "level": -1"#,
        "line 32, column 70: sections[0].questions[0].options[0].level: expected a level from 0 to 4, found -1"
      ),
      BankCase(
        "tiny-azure.json",
        #""label": "Shared", "level": 2}"#,
        #""label": "Shared", "level": 2, "points": 1}"#,
        #"line 33, column 83: sections[0].questions[0].options[1].points: azure-levels options have "level", not "points""#
      ),
      BankCase(
        "tiny-azure.json",
        #""label": "Shared", "level": 2}"#,
        #""label": "Shared"}"#,
        #"line 33, column 13: sections[0].questions[0].options[1]: missing required field "level""#
      ),
      BankCase(
        "tiny-azure.json",
        #""label": "Shared", "level": 2}"#,
        #""label": "Shared", "level": 2.5}"#,
        "line 33, column 70: sections[0].questions[0].options[1].level: expected a whole number, found a non-integer number"
      ),
    ]
  )
  func azureOptions(_ change: BankCase) throws {
    try expectBankError(change)
  }

  @Test(
    "Google questions need a level of 1 or 2 and an optional flag",
    arguments: [
      BankCase(
        "tiny-google.json",
        "          \"level\": 1,\n",
        "",
        #"line 21, column 9: sections[0].questions[0]: missing required field "level""#
      ),
      BankCase(
        "tiny-google.json",
        "          \"optional\": false,\n",
        "",
        #"line 21, column 9: sections[0].questions[0]: missing required field "optional""#
      ),
      BankCase(
        "tiny-google.json",
        #"          "level": 1,"#,
        #"          "level": 3,"#,
        "line 28, column 20: sections[0].questions[0].level: expected level 1 or 2, found 3"
      ),
      BankCase(
        "tiny-google.json",
        #"          "level": 1,"#,
        #"          "level": 0,"#,
        "line 28, column 20: sections[0].questions[0].level: expected level 1 or 2, found 0"
      ),
      BankCase(
        "tiny-google.json",
        #"          "level": 1,"#,
        #"          "level": "1","#,
        "line 28, column 20: sections[0].questions[0].level: expected a whole number, found a string"
      ),
      BankCase(
        "tiny-google.json",
        #""optional": false"#,
        #""optional": "no""#,
        "line 29, column 23: sections[0].questions[0].optional: expected true or false, found a string"
      ),
      BankCase(
        "tiny-google.json",
        #""label": "Partly", "points": 0.5"#,
        #""label": "Partly", "points": 0.5, "level": 1"#,
        #"line 32, column 85: sections[0].questions[0].options[1].level: only azure-levels options have "level""#
      ),
    ]
  )
  func googleFields(_ change: BankCase) throws {
    try expectBankError(change)
  }
}
