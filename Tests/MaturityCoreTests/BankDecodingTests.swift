import MaturityCore
import Testing

/// A change to one of the tiny bank fixtures and the error it must cause.
struct BankCase: Sendable, CustomTestStringConvertible {
  /// The fixture under `Tests/Fixtures/banks/`.
  let fixture: String
  /// Text to find (its first occurrence) and what to put instead.
  let old: String
  let new: String
  /// The message after `FIXTURE: `.
  let message: String

  init(_ fixture: String, _ old: String, _ new: String, _ message: String) {
    self.fixture = fixture
    self.old = old
    self.new = new
    self.message = message
  }

  var testDescription: String {
    "\(fixture): \(old.prefix(40).debugDescription) → \(new.prefix(40).debugDescription)"
  }
}

/// Applies `change` to its fixture, decodes it, and expects a `.badData`
/// error naming the fixture with exactly the change's message.
func expectBankError(_ change: BankCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
  var text = String(decoding: try Fixture.bytes("banks/\(change.fixture)"), as: UTF8.self)
  let range = try #require(
    text.range(of: change.old),
    "fixture has no \(change.old.debugDescription)"
  )
  text.replaceSubrange(range, with: change.new)
  let error = caught(
    { try BankLoader.parse(Array(text.utf8), path: change.fixture) },
    sourceLocation: sourceLocation
  )
  #expect(
    error == MaturityError(.badData, path: change.fixture, change.message),
    sourceLocation: sourceLocation
  )
  #expect(error?.exitCode == 65, sourceLocation: sourceLocation)
}

@Suite("Bank decoding: valid banks load, every rule of the format is enforced")
struct BankDecodingTests {
  static let validID =
    "is not a valid id (lower-case letters, digits and '-', starting with a letter)"

  @Test("the tiny fixtures load with every field")
  func tinyBanksLoad() throws {
    let mlts = try Fixture.bank("tiny-mlts.json")
    #expect(mlts.id == "tiny")
    #expect(mlts.version == "1.0.0")
    #expect(mlts.scoring == .mlTestScore)
    #expect(mlts.notes == ["Used to check bank decoding errors."])
    #expect(mlts.levels.map(\.name) == ["0", "(0, 1]", "(1, 2]", "(2, 3]", "(3, 5]", "> 5"])
    #expect(mlts.questions.map(\.id) == ["tiny.data.one", "tiny.data.two"])
    #expect(mlts.questions[1].source == ["T-2", "T-3"])
    #expect(mlts.questions[0].options.map(\.key) == ["x", "m", "a"])
    #expect(mlts.questions[0].options.map(\.points) == [0, 0.5, 1])
    #expect(mlts.questions[0].options.map(\.level) == [nil, nil, nil])
    #expect(mlts.questions[0].level == nil)
    #expect(mlts.referenceIDs == ["T-1", "T-2", "T-3"])
    let azure = try Fixture.bank("tiny-azure.json")
    #expect(azure.sections[0].dimension == .people)
    #expect(azure.questions[0].options.map(\.level) == [0, 2, 4])
    #expect(azure.questions[0].options.map(\.points) == [nil, nil, nil])
    let google = try Fixture.bank("tiny-google.json")
    #expect(google.questions[0].level == 1)
    #expect(google.questions[0].optional == false)
    #expect(google.sections[0].dimension == nil)
  }

  @Test("an option is found by its letter or its 1-based position")
  func optionForKey() throws {
    let question = try Fixture.bank("tiny-mlts.json").questions[0]
    #expect(question.option(forKey: "m")?.id == "manual")
    #expect(question.option(forKey: "3")?.id == "automated")
    #expect(question.option(forKey: "4") == nil)
    #expect(question.option(forKey: "0") == nil)
    #expect(question.option(forKey: "b") == nil)
    #expect(question.allowedAnswers == "none, manual, automated")
  }

