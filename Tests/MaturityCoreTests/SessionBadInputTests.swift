import Foundation
import MaturityCore
import Testing

/// A session file that must be rejected as bad data, and the message after
/// `PATH: `.
struct BadSession: Sendable, CustomTestStringConvertible {
  let bytes: [UInt8]
  let message: String
  let label: String

  init(_ text: String, _ message: String) {
    self.init(Array(text.utf8), message, label: text)
  }

  init(_ bytes: [UInt8], _ message: String, label: String) {
    self.bytes = bytes
    self.message = message
    self.label = label
  }

  var testDescription: String { String(label.debugDescription.prefix(90)) }
}

/// Writes `bytes` as `team.json` in a new folder, loads it, and expects a
/// `.badData` error (exit 65) reading `PATH: message` on one line, with the
/// file unchanged afterwards.
func expectBadSession(
  _ bytes: [UInt8],
  _ message: String,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  try withTemporaryFolder { folder in
    let path = folder + "/team.json"
    try writeFile(path, bytes)
    let error = caught({ try SessionFile.load(path) }, sourceLocation: sourceLocation)
    #expect(error == MaturityError(.badData, path: path, message), sourceLocation: sourceLocation)
    #expect(error?.exitCode == 65, sourceLocation: sourceLocation)
    #expect(error?.description == "\(path): \(message)", sourceLocation: sourceLocation)
    #expect(error?.description.contains("\n") == false, sourceLocation: sourceLocation)
    #expect(try readFile(path) == bytes, "the file changed", sourceLocation: sourceLocation)
  }
}

@Suite("Bad session files: one-line messages with place and field, exit 65, file untouched")
struct SessionBadInputTests {
  static let iso = "expected an ISO 8601 UTC time like 2026-11-26T18:52:09Z, found"
  /// What the "file too large" message tells the user to do.
  static let tooLargeAdvice =
    ": mlmaturity never writes a session this large, so it was made or grown elsewhere; "
    + "shorten its longest notes in a text editor, or split it into several sessions"

  /// A session whose `answers` object has 22 members, the last repeating
  /// the first id: large objects check duplicates on another path.
  static let duplicateAmong22: String = {
    let ids = (1...21).map { "mlts.data.\($0)" } + ["mlts.data.1"]
    let members = ids.map { "\"\($0)\": {\"value\": \"none\"}" }.joined(separator: ", ")
    return #"{"formatVersion": 1, "answers": {"# + members + "}}"
  }()

