import Foundation
import TestSupport
import Testing

/// The bad-input corpus: every file in `Tests/Fixtures/bad/` (listed with its
/// expected problem in `MANIFEST.tsv`) plus big files made at test time, so
/// the repository stays small. Each one must give exactly one line on
/// stderr naming the file and the problem, exit 65, no crash, and leave the
/// file byte-identical (and no file added beside it).
@Suite("Bad input corpus")
struct HardeningBadInputTests {
  /// One corpus entry.
  struct Case {
    enum Kind: String {
      case session, bank
      case sessionWarning = "session-warning"
    }
    var name: String
    var kind: Kind
    var expected: String
  }

  /// The committed files, from the manifest.
  static func committedCases() throws -> [Case] {
    let manifest = Hardening.repository.appendingPathComponent("Tests/Fixtures/bad/MANIFEST.tsv")
    let text = try String(contentsOf: manifest, encoding: .utf8)
    return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      // Exactly three columns: no case can be excused as a known issue.
      guard fields.count == 3, let kind = Case.Kind(rawValue: fields[1]) else {
        throw HardeningError("bad manifest line: \(line)")
      }
      return Case(name: fields[0], kind: kind, expected: fields[2])
    }
  }

  /// Big files, written into `folder`; returns their cases.
  static func writeGeneratedCases(into folder: URL) throws -> [Case] {
    var cases: [Case] = []
    func write(
      _ name: String,
      _ data: Data,
      _ kind: Case.Kind,
      _ expected: String
    ) throws {
      try data.write(to: folder.appendingPathComponent(name))
      cases.append(Case(name: name, kind: kind, expected: expected))
    }
    let head = Data(#"{"formatVersion": 1, "team": ""#.utf8)
    let tail = Data(#""}"#.utf8)
    // 100 MB: refused from its size before it is read.
    var hundred = Data(#"{"formatVersion": 1, "notes": ""#.utf8)
    hundred.append(Data(repeating: UInt8(ascii: "a"), count: 100_000_000))
    hundred.append(tail)
    try write("generated-100mb.json", hundred, .session, "file too large")
    hundred = Data()
    var over = Data(#"{"formatVersion": 1, "x": ["#.utf8)
    over.append(Data(repeating: UInt8(ascii: " "), count: (16 << 20) + 1))
    over.append(Data("]}".utf8))
    try write("generated-16mib-plus-one.json", over, .session, "file too large")
    var huge = head
    huge.append(Data(repeating: UInt8(ascii: "x"), count: (1 << 20) + 1))
    huge.append(tail)
    try write("generated-huge-team-1mib.json", huge, .session, "string longer than 1024 KiB")
    var note = Data(#"{"formatVersion": 1, "answers": {"mlts.data.1": {"note": ""#.utf8)
    note.append(Data(String(repeating: "é", count: 600_000).utf8))
    note.append(Data(#""}}}"#.utf8))
    try write("generated-huge-note-multibyte.json", note, .session, "string longer than 1024 KiB")
    var escaped = head
    escaped.append(Data(String(repeating: "\\u00e9", count: 600_000).utf8))
    escaped.append(tail)
    try write(
      "generated-huge-escaped-string.json",
      escaped,
      .session,
      "string longer than 1024 KiB"
    )
    let deepArrays = #"{"formatVersion": 1, "x": "# + String(repeating: "[", count: 100_000)
    try write(
      "generated-deep-arrays-100000.json",
      Data(deepArrays.utf8),
      .session,
      "nesting deeper than 64 levels"
    )
    let deepObjects =
      #"{"formatVersion": 1, "x": "# + String(repeating: #"{"a": "#, count: 5_000) + "1"
      + String(repeating: "}", count: 5_001)
    try write(
      "generated-deep-objects-5000.json",
      Data(deepObjects.utf8),
      .session,
      "nesting deeper than 64 levels"
    )
    let number = #"{"formatVersion": 1"# + String(repeating: "0", count: 100_000) + "}"
    try write("generated-long-number.json", Data(number.utf8), .session, "number literal too long")
    var manyKeys = #"{"formatVersion": 1"#
    for index in 0..<200_000 { manyKeys += #", "k\#(index)": 0"# }
    try write(
      "generated-many-keys-then-bad.json",
      Data((manyKeys + ", }").utf8),
      .session,
      "expected a key"
    )
    let bankText = try String(
      contentsOf: Hardening.repository.appendingPathComponent(
        "Tests/Fixtures/bad/bank-truncated.json"
      ),
      encoding: .utf8
    )
    var bigBank = Data(bankText.prefix(60).utf8)
    bigBank.append(Data(repeating: UInt8(ascii: "["), count: 50_000))
    try write("generated-bank-deep.json", bigBank, .bank, "line")
    return cases
  }

  /// What running the commands on one file gave.
  struct Outcome {
    var runs = 0
    var crashes = 0
    var allAsExpected = true
  }

  /// Runs `validate` and `score` (sessions) or `frameworks --bank` (banks)
  /// on `path` and checks each result.
  static func check(_ entry: Case, path: String) -> Outcome {
    var outcome = Outcome()
    var commands: [(arguments: [String], status: Int32)] = [(["validate", path], 65)]
    switch entry.kind {
    case .session: commands.append((["score", path], 65))
    case .sessionWarning: commands.append((["score", path], 0))
    case .bank: commands.append((["frameworks", "--bank", path], 65))
    }
    for command in commands {
      outcome.runs += 1
      let result = Hardening.run(command.arguments)
      let label = "\(entry.name): mlmaturity \(command.arguments[0])"
      if result.status >= 128 { outcome.crashes += 1 }
      let status = result.status
      #expect(status == command.status, "\(label) exited \(status)")
      outcome.allAsExpected = outcome.allAsExpected && status == command.status
      let stderr = String(result.stderr.prefix(2000))
      let stdout = String(result.stdout.prefix(300))
      if command.status == 65 {
        let lines = result.stderr.split(separator: "\n").count
        let namesFile = result.stderr.contains(path)
        let saysProblem = result.stderr.contains(entry.expected)
        let quiet = result.stdout.isEmpty
        let raw = Hardening.rawSequencesFound(in: result.stderr)
        #expect(lines == 1, "\(label) printed \(lines) lines on stderr: \(stderr)")
        #expect(namesFile, "\(label) does not name the file: \(stderr)")
        #expect(saysProblem, "\(label) does not say \(entry.expected.debugDescription): \(stderr)")
        #expect(quiet, "\(label) printed on stdout: \(stdout)")
        #expect(raw.isEmpty, "\(label) printed raw \(raw)")
        outcome.allAsExpected =
          outcome.allAsExpected && lines == 1 && namesFile && saysProblem && quiet && raw.isEmpty
      } else {
        // What the code does today: the file is kept and scored, and the
        // warning is the last line of stdout (stderr stays empty).
        let warning = result.stdout.split(separator: "\n").last { $0.hasPrefix("warning: ") }
        let warns = warning?.contains(entry.expected) == true
        #expect(warns, "\(label) prints no warning: \(result.stdout.suffix(300))")
        outcome.allAsExpected = outcome.allAsExpected && warns
      }
    }
    return outcome
  }

  @Test(
    "every bad file: one stderr line naming the file and the problem, exit 65, no crash, file unchanged"
  )
  func everyBadFileIsRejectedCleanly() throws {
    let folder = try Hardening.scratchFolder("bad")
    defer { Hardening.remove(folder) }
    let source = Hardening.repository.appendingPathComponent("Tests/Fixtures/bad")
    let committed = try Self.committedCases()
    for entry in committed {
      try FileManager.default.copyItem(
        at: source.appendingPathComponent(entry.name),
        to: folder.appendingPathComponent(entry.name)
      )
    }
    let generated = try Self.writeGeneratedCases(into: folder)
    let cases = committed + generated
    let before = Hardening.listing(folder)
    var rejected = 0
    var warned = 0
    var crashes = 0
    var changed = 0
    var runs = 0
    for entry in cases {
      let path = folder.appendingPathComponent(entry.name).path
      let original = try Data(contentsOf: URL(fileURLWithPath: path))
      let outcome = Self.check(entry, path: path)
      runs += outcome.runs
      crashes += outcome.crashes
      if outcome.allAsExpected {
        if entry.kind == .sessionWarning { warned += 1 } else { rejected += 1 }
      }
      if try Data(contentsOf: URL(fileURLWithPath: path)) != original {
        changed += 1
        Issue.record("\(entry.name) changed")
      }
    }
    #expect(Hardening.listing(folder) == before, "files appeared or vanished beside the corpus")
    #expect(cases.count >= 50)
    #expect(crashes == 0)
    print(
      "bad input corpus: \(cases.count) files tried (\(committed.count) committed, \(generated.count) generated incl. 100 MB), \(runs) runs, \(rejected) rejected with exit 65 by every command, \(warned) warning-only sessions kept (validate 65, score 0), \(crashes) crashes, \(changed) files changed"
    )
  }

  @Test("a missing file exits 66, and a folder, a device or a FIFO 74, each with one line, at once")
  func filesThatAreNotSessions() throws {
    let folder = try Hardening.scratchFolder("notfiles")
    defer { Hardening.remove(folder) }
    let fifo = folder.appendingPathComponent("fifo.json").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let cases: [(path: String, status: Int32, expected: String)] = [
      (folder.appendingPathComponent("missing.json").path, 66, "no such file"),
      (folder.path, 74, "is a folder"),
      ("/dev/zero", 74, "is a character device, not a regular file"),
      (fifo, 74, "is a FIFO (named pipe), not a regular file"),
    ]
    var tried = 0
    for entry in cases {
      for command in [["validate", entry.path], ["score", entry.path], ["open", entry.path]] {
        tried += 1
        let result = Hardening.run(command)
        let lines = result.stderr.split(separator: "\n")
        #expect(result.status == entry.status, "\(command): \(result.stderr)")
        #expect(lines.count == 1 && lines[0].contains(entry.path), "\(command): \(result.stderr)")
        #expect(result.stderr.contains(entry.expected), "\(command): \(result.stderr)")
      }
    }
    #expect(Hardening.listing(folder) == ["fifo.json"])
    print("non-files: \(tried) runs (missing, folder, /dev/zero, FIFO), all one line, exit 66/74")
  }
}
