import MaturityJSON
import Testing

/// A string and how the writer must quote it.
struct QuotedString: Sendable, CustomTestStringConvertible {
  let text: String
  let written: String

  init(_ text: String, _ written: String) {
    self.text = text
    self.written = written
  }

  var testDescription: String { written }
}

@Suite("JSON writer: layout, escapes and round trips")
struct JSONWriterTests {
  static let sample: JSONValue = .object([
    JSONMember("name", .string("Équipe 日本")),
    JSONMember("empty", .object([])),
    JSONMember("list", .array([JSONNode(.number("1")), JSONNode(.bool(false)), JSONNode(.null)])),
    JSONMember("none", .array([])),
    JSONMember(
      "nested",
      .object([JSONMember("deep", .array([JSONNode(.object([JSONMember("x", .number("0.50"))]))]))])
    ),
  ])

  @Test(
    "pretty output: two-space indent, members in the given order, empty containers inline, trailing newline"
  )
  func prettyLayout() {
    #expect(
      JSONWriter.write(Self.sample) == """
        {
          "name": "Équipe 日本",
          "empty": {},
          "list": [
            1,
            false,
            null
          ],
          "none": [],
          "nested": {
            "deep": [
              {
                "x": 0.50
              }
            ]
          }
        }

        """
    )
  }

  @Test("compact output is one line without a trailing newline")
  func compactLayout() {
    #expect(
      JSONWriter.compact(Self.sample)
        == #"{"name": "Équipe 日本", "empty": {}, "list": [1, false, null], "none": [], "nested": {"deep": [{"x": 0.50}]}}"#
    )
  }

  @Test(
    "a scalar document is the scalar and a newline",
    arguments: [
      (JSONValue.null, "null\n"), (.bool(true), "true\n"), (.number("-1e-3"), "-1e-3\n"),
      (.string(""), "\"\"\n"),
    ]
  )
  func scalarDocument(value: JSONValue, text: String) {
    #expect(JSONWriter.write(value) == text)
  }

  @Test(
    "strings are escaped so no control, C1, separator or bidi character is written raw",
    arguments: [
      QuotedString("plain", #""plain""#),
      QuotedString("quote \" backslash \\ slash /", #""quote \" backslash \\ slash /""#),
      QuotedString("\n\r\t\u{08}\u{0C}", #""\n\r\t\b\f""#),
      QuotedString("\u{0}\u{1}\u{1B}[31m\u{7}\u{1F}", #""\u0000\u0001\u001b[31m\u0007\u001f""#),
      QuotedString("del\u{7F}", #""del\u007f""#),
      QuotedString("c1 \u{80}\u{9B}\u{9F}", #""c1 \u0080\u009b\u009f""#),
      QuotedString("sep \u{2028}\u{2029}", #""sep \u2028\u2029""#),
      QuotedString("bidi \u{202A}\u{202E}\u{2066}\u{2069}", #""bidi \u202a\u202e\u2066\u2069""#),
      QuotedString(
        "ok \u{A0}\u{2027}\u{202F}\u{2065}\u{206A}",
        "\"ok \u{A0}\u{2027}\u{202F}\u{2065}\u{206A}\""
      ),
      QuotedString("é 日本 😀 e\u{301}", "\"é 日本 😀 e\u{301}\""),
    ]
  )
  func escapes(_ quoted: QuotedString) {
    #expect(JSONWriter.compact(.string(quoted.text)) == quoted.written)
    #expect(JSONWriter.write(.string(quoted.text)) == quoted.written + "\n")
  }

  @Test("keys are escaped like values")
  func keysEscaped() {
    #expect(
      JSONWriter.compact(.object([JSONMember("a\"b\u{1B}", .null)])) == #"{"a\"b\u001b": null}"#
    )
  }

  @Test(
    "numbers keep their literal text",
    arguments: ["0", "-0", "0.50", "1e3", "1E+3", "12345678901234567890"]
  )
  func numberLiterals(literal: String) {
    #expect(JSONWriter.compact(.number(literal)) == literal)
  }

  @Test(
    "numbers from doubles drop a whole number's fraction",
    arguments: [
      (4.0, "4"), (0.0, "0"), (-2.0, "-2"), (1.5, "1.5"), (0.5, "0.5"), (5.5, "5.5"), (28.0, "28"),
    ]
  )
  func numbersFromDoubles(value: Double, literal: String) {
    #expect(JSONValue.number(value) == .number(literal))
  }

  @Test("parsing written output gives back the same value, pretty or compact")
  func roundTrip() throws {
    var strings: [JSONNode] = []
    for scalar in [0x0, 0x1B, 0x7F, 0x85, 0x9B, 0x2028, 0x2029, 0x202E, 0x2066, 0xFEFF, 0x1F600] {
      if let unicode = Unicode.Scalar(scalar) {
        strings.append(JSONNode(.string("x\(Character(unicode))y")))
      }
    }
    strings.append(JSONNode(.string("\"\\/\n\r\t\u{08}\u{0C} Ünïcödé 日本語")))
    let value: JSONValue = .object([
      JSONMember("strings", .array(strings)),
      JSONMember("\u{1B}key\n", .string("value")),
      JSONMember("sample", Self.sample),
      JSONMember("numbers", .array(["0", "-1.5", "2e10", "7"].map { JSONNode(.number($0)) })),
    ])
    #expect(try JSONParser.parse(Array(JSONWriter.write(value).utf8)).value == value)
    #expect(try JSONParser.parse(Array(JSONWriter.compact(value).utf8)).value == value)
  }

  @Test("written output contains no raw byte below 0x20 other than the line feeds of the layout")
  func noRawControlBytes() {
    let value: JSONValue = .array(
      (0..<0x20).compactMap { Unicode.Scalar($0) }.map { JSONNode(.string(String(Character($0)))) }
    )
    let bytes = Array(JSONWriter.write(value).utf8)
    #expect(bytes.filter { $0 < 0x20 && $0 != 0x0A }.isEmpty)
    #expect(bytes.filter { $0 == 0x0A }.count == 34)
  }
}