  @Test(
    "top-level fields are checked",
    arguments: [
      BankCase(
        "tiny-mlts.json",
        #""format": 1"#,
        #""format": 2"#,
        "line 2, column 13: format: bank format 2 was made by a newer mlmaturity (this version reads format 1); "
          + "upgrade mlmaturity"
      ),
      BankCase(
        "tiny-mlts.json",
        #""format": 1"#,
        #""format": 0"#,
        "line 2, column 13: format: unknown bank format 0"
      ),
      BankCase(
        "tiny-mlts.json",
        #""format": 1"#,
        #""format": "1""#,
        "line 2, column 13: format: expected a whole number, found a string"
      ),
      BankCase(
        "tiny-mlts.json",
        #""id": "tiny","#,
        #""id": "Tiny","#,
        #"line 3, column 9: id: "Tiny" \#(validID)"#
      ),
      BankCase(
        "tiny-mlts.json",
        #""id": "tiny","#,
        #""id": "1tiny","#,
        #"line 3, column 9: id: "1tiny" \#(validID)"#
      ),
      BankCase(
        "tiny-mlts.json",
        #""id": "tiny","#,
        #""id": "ti_ny","#,
        #"line 3, column 9: id: "ti_ny" \#(validID)"#
      ),
      BankCase(
        "tiny-mlts.json",
        #""id": "tiny","#,
        #""id": "","#,
        #"line 3, column 9: id: "" \#(validID)"#
      ),
      BankCase(
        "tiny-mlts.json",
        #""version": "1.0.0""#,
        #""version": "1.0""#,
        #"line 4, column 14: version: expected a version like 1.0.0, found "1.0""#
      ),
      BankCase(
        "tiny-mlts.json",
        #""version": "1.0.0""#,
        #""version": "1.0.0-beta""#,
        #"line 4, column 14: version: expected a version like 1.0.0, found "1.0.0-beta""#
      ),
      BankCase(
        "tiny-mlts.json",
        #""scoring": "ml-test-score""#,
        #""scoring": "magic""#,
        #"line 9, column 14: scoring: unknown scoring rule "magic" (allowed: ml-test-score, azure-levels, google-levels)"#
      ),
      BankCase(
        "tiny-mlts.json",
        #""name": "Tiny""#,
        #""name": " ""#,
        "line 5, column 11: name: must not be empty"
      ),
      BankCase(
        "tiny-mlts.json",
        "  \"citation\": \"mlmaturity tests\",\n",
        "",
        #"line 1, column 1: missing required field "citation""#
      ),
      BankCase(
        "tiny-mlts.json",
        "  \"description\": \"One section, two questions.\",\n",
        "",
        #"line 1, column 1: missing required field "description""#
      ),
      BankCase(
        "tiny-mlts.json",
        #""notes": ["#,
        #""note": ["#,
        "line 11, column 11: note: unknown field (allowed: changes, citation, description, format, id, levels, "
          + "name, notes, order, resultKey, scoring, sections, shortName, title, url, version)"
      ),
      BankCase(
        "tiny-mlts.json",
        #""notes": ["Used"#,
        #""notes": [7, "Used"#,
        "line 11, column 13: notes[0]: expected a string, found a number"
      ),
    ]
  )
  func topLevel(_ change: BankCase) throws {
    try expectBankError(change)
  }

  @Test(
    "the ladder must have the rule's number of levels, in order",
    arguments: [
      BankCase(
        "tiny-mlts.json",
        ",\n    {\"level\": 5, \"name\": \"> 5\", \"summary\": \"s5\"}",
        "",
        "line 12, column 13: levels: the ml-test-score rule needs 6 levels (0 to 5), found 5"
      ),
      BankCase(
        "tiny-azure.json",
        #"{"level": 4, "name": "L4", "summary": "s4"}"#,
        #"{"level": 4, "name": "L4", "summary": "s4"}, {"level": 5, "name": "L5", "summary": "s5"}"#,
        "line 11, column 13: levels: the azure-levels rule needs 5 levels (0 to 4), found 6"
      ),
      BankCase(
        "tiny-google.json",
        ",\n    {\"level\": 2, \"name\": \"L2\", \"summary\": \"s2\"}",
        "",
        "line 11, column 13: levels: the google-levels rule needs 3 levels (0 to 2), found 2"
      ),
      BankCase(
        "tiny-mlts.json",
        #"{"level": 1, "name": "(0, 1]""#,
        #"{"level": 2, "name": "(0, 1]""#,
        "line 14, column 15: levels[1].level: levels must be listed in order: expected 1, found 2"
      ),
      BankCase(
        "tiny-mlts.json",
        #""name": "(0, 1]", "summary": "s1""#,
        #""name": "(0, 1]""#,
        #"line 14, column 5: levels[1]: missing required field "summary""#
      ),
    ]
  )
  func levels(_ change: BankCase) throws {
    try expectBankError(change)
  }

  @Test(
    "sections are checked",
    arguments: [
      BankCase(
        "tiny-mlts.json",
        #""id": "data","#,
        #""id": "Data","#,
        #"line 22, column 13: sections[0].id: "Data" \#(validID)"#
      ),
      BankCase(
        "tiny-mlts.json",
        "      \"title\": \"Data\",\n",
        "",
        #"line 21, column 5: sections[0]: missing required field "title""#
      ),
      BankCase(
        "tiny-mlts.json",
        #""title": "Data","#,
        #""title": "Data", "dimension": "people","#,
        "line 23, column 37: sections[0].dimension: only azure-levels banks have dimensions"
      ),
      BankCase(
        "tiny-azure.json",
        "      \"dimension\": \"people\",\n",
        "",
        #"line 19, column 5: sections[0]: missing required field "dimension""#
      ),
      BankCase(
        "tiny-azure.json",
        #""dimension": "people""#,
        #""dimension": "staff""#,
        #"line 22, column 20: sections[0].dimension: unknown dimension "staff" (allowed: people, process, technology)"#
      ),
    ]
  )
  func sections(_ change: BankCase) throws {
    try expectBankError(change)
  }

