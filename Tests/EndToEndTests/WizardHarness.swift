import Foundation
import TestSupport
import Testing

/// One end-to-end run of the real `mlmaturity` wizard in tmux: a private
/// data folder (`XDG_DATA_HOME`), a fixed clock (`MLMATURITY_NOW`), a
/// session file path, and helpers to answer questions and read results.
final class WizardHarness {
  /// The built binary.
  static let binary = productURL("mlmaturity").path
  /// The fixed clock the binary sees.
  static let now = "2026-11-26T10:00:00Z"

  /// A fresh temporary folder, removed when the harness goes away.
  let folder: String
  /// `XDG_DATA_HOME` for the binary.
  let dataHome: String
  /// The session file these tests create.
  let file: String
  /// The tmux driver; ``freshTerminal()`` replaces it.
  private(set) var tmux = TmuxDriver()

  /// A harness whose session file is outside the default folder, or,
  /// with `inDefaultFolder`, in it (where the start screen lists it).
  init(inDefaultFolder: Bool = false) throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("wizard-e2e-\(UUID().uuidString)").path
    dataHome = folder + "/data"
    file = inDefaultFolder ? dataHome + "/mlmaturity/sessions/fraud.json" : folder + "/session.json"
    try FileManager.default.createDirectory(atPath: dataHome, withIntermediateDirectories: true)
  }

  deinit {
    tmux.killServer()
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Stops the tmux server and moves to a new one with a socket of its own:
  /// `kill-server` returns before the old server is gone, and a session
  /// started on the same socket meanwhile can fail.
  func freshTerminal() {
    tmux.killServer()
    tmux = TmuxDriver()
  }

  /// More variables for the binary (`EDITOR`, …).
  var extraEnvironment: [String: String] = [:]

  /// The variables the binary needs, for tmux and for `ProcessRunner`.
  var environment: [String: String] {
    ["XDG_DATA_HOME": dataHome, "MLMATURITY_NOW": Self.now, "NO_COLOR": "1"]
      .merging(extraEnvironment) { $1 }
  }

  /// The environment for a batch command: ours plus the fixed variables.
  var processEnvironment: [String: String] {
    ProcessInfo.processInfo.environment.merging(environment) { $1 }
  }

  /// Starts `mlmaturity ARGUMENTS` in tmux, through a shell that prints
  /// `exit=N` when it ends (see ``exitCode(timeout:)``).
  func start(_ arguments: String, columns: Int = 80, rows: Int = 24) throws {
    try tmux.start(
      "\(Self.binary) \(arguments); echo \"exit=$?\"",
      columns: columns,
      rows: rows,
      environment: environment
    )
  }

  /// Waits for the `exit=N` line and returns N.
  ///
  /// tmux 3.3a sometimes marks the pane dead without its exit status, so
  /// `TmuxDriver.waitForExit()` can time out after a clean exit; the shell
  /// prints the status instead.
  func exitCode(timeout: Double = 10) throws -> Int? {
    let screen = try tmux.waitFor("exit=", history: true, timeout: timeout)
    return WizardScreen.firstMatch(#"exit=(\d+)"#, in: screen).flatMap { Int($0[0]) }
  }

  /// Runs a shell command line in tmux (for `…; stty -a` checks).
  func startShell(_ commandLine: String, columns: Int = 80, rows: Int = 24) throws {
    try tmux.start(commandLine, columns: columns, rows: rows, environment: environment)
  }

  /// Fills the new-session form (focus on Team) and presses Start; returns
  /// the characters typed and the moves (Tab, Down) it took, Enter aside.
  @discardableResult
  func fillFormAndStart(team: String, system: String) throws -> (typed: Int, moves: Int) {
    try tmux.waitFor("New assessment", "[ Start ]")
    try tmux.sendLiteral(team)
    try tmux.send("Tab")
    try tmux.sendLiteral(system)
    // Down stops on Start, whatever fields and frameworks lie between.
    let downs = 16
    try tmux.run(["send-keys", "-t", tmux.session] + Array(repeating: "Down", count: downs))
    try tmux.send("Enter")
    try waitForCount(0)
    return (team.count + system.count, 1 + downs)
  }

  /// Waits until the header says `answered`/90.
  func waitForCount(_ answered: Int, timeout: Double = 5) throws {
    try tmux.waitFor(" \(answered)/\(WizardBanks.total) ", timeout: timeout)
  }

  /// Answers the next `count` questions (from question `from` in wizard
  /// order) with the digits of ``WizardBanks/digit(at:)``, waiting for the header
  /// after each; returns the keys sent.
  @discardableResult
  func answer(from start: Int, count: Int, alreadyAnswered: Int? = nil) throws -> Int {
    let base = alreadyAnswered ?? start
    for offset in 0..<count {
      try tmux.send(String(WizardBanks.digit(at: start + offset)))
      try waitForCount(base + offset + 1)
    }
    return count
  }

  /// The session file as JSON.
  func session() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: file))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// The answers of the session file, id to option id.
  func answers() throws -> [String: String] {
    let answers = try #require(try session()["answers"] as? [String: [String: Any]])
    return answers.compactMapValues { $0["value"] as? String }
  }

  /// `mlmaturity score FILE --json`, parsed.
  func scoreJSON() throws -> [String: Any] {
    let result = ProcessRunner.run(
      Self.binary,
      ["score", file, "--json"],
      environment: processEnvironment
    )
    #expect(result.status == 0, "score failed: \(result.stderr)")
    let data = Data(result.stdout.utf8)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }
}

/// The shipped banks as the wizard orders them, read from the repository's
/// JSON files (the end-to-end tests do not link MaturityCore).
enum WizardBanks {
  /// One question: its id and its option ids in order.
  struct Question {
    var id: String
    var options: [String]
  }

  /// Every question, Azure then Google then ML Test Score.
  static let questions: [Question] = {
    let folder = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Resources/questions")
    var questions: [Question] = []
    for id in ["azure", "google", "mlts"] {
      guard
        let data = try? Data(contentsOf: folder.appendingPathComponent("\(id).json")),
        let bank = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
        let sections = bank["sections"] as? [[String: Any]]
      else { continue }
      for section in sections {
        for question in section["questions"] as? [[String: Any]] ?? [] {
          let options = (question["options"] as? [[String: Any]] ?? []).compactMap {
            $0["id"] as? String
          }
          questions.append(Question(id: question["id"] as? String ?? "", options: options))
        }
      }
    }
    return questions
  }()

  /// 90.
  static var total: Int { questions.count }

  /// The digit answering question `position`: varied, always valid, and
  /// mostly the more mature options so that every framework has a result
  /// worth checking.
  static func digit(at position: Int) -> Int {
    let count = questions[position].options.count
    switch position % 5 {
    case 0: return 1
    case 1: return max(1, count - 1)
    default: return count
    }
  }

  /// The option id ``digit(at:)`` chooses.
  static func expectedValue(at position: Int) -> String {
    questions[position].options[digit(at: position) - 1]
  }
}

/// Reading values off a captured screen.
enum WizardScreen {
  /// The first match of `pattern`'s capture groups in `text`, or `nil`.
  static func firstMatch(_ pattern: String, in text: String) -> [String]? {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
    let range = NSRange(text.startIndex..., in: text)
    guard let match = regex.firstMatch(in: text, range: range) else { return nil }
    return (1..<match.numberOfRanges).compactMap {
      Range(match.range(at: $0), in: text).map { String(text[$0]) }
    }
  }
}
