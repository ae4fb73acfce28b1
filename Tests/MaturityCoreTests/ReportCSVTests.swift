import MaturityCore
import Testing

/// Parses RFC 4180 CSV (CR LF record ends, quoted fields with doubled
/// quotes) into records of fields; strict, so that a quoting mistake fails.
func parseCSV(_ text: String) -> [[String]] {
  var records: [[String]] = []
  var record: [String] = []
  var field = ""
  var quoted = false
  var characters = Array(text)[...]
  while let character = characters.popFirst() {
    if quoted {
      if character == "\"" {
        if characters.first == "\"" {
          field.append("\"")
          characters.removeFirst()
        } else {
          quoted = false
        }
      } else {
        field.append(character)
      }
    } else if character == "\"" && field.isEmpty {
      quoted = true
    } else if character == "," {
      record.append(field)
      field = ""
    } else if character == "\r\n" {
      record.append(field)
      records.append(record)
      record = []
      field = ""
    } else {
      field.append(character)
    }
  }
  if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
  return records
}

@Suite("CSV: RFC 4180 quoting, formula neutralising, the per-question report")
struct ReportCSVTests {
  @Test("plain fields stay bare; commas, quotes and line breaks are quoted, quotes doubled")
  func quoting() {
    #expect(CSV.record(["a", "b c", ""]) == "a,b c,\r\n")
    #expect(CSV.field("a,b") == "\"a,b\"")
    #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSV.field("one\ntwo") == "\"one\ntwo\"")
    #expect(CSV.field("one\r\ntwo") == "\"one\ntwo\"")
    #expect(CSV.field(" padded ") == "\" padded \"")
  }

  @Test(
    "a cell a spreadsheet would run as a formula gets a quote in front and is quoted",
    arguments: [
      ("=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\""),
      ("+1", "\"'+1\""),
      ("-2", "\"'-2\""),
      ("@SUM(A1)", "\"'@SUM(A1)\""),
      ("\t=1+1", "\"'\t=1+1\""),
      ("\r=1+1", "\"'^M=1+1\""),
      ("  =1+1", "\"'  =1+1\""),
      ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
    ]
  )
  func neutralising(cell: String, written: String) {
    #expect(CSV.field(cell) == written)
  }

  @Test("text that only contains formula characters later is left alone")
  func harmlessCells() {
    #expect(CSV.field("a=b") == "a=b")
    #expect(CSV.field("2026-04-30") == "2026-04-30")
    #expect(CSV.field("Manual → Automated") == "Manual → Automated")
  }

  @Test("control characters are spelled visibly, never written raw")
  func controlCharacters() {
    #expect(CSV.field("red \u{1B}[31m bell \u{07}") == "red ^[[31m bell ^G")
    #expect(CSV.field("bidi \u{202E}x") == "bidi <U+202E>x")
    #expect(VisibleText.spelled("a\r\nb\rc\td\u{7F}\u{9B}") == "a\nb^Mc\td^?<U+009B>")
  }

  @Test("invisible and direction marks are spelled in reports as on the terminal")
  func invisibleMarks() {
    #expect(VisibleText.spelled("Pay\u{200B}ments") == "Pay<U+200B>ments")
    #expect(
      VisibleText.spelled("\u{FEFF}\u{00AD}\u{061C}\u{2060}\u{E0041}\u{2066}")
        == "<U+FEFF><U+00AD><U+061C><U+2060><U+E0041><U+2066>"
    )
    #expect(CSV.field("Pay\u{200D}ments") == "Pay<U+200D>ments")
  }

  @Test("a document parses back to the cells, neutralised")
  func roundTrip() {
    let rows = [["x,y", "\"q\"", "=1"], ["line\nbreak", "", "@a"]]
    #expect(
      parseCSV(CSV.document(header: ["A", "B", "C"], rows: rows)) == [
        ["A", "B", "C"], ["x,y", "\"q\"", "'=1"], ["line\nbreak", "", "'@a"],
      ]
    )
  }

  @Test(
    "the CSV report has one record per question with answer, result, N/A reason, votes and evidence"
  )
  func report() throws {
    let fixture = try WorkshopFixture("team-search.json")
    let records = parseCSV(fixture.csv)
    #expect(records.first == CSVReport.header)
    #expect(records.count == 1 + fixture.scores.map(\.sheet.totalCount).reduce(0, +))
    #expect(records.allSatisfy { $0.count == CSVReport.header.count })
    func record(_ id: String) throws -> [String: String] {
      let found = try #require(records.first { $0[2] == id })
      return Dictionary(uniqueKeysWithValues: zip(CSVReport.header, found))
    }
    let schema = try record("mlts.data.2")
    #expect(schema["Answer"] == "Manual")
    #expect(schema["Points/Level"] == "0.5")
    #expect(schema["Votes"] == "Manual: Ana, Chen, Dev; Automated: Bo")
    #expect(schema["Spread"] == "disagree (range 1)")
    #expect(schema["Confidence"] == "assumed")
    #expect(
      schema["Evidence"]
        == "https://ci.example.com/search/ranker/schema-check (Bo, verified 2026-03-08)"
    )
    #expect(schema["Owner"] == "Bo")
    let privacy = try record("mlts.data.5")
    #expect(privacy["Answer"] == "not applicable")
    #expect(privacy["Points/Level"] == "0.0")
    #expect(
      privacy["N/A reason"]
        == "No personal data: the features are query and document statistics only."
    )
    #expect(privacy["Spread"] == "disagree")
    #expect(try record("azure.release.ownership")["Points/Level"] == "level 1")
    #expect(try record("google.l1.metadata")["Points/Level"] == "not in place")
    #expect(
      try record("google.l1.degradation-triggers")["Points/Level"]
        == "not in place (any one of its group)"
    )
    #expect(try record("mlts.monitor.6")["Answer"] == "unanswered")
  }

  @Test("the CSV report matches its golden file")
  func golden() throws {
    assertGolden(try WorkshopFixture("team-search.json").csv, named: "report-team-search.csv")
  }
}
