import Foundation
import TestSupport
import Testing

/// Hostile text: control characters and escape sequences typed into every
/// text field must never reach a terminal raw, in any command's output.
/// Text output shows them escaped (`^[`, `^G`, `<U+202E>`); JSON output
/// escapes them as `\u` and keeps the exact text.
@Suite("Hostile text never reaches the terminal raw")
struct HardeningHostileTextTests {
  /// Clear screen, OSC 52 clipboard write, bare BEL, CR, backspace, C1 CSI,
  /// a bidi override and an OSC 2 window title.
  static let hostile =
    "A\u{1B}[2JB\u{1B}]52;c;SGVsbG8=\u{07}C\u{07}D\rE\u{08}F\u{9B}31mG\u{202E}H\u{1B}]2;PWNED\u{07}I"
  /// The same without `=` and `|`, for fields whose syntax uses them.
  static let hostileName = "N\u{1B}[2J\u{07}\r\u{08}\u{9B}\u{202E}\u{1B}]2;PWNED\u{07}X"

  /// The `set` options this build has, each with a hostile value.
  static func hostileOptions() -> (arguments: [String], fields: [String]) {
    let help = Hardening.run(["set", "--help"]).stdout
    let h = hostile
    let candidates: [(option: String, value: String, field: String)] = [
      ("--team", h, "team"),
      ("--system", h, "system"),
      ("--facilitator", h, "facilitator"),
      ("--participant", h, "participant"),
      ("--note", "mlts.data.1=\(h)", "note"),
      ("--reason", "mlts.data.2=\(h)", "not-applicable reason"),
      ("--vote", "mlts.data.3:\(hostileName)=manual", "vote name"),
      ("--rationale", "mlts.data.3=\(h)", "rationale"),
      ("--dissent", "mlts.data.3=\(h)", "dissent"),
      ("--evidence", "mlts.data.3=\(hostileName) | \(hostileName) | 2026-11-20", "evidence"),
      ("--owner", "mlts.data.4=\(h)", "owner"),
    ]
    var arguments = ["mlts.data.1=automated", "mlts.data.3=manual", "mlts.data.4=none"]
    if help.contains("--reason") { arguments.append("mlts.data.2=n/a") }
    var fields: [String] = []
    for candidate in candidates where help.contains(candidate.option + " ") {
      arguments += [candidate.option, candidate.value]
      fields.append(candidate.field)
    }
    return (arguments, fields)
  }

