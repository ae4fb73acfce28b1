import Foundation
import MaturityCore
import Testing

@Suite("Session files: byte-for-byte round trips, stable layout and atomic saves")
struct SessionFileTests {
  static let now = Timestamp(secondsSince1970: 1_767_323_045)  // 2026-01-02T03:04:05Z

  @Test("a loaded file written back is byte-identical, unknown fields and escaped notes included")
  func roundTrip() throws {
    let bytes = try Fixture.bytes("sessions/roundtrip.json")
    let session = try SessionFile.parse(bytes, path: "roundtrip.json")
    #expect(Array(SessionFile.text(of: session).utf8) == bytes)
  }

  @Test("the round-trip fixture decodes to the expected fields")
  func roundTripFields() throws {
    let session = try SessionFile.load(Fixture.path("sessions/roundtrip.json"))
    #expect(session.formatVersion == 1)
    #expect(session.toolVersion == "0.0.9")
    #expect(session.team == "Équipe Données 日本")
    #expect(session.system == "Ranking \"v2\" / search")
    #expect(session.participants == ["Ana", "李小龙"])
    #expect(session.updatedAt == "2026-03-04T05:06:07.250Z")
    #expect(session.frameworks == ["mlts", "azure", "google"])
    #expect(session.bankVersions == ["azure": "1.0.0", "google": "1.0.0", "mlts": "0.9.0"])
    #expect(
      session.answers["mlts.data.1"]?.note
        == "Schéma vérifié en CI. 日本語のメモ\nSecond line with \"quotes\", a backslash \\ and\ta tab.\n"
        + "Control: \u{1B}[31m red \u{7} bell \u{7F} del \u{9B} csi \u{2028} sep \u{202E} bidi"
    )
    #expect(
      session.answers["mlts.data.2"]?.otherFields.map(\.key) == [
        "x-certainty", "x-reviewedBy", "extra",
      ]
    )
    #expect(session.answers["mlts.data.2"]?.otherFields.first?.node.value == .number("0.75"))
    #expect(
      session.answers["mlts.model.1"] == Answer(value: nil, note: "Only a note, no answer yet.")
    )
    #expect(session.answers["old.removed.question"]?.value == "yes")
    #expect(session.otherFields.map(\.key) == ["reviewer", "tags", "archived"])
  }

  @Test("saving a loaded file leaves it byte-identical")
  func loadAndSave() throws {
    let original = try Fixture.bytes("sessions/roundtrip.json")
    try withTemporaryFolder { folder in
      let path = folder + "/team.json"
      try writeFile(path, original)
      try SessionFile.save(try SessionFile.load(path), to: path)
      #expect(try readFile(path) == original)
    }
  }

  @Test(
    "a file in another layout is written with known keys in fixed order, answers sorted, unknown keys last"
  )
  func canonicalLayout() throws {
    let session = try SessionFile.parse(
      try Fixture.bytes("sessions/unsorted.json"),
      path: "unsorted.json"
    )
    let expected = String(
      decoding: try Fixture.bytes("sessions/unsorted-canonical.json"),
      as: UTF8.self
    )
    #expect(SessionFile.text(of: session) == expected)
  }

  @Test("a new session lists every key in a stable order and ends in a newline")
  func newSessionLayout() throws {
    var session = Session.new(banks: [try Shipped.bank("mlts")], now: Self.now)
    session.toolVersion = "9.9.9"
    session.setAnswer("mlts.monitor.1", value: "manual", now: Self.now)
    session.setAnswer("mlts.data.10", value: "none", now: Self.now)
    session.setNote("mlts.data.2", note: "tab\there, esc \u{1B}", now: Self.now)
    #expect(
      SessionFile.text(of: session) == """
        {
          "formatVersion": 1,
          "toolVersion": "9.9.9",
          "team": "",
          "system": "",
          "facilitator": "",
          "participants": [],
          "date": "2026-01-02",
          "createdAt": "2026-01-02T03:04:05Z",
          "updatedAt": "2026-01-02T03:04:05Z",
          "frameworks": [
            "mlts"
          ],
          "banks": {
            "mlts": "1.2.0"
          },
          "answers": {
            "mlts.data.10": {
              "value": "none",
              "answeredAt": "2026-01-02T03:04:05Z"
            },
            "mlts.data.2": {
              "note": "tab\\there, esc \\u001b"
            },
            "mlts.monitor.1": {
              "value": "manual",
              "answeredAt": "2026-01-02T03:04:05Z"
            }
          }
        }

        """
    )
  }

  @Test("equal sessions give identical text whatever order the answers were given in")
  func answerOrderDoesNotMatter() {
    var forward = Session()
    var backward = Session()
    let ids = ["mlts.data.1", "azure.tech.builds", "google.l1.metadata", "mlts.data.3"]
    for id in ids { forward.setAnswer(id, value: "x", now: Self.now) }
    for id in ids.reversed() { backward.setAnswer(id, value: "x", now: Self.now) }
    #expect(SessionFile.text(of: forward) == SessionFile.text(of: backward))
    let text = SessionFile.text(of: forward)
    let positions = ["azure.tech.builds", "google.l1.metadata", "mlts.data.1", "mlts.data.3"]
      .compactMap {
        text.range(of: "\"\($0)\"")?.lowerBound
      }
    #expect(positions.count == 4)
    #expect(positions == positions.sorted())
  }

  @Test("clearing an answer and its note removes the entry")
  func clearingRemovesEntry() {
    var session = Session()
    session.setAnswer("mlts.data.1", value: "manual", now: Self.now)
    session.setNote("mlts.data.1", note: "n", now: Self.now)
    session.setAnswer("mlts.data.1", value: nil, now: Self.now)
    #expect(session.answers["mlts.data.1"] == Answer(value: nil, note: "n", answeredAt: nil))
    session.setNote("mlts.data.1", note: "", now: Self.now)
    #expect(session.answers["mlts.data.1"] == nil)
  }

  @Test("save creates missing folders and a 0644 file, and leaves no temporary file")
  func saveNewFile() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/a/b/team.json"
      var session = Session.new(banks: [], now: Self.now)
      session.team = "T"
      try SessionFile.save(session, to: path)
      #expect(try readFile(path) == Array(SessionFile.text(of: session).utf8))
      #expect(try folderContents(folder + "/a/b") == ["team.json"])
      #expect(permissions(path) == 0o644)
    }
  }

  @Test("saving over an existing file keeps its permissions and leaves no temporary file")
  func saveKeepsPermissions() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/team.json"
      try writeFile(path, Array("old".utf8))
      #expect(chmod(path, 0o600) == 0)
      var session = Session()
      session.team = "new"
      try SessionFile.save(session, to: path)
      #expect(permissions(path) == 0o600)
      #expect(try readFile(path) == Array(SessionFile.text(of: session).utf8))
      #expect(try folderContents(folder) == ["team.json"])
    }
  }

  @Test(
    "a save into a read-only folder throws an I/O error and leaves the old file byte-identical",
    .enabled(if: readOnlyFoldersAreEnforced, "a read-only folder is still writable here (root)")
  )
  func saveIntoReadOnlyFolder() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/team.json"
      let original = Array("{\"formatVersion\": 1}\n".utf8)
      try writeFile(path, original)
      #expect(chmod(folder, 0o555) == 0)
      defer { chmod(folder, 0o755) }
      let error = caught { try SessionFile.save(Session(), to: path) }
      #expect(error?.kind == .io)
      #expect(error?.exitCode == 74)
      #expect(error?.path == path)
      #expect(try readFile(path) == original)
      #expect(try folderContents(folder) == ["team.json"])
    }
  }

  @Test(
    "a save that fails after writing its temporary file throws an I/O error, changes nothing and leaves no temporary file (root or not)"
  )
  func saveFailingAtTheRename() throws {
    // Root-independent twin of the read-only-folder test: renaming over a
    // folder that is not empty fails for everybody.
    try withTemporaryFolder { folder in
      let path = folder + "/team.json"
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
      try writeFile(path + "/old", Array("old".utf8))
      let error = caught { try SessionFile.save(Session(), to: path) }
      #expect(error?.kind == .io)
      #expect(error?.exitCode == 74)
      #expect(error?.path == path)
      #expect(try folderContents(folder) == ["team.json"])
      #expect(try readFile(path + "/old") == Array("old".utf8))
    }
  }

  @Test("stale temporary files of a session are removed, and nobody else's")
  func staleTemporaryFilesAreRemoved() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/team.json"
      try writeFile(path, Array("{}".utf8))
      for name in [".team.json.tmp-a1B2c3", ".team.json.tmp-zzzzzz", ".other.json.tmp-a1B2c3"] {
        try writeFile(folder + "/" + name, Array("half a sess".utf8))
      }
      #expect(SessionFile.removeStaleTemporaryFiles(for: path) == 2)
      #expect(try folderContents(folder) == [".other.json.tmp-a1B2c3", "team.json"])
    }
  }

  @Test(
    "the default folder is $XDG_DATA_HOME/mlmaturity/sessions when that is absolute",
    arguments: [
      (["XDG_DATA_HOME": "/data", "HOME": "/home/ana"], "/data/mlmaturity/sessions"),
      (["HOME": "/home/ana"], "/home/ana/.local/share/mlmaturity/sessions"),
      (["XDG_DATA_HOME": "", "HOME": "/home/ana"], "/home/ana/.local/share/mlmaturity/sessions"),
      (
        ["XDG_DATA_HOME": "relative/data", "HOME": "/home/ana"],
        "/home/ana/.local/share/mlmaturity/sessions"
      ),
    ]
  )
  func defaultDirectory(environment: [String: String], expected: String) {
    #expect(SessionFile.defaultDirectory(environment: environment) == expected)
  }

  @Test("recent sessions are the .json files of a folder, newest first")
  func recentSessions() throws {
    try withTemporaryFolder { folder in
      for (name, time) in [
        ("old.json", 1_000), ("new.json", 3_000), ("mid.json", 2_000), ("notes.txt", 4_000),
      ] {
        let path = folder + "/" + name
        try writeFile(path, Array("{}".utf8))
        var times = [timeval(tv_sec: time, tv_usec: 0), timeval(tv_sec: time, tv_usec: 0)]
        #expect(utimes(path, &times) == 0)
      }
      try writeFile(folder + "/.hidden.json", Array("{}".utf8))
      try FileManager.default.createDirectory(
        atPath: folder + "/dir.json",
        withIntermediateDirectories: false
      )
      #expect(
        SessionFile.recent(in: folder) == ["new", "mid", "old"].map { folder + "/\($0).json" }
      )
    }
  }
}