  @Test(
    "question ids must match the pattern and start with the bank id",
    arguments: [
      "tiny", "tiny.", "tiny..one", "tiny.data.", "tiny.Data.one", "tiny.data.one_",
      "Tiny.data.one", "tiny.data one",
      ".tiny.data",
    ]
  )
  func badQuestionID(id: String) throws {
    try expectBankError(
      BankCase(
        "tiny-mlts.json",
        #""id": "tiny.data.one""#,
        #""id": "\#(id)""#,
        #"line 26, column 17: sections[0].questions[0].id: "\#(id)" is not a valid question id "#
          + "(expected e.g. tiny.section.name)"
      )
    )
  }

  @Test("question ids may use digits after the first part")
  func digitsInQuestionID() throws {
    var text = String(decoding: try Fixture.bytes("banks/tiny-mlts.json"), as: UTF8.self)
    text = text.replacingOccurrences(of: "tiny.data.one", with: "tiny.2024.1")
    #expect(try BankLoader.parse(Array(text.utf8), path: "x").questions[0].id == "tiny.2024.1")
  }

  @Test(
    "questions are checked",
    arguments: [
      BankCase(
        "tiny-mlts.json",
        #""id": "tiny.data.one""#,
        #""id": "other.data.one""#,
        #"line 26, column 17: sections[0].questions[0].id: question id "other.data.one" must start with the bank id "tiny.""#
      ),
      BankCase(
        "tiny-mlts.json",
        #""id": "tiny.data.two""#,
        #""id": "tiny.data.one""#,
        #"line 39, column 17: sections[0].questions[1].id: duplicate question id "tiny.data.one""#
      ),
      BankCase(
        "tiny-mlts.json",
        "          \"title\": \"Two\",\n",
        "",
        #"line 38, column 9: sections[0].questions[1]: missing required field "title""#
      ),
      BankCase(
        "tiny-mlts.json",
        "          \"prompt\": \"Is two done?\",\n",
        "",
        #"line 38, column 9: sections[0].questions[1]: missing required field "prompt""#
      ),
      BankCase(
        "tiny-mlts.json",
        "          \"help\": \"Help.\",\n",
        "",
        #"line 25, column 9: sections[0].questions[0]: missing required field "help""#
      ),
      BankCase(
        "tiny-mlts.json",
        "          \"improve\": \"Improve.\",\n",
        "",
        #"line 25, column 9: sections[0].questions[0]: missing required field "improve""#
      ),
      BankCase(
        "tiny-mlts.json",
        "          \"source\": [\"T-1\"],\n",
        "",
        #"line 25, column 9: sections[0].questions[0]: missing required field "source""#
      ),
      BankCase(
        "tiny-mlts.json",
        #""source": ["T-1"]"#,
        #""source": []"#,
        "line 31, column 21: sections[0].questions[0].source: a question must cite at least one reference id"
      ),
      BankCase(
        "tiny-mlts.json",
        #""source": ["T-1"]"#,
        #""source": "T-1""#,
        "line 31, column 21: sections[0].questions[0].source: expected an array, found a string"
      ),
      BankCase(
        "tiny-mlts.json",
        #""title": "One","#,
        #""title": "  ","#,
        "line 27, column 20: sections[0].questions[0].title: must not be empty"
      ),
      BankCase(
        "tiny-mlts.json",
        #""title": "One","#,
        #""hint": "x", "title": "One","#,
        "line 27, column 19: sections[0].questions[0].hint: unknown field (allowed: anyOf, appliesWhen, help, id, "
          + "improve, level, optional, options, productDerived, prompt, recommended, source, title)"
      ),
      BankCase(
        "tiny-mlts.json",
        #""source": ["T-1"],"#,
        #""source": ["T-1"], "level": 1,"#,
        #"line 31, column 39: sections[0].questions[0].level: only google-levels questions have "level""#
      ),
    ]
  )
  func questions(_ change: BankCase) throws {
    try expectBankError(change)
  }

  @Test("a bank file that is not valid JSON names the file, line and column")
  func notJSON() {
    #expect(
      caught { try BankLoader.parse(Array("{\"format\": 1,}".utf8), path: "b.json") }
        == MaturityError(
          .badData,
          path: "b.json",
          "line 1, column 14: unexpected '}'; expected a key in double quotes"
        )
    )
  }

  @Test("a missing bank file is .missingFile")
  func missingBankFile() {
    let error = caught { try BankLoader.load(path: "/nonexistent/bank.json") }
    #expect(
      error
        == MaturityError(
          .missingFile,
          path: "/nonexistent/bank.json",
          "cannot open: no such file or folder"
        )
    )
  }
}