  static let cases: [BadSession] = [
    BadSession(
      #"{"formatVersion": 1, "team": "A""#,
      "line 1, column 33: unexpected end of file; expected ',' or '}'"
    ),
    BadSession(#"{"formatVersion": 1, "team": "A"#, "line 1, column 32: unterminated string"),
    BadSession(
      #"{"formatVersion": 1, "team": 5}"#,
      "line 1, column 30: team: expected a string, found a number"
    ),
    BadSession(
      "{\n  \"formatVersion\": 1,\n  \"team\": 5\n}",
      "line 3, column 11: team: expected a string, found a number"
    ),
    BadSession(
      #"{"formatVersion": 1, "team": "", "system": true}"#,
      "line 1, column 44: system: expected a string, found a boolean"
    ),
    BadSession(
      #"{"formatVersion": 1, "team": null, "system": true}"#,
      "line 1, column 30: team: expected a string, found null"
    ),
    BadSession(
      "{\n  \"formatVersion\": 1,\n  \"date\": null\n}",
      "line 3, column 11: date: expected a string, found null"
    ),
    BadSession(
      #"{"formatVersion": 10000000000000000000000000}"#,
      #"line 1, column 19: formatVersion: expected a whole number, found "10000000000000000000000000", which is too large (the limit is 9223372036854775807)"#
    ),
    BadSession(
      #"{"formatVersion": 1e0}"#,
      "line 1, column 19: formatVersion: expected a whole number, found a non-integer number"
    ),
    BadSession(
      SessionBadInputTests.duplicateAmong22,
      #"line 1, column 760: duplicate key "mlts.data.1""#
    ),
    BadSession(
      #"{"formatVersion": 1, "answers": []}"#,
      "line 1, column 33: answers: expected an object, found an array"
    ),
    BadSession(
      #"{"formatVersion": 1, "answers": {"mlts.data.1": {"value": 1}}}"#,
      #"line 1, column 59: answers."mlts.data.1".value: expected a string, found a number"#
    ),
    BadSession(
      #"{"formatVersion": 1, "answers": {"mlts.data.1": "automated"}}"#,
      #"line 1, column 49: answers."mlts.data.1": expected an object, found a string"#
    ),
    BadSession(
      #"{"formatVersion": 1, "answers": {"mlts.data.1": {"note": 7}}}"#,
      #"line 1, column 58: answers."mlts.data.1".note: expected a string, found a number"#
    ),
    BadSession(
      #"{"formatVersion": 1, "participants": ["a", 3]}"#,
      "line 1, column 44: participants[1]: expected a string, found a number"
    ),
    BadSession(
      #"{"formatVersion": 1, "banks": {"mlts": 1}}"#,
      "line 1, column 40: banks.mlts: expected a string, found a number"
    ),
    BadSession(
      #"{"formatVersion": 1, "frameworks": "mlts"}"#,
      "line 1, column 36: frameworks: expected an array, found a string"
    ),
    BadSession(#"[]"#, "line 1, column 1: expected an object, found an array"),
    BadSession(
      #"{"team": "A"}"#,
      #"line 1, column 1: not an mlmaturity session: missing required field "formatVersion""#
    ),
    BadSession(
      #"{"formatVersion": 2}"#,
      "line 1, column 19: formatVersion: made by a newer mlmaturity (session format 2; this version reads format 1); "
        + "upgrade mlmaturity to open it"
    ),
    BadSession(
      #"{"formatVersion": 0}"#,
      "line 1, column 19: formatVersion: unknown session format 0"
    ),
    BadSession(
      #"{"formatVersion": -1}"#,
      "line 1, column 19: formatVersion: unknown session format -1"
    ),
    BadSession(
      #"{"formatVersion": "1"}"#,
      "line 1, column 19: formatVersion: expected a whole number, found a string"
    ),
    BadSession(
      #"{"formatVersion": 1.0}"#,
      "line 1, column 19: formatVersion: expected a whole number, found a non-integer number"
    ),
    BadSession(
      #"{"formatVersion": 1, "team": "A", "team": "B"}"#,
      #"line 1, column 35: duplicate key "team""#
    ),
    BadSession(
      #"{"formatVersion": 1, "answers": {"a.b": {}, "a.b": {}}}"#,
      #"line 1, column 45: duplicate key "a.b""#
    ),
    BadSession(
      #"{"formatVersion": 1, "x": "# + String(repeating: "[", count: 64)
        + String(repeating: "]", count: 64) + "}",
      "line 1, column 90: nesting deeper than 64 levels"
    ),
    BadSession(
      #"{"formatVersion": 1} {}"#,
      "line 1, column 22: unexpected '{' after the end of the JSON value"
    ),
    BadSession(
      "{\"formatVersion\": 1}\nx",
      "line 2, column 1: unexpected 'x' after the end of the JSON value"
    ),
    BadSession("", "line 1, column 1: the file is empty; expected a JSON value"),
    BadSession("\n\n", "line 3, column 1: the file is empty; expected a JSON value"),
    BadSession(
      Array(#"{"formatVersion": 1, "team": "A"#.utf8) + [0xFF] + Array(#"B"}"#.utf8),
      "line 1, column 35: the string before this point is not valid UTF-8",
      label: "invalid UTF-8 in team"
    ),
    BadSession(
      [0xEF, 0xBB, 0xBF] + Array(#"{"formatVersion": 1}"#.utf8),
      "line 1, column 1: the file starts with a byte order mark (BOM); save it as UTF-8 without one",
      label: "BOM"
    ),
    BadSession(
      #"{"formatVersion": 1, "createdAt": "2026-01-02 03:04:05"}"#,
      #"line 1, column 35: createdAt: \#(iso) "2026-01-02 03:04:05""#
    ),
    BadSession(
      #"{"formatVersion": 1, "updatedAt": "yesterday"}"#,
      #"line 1, column 35: updatedAt: \#(iso) "yesterday""#
    ),
    BadSession(
      #"{"formatVersion": 1, "createdAt": 1767323045}"#,
      "line 1, column 35: createdAt: expected a string, found a number"
    ),
    BadSession(
      #"{"formatVersion": 1, "answers": {"mlts.data.1": {"answeredAt": "2026-13-01T00:00:00Z"}}}"#,
      #"line 1, column 64: answers."mlts.data.1".answeredAt: \#(iso) "2026-13-01T00:00:00Z""#
    ),
  ]

  @Test("each bad file gives its exact message", arguments: cases)
  func badFile(_ bad: BadSession) throws {
    try expectBadSession(bad.bytes, bad.message)
  }

  @Test("a string over 1 MiB is rejected at the byte that crosses the limit")
  func longString() throws {
    let text =
      #"{"formatVersion": 1, "team": ""# + String(repeating: "a", count: (1 << 20) + 1) + #""}"#
    try expectBadSession(
      Array(text.utf8),
      "line 1, column 1048608: string longer than 1024 KiB: mlmaturity never writes a text this "
        + "long, so it was made elsewhere; shorten it in a text editor (or keep long documents in "
        + "a file and put its path in the note)"
    )
  }

  @Test(
    "timestamps other than YYYY-MM-DDTHH:MM:SS[.fff]Z are rejected",
    arguments: [
      "2026-01-02T03:04:05+01:00", "2026-01-02T03:04:05z", "2026-01-02t03:04:05Z",
      "2026-01-02T24:00:00Z",
      "2026-01-02T03:60:00Z", "2026-01-02T03:04:61Z", "2026-01-02T03:04:05.Z", "2026-01-02T03:04Z",
      "2026-01-32T00:00:00Z", "2026-00-10T00:00:00Z", "2026-1-02T03:04:05Z",
      " 2026-01-02T03:04:05Z",
      "2026-01-02T03:04:05.5x5Z",
    ]
  )
  func badTimestamp(value: String) throws {
    let text = #"{"formatVersion": 1, "createdAt": "\#(value)"}"#
    try expectBadSession(
      Array(text.utf8),
      #"line 1, column 35: createdAt: \#(Self.iso) "\#(value)""#
    )
  }

  @Test(
    "dates other than YYYY-MM-DD are rejected",
    arguments: [
      "2026-1-2", "02/01/2026", "2026-13-01", "2026-00-10", "2026-01-32", "2026-01-00",
      "2026-01-02T03:04:05Z",
      "tomorrow", "2026-01-0x",
    ]
  )
  func badDate(value: String) throws {
    let text = #"{"formatVersion": 1, "date": "\#(value)"}"#
    try expectBadSession(
      Array(text.utf8),
      #"line 1, column 30: date: expected a date like 2026-11-26, found "\#(value)""#
    )
  }

  @Test(
    "days a month does not have are rejected, leap days only in leap years",
    arguments: ["2026-02-30", "2025-02-29", "2026-04-31", "1900-02-29", "2026-06-31", "2026-11-31"]
  )
  func impossibleDate(value: String) throws {
    let text = #"{"formatVersion": 1, "date": "\#(value)"}"#
    try expectBadSession(
      Array(text.utf8),
      #"line 1, column 30: date: expected a date like 2026-11-26, found "\#(value)""#
    )
  }

  @Test(
    "leap days and month ends are accepted",
    arguments: ["2024-02-29", "2000-02-29", "2026-01-31", "2026-04-30"]
  )
  func realDates(value: String) throws {
    let session = try SessionFile.parse(
      Array(#"{"formatVersion": 1, "date": "\#(value)"}"#.utf8),
      path: "x"
    )
    #expect(session.date == value)
  }

  @Test(
    "times on days a month does not have are rejected",
    arguments: ["2026-02-30T00:00:00Z", "2026-06-31T12:00:00Z", "2023-02-29T00:00:00Z"]
  )
  func impossibleTimestamp(value: String) throws {
    let text = #"{"formatVersion": 1, "createdAt": "\#(value)"}"#
    try expectBadSession(
      Array(text.utf8),
      #"line 1, column 35: createdAt: \#(Self.iso) "\#(value)""#
    )
  }

  @Test(
    "a key with a line break is written escaped in the field path, keeping the message on one line"
  )
  func keyWithLineBreak() throws {
    try expectBadSession(
      Array(#"{"formatVersion": 1, "answers": {"x\ny": 5, "a": 1}}"#.utf8),
      #"line 1, column 42: answers."x\ny": expected an object, found a number"#
    )
    try expectBadSession(
      Array(#"{"formatVersion": 1, "answers": {"\u001b[31m": {"value": 1}}}"#.utf8),
      #"line 1, column 58: answers."\u001b[31m".value: expected a string, found a number"#
    )
  }

  @Test("a file of exactly 16 MiB is read, and one over 16 MiB is rejected by size")
  func fileSizeLimit() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/big.json"
      FileManager.default.createFile(atPath: path, contents: nil)
      let handle = try #require(FileHandle(forWritingAtPath: path))
      try handle.truncate(atOffset: UInt64(FileIO.maximumFileBytes))
      // Zero bytes: read in full, then rejected by the parser, not by size.
      #expect(
        caught { try SessionFile.load(path) }
          == MaturityError(
            .badData,
            path: path,
            "line 1, column 1: unexpected byte 0x00; expected a value"
          )
      )
      try handle.truncate(atOffset: UInt64(17 << 20) + 1)
      try handle.close()
      let error = caught { try SessionFile.load(path) }
      #expect(
        error
          == MaturityError(
            .badData,
            path: path,
            "file too large (17825793 bytes; the limit is 16 MiB, 16777216 bytes)"
              + SessionBadInputTests.tooLargeAdvice
          )
      )
      #expect(error?.exitCode == 65)
      #expect(
        try FileManager.default.attributesOfItem(atPath: path)[.size] as? UInt64 == UInt64(17 << 20)
          + 1
      )
    }
  }

  @Test("a file one byte over 16 MiB reports its exact size")
  func justOverSizeLimit() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/big.json"
      FileManager.default.createFile(atPath: path, contents: nil)
      let handle = try #require(FileHandle(forWritingAtPath: path))
      try handle.truncate(atOffset: UInt64(FileIO.maximumFileBytes) + 1)
      try handle.close()
      #expect(
        caught { try SessionFile.load(path) }
          == MaturityError(
            .badData,
            path: path,
            "file too large (16777217 bytes; the limit is 16 MiB, 16777216 bytes)"
              + SessionBadInputTests.tooLargeAdvice
          )
      )
    }
  }

  @Test("a missing file is .missingFile (exit 66)")
  func missingFile() throws {
    try withTemporaryFolder { folder in
      for path in [folder + "/none.json", folder + "/no/such/folder/team.json"] {
        let error = caught { try SessionFile.load(path) }
        #expect(
          error == MaturityError(.missingFile, path: path, "cannot open: no such file or folder")
        )
        #expect(error?.exitCode == 66)
      }
    }
  }

  @Test("a folder instead of a file is an I/O error (exit 74)")
  func folderInsteadOfFile() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/team.json"
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      let error = caught { try SessionFile.load(path) }
      #expect(error == MaturityError(.io, path: path, "is a folder, not a file"))
      #expect(error?.exitCode == 74)
      #expect(FileIO.isDirectory(path))
    }
  }
}
