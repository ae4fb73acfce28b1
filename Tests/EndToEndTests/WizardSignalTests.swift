import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// No `mlmaturity` process was found under the pane's shell.
struct WizardProcessNotFound: Error {
  var parent: Int32
}

@Suite("Wizard end to end: signals", .enabled(if: TmuxDriver.shouldRun))
struct WizardSignalTests {
  /// The pid of the `mlmaturity` process whose parent is `parent`.
  private func child(of parent: Int32, timeout: Double = 5) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
      for entry in entries {
        guard let pid = Int32(entry),
          let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
          let open = stat.firstIndex(of: "("),
          let close = stat.lastIndex(of: ")")
        else { continue }
        let name = stat[stat.index(after: open)..<close]
        let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
        if name == "mlmaturity", fields.count > 1, Int32(fields[1]) == parent { return pid }
      }
      usleep(50_000)
    }
    throw WizardProcessNotFound(parent: parent)
  }

  /// The `mlmaturity` process in the pane: the pane's process itself when
  /// the shell ran it with exec, else its child.
  private func wizardPID(_ run: WizardHarness) throws -> Int32 {
    let pane = try run.tmux.panePID()
    let name = try? String(contentsOfFile: "/proc/\(pane)/comm", encoding: .utf8)
    if name?.hasPrefix("mlmaturity") == true { return pane }
    return try child(of: pane)
  }

  @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129)])
  func aSignalMidSessionSavesRestoresTheTerminalAndExits(signal: Int32, code: Int) throws {
    let run = try WizardHarness()
    try run.startShell(
      "\(WizardHarness.binary) new --file \(run.file); echo \"exit=$?\"; "
        + "stty -a | grep -o -- '-\\?icanon'"
    )
    try run.fillFormAndStart(team: "Fraud Detection", system: "Card scoring")
    try run.answer(from: 0, count: 5)
    try run.tmux.waitFor("saved 10:00:00")
    let pid = try wizardPID(run)

    #expect(kill(pid, signal) == 0)

    let after = try run.tmux.waitFor("exit=", "icanon", timeout: 10)
    #expect(after.contains("exit=\(code)"))
    #expect(!after.contains("-icanon"), "the terminal is left in raw mode")
    #expect(after.contains("stopped by signal \(signal)"))
    // The farewell, with wrapped lines joined: one message per line.
    let joined = try run.tmux.run("capture-pane", "-p", "-J", "-S", "-", "-t", run.tmux.session)
    let lines = joined.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("mlmaturity: session saved to \(run.file)") })
    #expect(lines.contains { $0.hasPrefix("mlmaturity: stopped by signal \(signal)") })
    let answers = try run.answers()
    #expect(answers.count == 5)
    for position in 0..<5 {
      let question = WizardBanks.questions[position]
      #expect(answers[question.id] == WizardBanks.expectedValue(at: position))
    }
  }

  @Test func afterStopAndContinueTheWizardRestoresItsTerminalModesAndRepaints() throws {
    let run = try WizardHarness()
    try run.start("new --file \(run.file)")
    try run.fillFormAndStart(team: "Fraud Detection", system: "Card scoring")
    try run.answer(from: 0, count: 1)
    let pid = try wizardPID(run)
    let tty = try run.tmux.run("display-message", "-p", "-t", run.tmux.session, "#{pane_tty}")
      .trimmingCharacters(in: .whitespacesAndNewlines)

    #expect(kill(pid, SIGSTOP) == 0)
    // What an interactive shell does when its job stops (kill -STOP, no
    // Ctrl+Z): puts back its own cooked, echoing modes, and prints.
    #expect(ProcessRunner.run("stty", ["-F", tty, "sane"]).status == 0)
    let handle = try #require(FileHandle(forWritingAtPath: tty))
    handle.write(Data("\u{1B}[2J\u{1B}[H[1]+  Stopped    mlmaturity\n".utf8))
    try handle.close()
    try run.tmux.waitFor("Stopped")
    #expect(kill(pid, SIGCONT) == 0)

    let repainted = try run.tmux.waitFor(" 1/90 ", "1-9 / letter")
    #expect(!repainted.contains("Stopped"), "the screen was not repainted:\n\(repainted)")
    let modes = ProcessRunner.run("stty", ["-F", tty, "-a"]).stdout
    #expect(modes.contains("-icanon"), "still in cooked mode: \(modes)")
    #expect(modes.contains("-echo "), "still echoing: \(modes)")
    // Keys arrive one by one again, unechoed.
    try run.answer(from: 1, count: 1)
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)
    #expect(try run.answers().count == 2)
  }

  @Test func aSignalWhileEditingANoteKeepsTheNote() throws {
    let run = try WizardHarness()
    try run.start("new --file \(run.file)")
    try run.fillFormAndStart(team: "Fraud Detection", system: "Card scoring")
    try run.answer(from: 0, count: 1)
    try run.tmux.send("n")
    try run.tmux.sendLiteral("unsaved thought")
    try run.tmux.waitFor("unsaved thought")

    #expect(kill(try wizardPID(run), SIGTERM) == 0)

    #expect(try run.exitCode() == 143)
    let answers = try #require(try run.session()["answers"] as? [String: [String: Any]])
    let second = WizardBanks.questions[1].id
    #expect(answers[second]?["note"] as? String == "unsaved thought")
  }
}