  /// A small bank whose titles and labels are hostile.
  static let hostileBank = #"""
    {"format": 1, "id": "evil", "version": "1.0.0",
     "name": "Evil\u001b[2J\u001b]52;c;SGVsbG8=\u0007", "title": "T\u001b]2;PWNED\u0007\u202e",
     "citation": "c\r\b", "url": "https://example.invalid/\u009b31m", "scoring": "ml-test-score",
     "description": "d\u001b[31m", "notes": ["n\u0007"],
     "levels": [{"level": 0, "name": "B0\u001b[2J", "summary": "s"},
       {"level": 1, "name": "B1", "summary": "s"}, {"level": 2, "name": "B2", "summary": "s"},
       {"level": 3, "name": "B3", "summary": "s"}, {"level": 4, "name": "B4", "summary": "s"},
       {"level": 5, "name": "B5", "summary": "s"}],
     "sections": [{"id": "data", "title": "S\u001b]52;c;SGVsbG8=\u0007", "questions": [
       {"id": "evil.data.1", "title": "Q\u001b[2J\u202e", "prompt": "P\u001b[5m?", "help": "H\r",
        "improve": "I\b", "source": ["EVIL-1\u001b[2J"], "options": [
          {"id": "none", "key": "x", "label": "No\u001b[2J", "points": 0},
          {"id": "yes", "key": "y", "label": "Yes\u009b", "points": 1}]}]}]}
    """#

  @Test("score, report, validate, questions, frameworks and diff print hostile text escaped")
  func batchOutputIsEscaped() throws {
    let folder = try Hardening.scratchFolder("hostile")
    defer { Hardening.remove(folder) }
    let session = folder.appendingPathComponent("hostile.json").path
    let (arguments, fields) = Self.hostileOptions()
    let set = Hardening.run(["set", session] + arguments)
    try #require(set.status == 0, "set failed: \(set.stderr)")
    let bank = folder.appendingPathComponent("evil-bank.json").path
    try Data(Self.hostileBank.utf8).write(to: URL(fileURLWithPath: bank))
    let warn = folder.appendingPathComponent("warn.json").path
    try Data(
      #"{"formatVersion": 1, "answers": {"mlts.\u001b[2J\u0007": {"value": "x\u001b]52;c;SGVsbG8=\u0007"}}}"#
        .utf8
    ).write(to: URL(fileURLWithPath: warn))
    let badDate = folder.appendingPathComponent("bad-date.json").path
    try Data(#"{"formatVersion": 1, "date": "\u001b[2J\u001b]2;PWNED\u0007\u202e"}"#.utf8)
      .write(to: URL(fileURLWithPath: badDate))
    let markdownFile = folder.appendingPathComponent("report.md").path
    let hostilePath = folder.appendingPathComponent("\u{1B}[2J\u{07}\u{202E}.json").path

    var commands: [(arguments: [String], json: Bool)] = [
      (["score", session], false),
      (["score", "--json", session], true),
      (["report", session, "--format", "markdown"], false),
      (["report", session, "--format", "json"], true),
      (["report", session, "--format", "markdown", "-o", markdownFile], false),
      (["validate", session], false),
      (["validate", warn], false),
      (["score", warn], false),
      (["validate", badDate], false),
      (["score", badDate], false),
      (["validate", hostilePath], false),
      (["questions", "--bank", bank, "--framework", "evil"], false),
      (["questions", "--bank", bank, "--framework", "evil", "--json"], true),
      (["frameworks", "--bank", bank], false),
      (["validate", bank], false),
    ]
    let hasDiff = Hardening.run(["--help"]).stdout.contains("\n  diff ")
    if hasDiff {
      let older = folder.appendingPathComponent("older.json").path
      try Hardening.makeSession(at: older)
      commands.append((["diff", older, session], false))
      commands.append((["diff", session, older], false))
      commands.append((["diff", "--format", "markdown", older, session], false))
      commands.append((["diff", "--format", "json", older, session], true))
    }
    var outputs = 0
    var escapedSeen = 0
    for command in commands {
      let result = Hardening.run(command.arguments)
      let label = "mlmaturity \(command.arguments.joined(separator: " ").debugDescription)"
      #expect(result.status < 128, "\(label) crashed")
      for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)]
      where !text.isEmpty {
        outputs += 1
        let raw = Hardening.rawSequencesFound(in: text)
        #expect(raw.isEmpty, "\(label) printed raw \(raw) on \(stream)")
        if text.contains("^[") || text.contains("^\\[") || text.lowercased().contains("\\u001b") {
          escapedSeen += 1
        }
      }
      if command.json {
        let data = Data(result.stdout.utf8)
        let parsed = try? JSONSerialization.jsonObject(with: data)
        #expect(parsed != nil, "\(label) printed invalid JSON")
        #expect(
          result.stdout.lowercased().contains("\\u001b"),
          "\(label) does not escape ESC as \\u001b"
        )
        if ["score", "report"].contains(command.arguments[0]) {
          #expect(Self.strings(in: parsed).contains(Self.hostile), "\(label) lost the exact text")
        }
      }
    }
    let markdown = try String(contentsOfFile: markdownFile, encoding: .utf8)
    #expect(Hardening.rawSequencesFound(in: markdown).isEmpty, "report -o wrote raw sequences")
    // Markdown escapes the visible forms once more: ^\[ and &lt;U+202E&gt;.
    #expect(markdown.contains("^\\[") && markdown.contains("U+202E"))
    let score = Hardening.run(["score", session]).stdout
    #expect(score.contains("^[[2J") && score.contains("<U+202E>") && score.contains("^G"))
    print(
      "hostile text: \(fields.count) text fields (\(fields.joined(separator: ", "))), \(commands.count) commands\(hasDiff ? " incl. diff" : ""), \(outputs) outputs checked, \(escapedSeen) showed the escaped form, 0 raw sequences"
    )
  }

  /// Every string in a parsed JSON value.
  static func strings(in value: Any?) -> [String] {
    switch value {
    case let text as String: [text]
    case let array as [Any]: array.flatMap { strings(in: $0) }
    case let object as [String: Any]: object.flatMap { [$0.key] + strings(in: $0.value) }
    default: []
    }
  }
}
