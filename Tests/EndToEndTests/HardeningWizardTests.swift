import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real wizard in tmux: hostile text on screen, signals, resizes, and a
/// second wizard on the same session.
@Suite("Wizard under signals, resizes, hostile text and a second writer")
struct HardeningWizardTests {
  @Test(
    "hostile text in the wizard is drawn escaped and never reaches the terminal raw",
    .enabled(if: TmuxDriver.shouldRun)
  )
  func hostileTextInWizard() throws {
    let folder = try Hardening.scratchFolder("tui-hostile")
    defer { Hardening.remove(folder) }
    let session = folder.appendingPathComponent("s.json").path
    let hostile = HardeningHostileTextTests.hostile
    let first = "azure.people.data-scientists"
    try Hardening.makeSession(
      at: session,
      extra: ["--system", hostile, "--note", "\(first)=\(hostile)", "--team", hostile]
    )
    let raw = folder.appendingPathComponent("raw-output")
    let wizard = HardeningWizard()
    try wizard.startBinary(["open", session], in: folder, rawOutput: raw)
    try wizard.tmux.waitFor("opened", timeout: 10)
    var screens = [try wizard.screenWithEscapes()]
    let header = try wizard.tmux.screen()
    try wizard.tmux.send("n")
    try wizard.tmux.waitFor("SGVsbG8", timeout: 10)
    screens.append(try wizard.screenWithEscapes())
    try wizard.tmux.send("Escape")
    try wizard.tmux.send("s")
    usleep(300_000)
    screens.append(try wizard.screenWithEscapes())
    try wizard.tmux.send("q")
    #expect(try wizard.waitForExit() == 0)

    var sgr = 0
    for screen in screens {
      // capture-pane -e shows attributes as SGR sequences (ESC [ ... m);
      // nothing else may be left.
      let withoutSGR = screen.replacingOccurrences(
        of: "\u{1B}\\[[0-9;:]*m",
        with: "",
        options: .regularExpression
      )
      sgr += screen.count - withoutSGR.count
      let found = Hardening.rawSequencesFound(in: withoutSGR)
      #expect(found.isEmpty, "the screen holds raw \(found)")
    }
    #expect(header.contains("^[[2J"), "the header does not show ESC as ^[:\n\(header)")
    let title = try wizard.tmux.run("display-message", "-p", "-t", wizard.target, "#{pane_title}")
    #expect(!title.contains("PWNED"), "an OSC 2 set the window title: \(title)")
    let buffers = try wizard.tmux.run("list-buffers")
    #expect(buffers.isEmpty, "an OSC 52 reached the clipboard: \(buffers)")
    let bytes = Array((try? Data(contentsOf: raw)) ?? Data())
    #expect(!bytes.isEmpty, "pipe-pane recorded nothing")
    let forbidden: [(String, [UInt8])] = [
      ("OSC 52", Array("\u{1B}]52".utf8)), ("OSC 2", Array("\u{1B}]2;PWNED".utf8)),
      ("BEL", [0x07]), ("C1 CSI", [0xC2, 0x9B]), ("U+202E", [0xE2, 0x80, 0xAE]),
    ]  // not backspace: curses itself moves the cursor left with ^H
    let leaked = forbidden.filter { Hardening.contains(bytes, $0.1) }.map(\.0)
    #expect(leaked.isEmpty, "the wizard wrote raw \(leaked) to the terminal")
    print(
      "hostile text in the wizard: 3 screens (header, note editor, summary), \(bytes.count) raw output bytes scanned, \(leaked.count) raw sequences, \(sgr) bytes of curses SGR only, title and clipboard untouched"
    )
  }

  @Test(
    "SIGINT, SIGTERM and SIGHUP save the answers and the note being typed, and restore the terminal",
    .enabled(if: TmuxDriver.shouldRun),
    arguments: [("INT", SIGINT), ("TERM", SIGTERM), ("HUP", SIGHUP)]
  )
  func signalSavesAndRestores(name: String, number: Int32) throws {
    let folder = try Hardening.scratchFolder("signal-\(name)")
    defer { Hardening.remove(folder) }
    let session = folder.appendingPathComponent("s.json").path
    try Hardening.makeSession(at: session)
    let wizard = HardeningWizard()
    let line = [Hardening.binary, "open", session].map(HardeningWizard.quote).joined(separator: " ")
    try wizard.start(
      "stty -g > before; stty -a > before-a; \(line); echo $? > code; stty -g > after; stty -a > after-a; sleep 60",
      in: folder
    )
    try wizard.tmux.waitFor("opened", timeout: 10)
    try wizard.tmux.send("2")
    try wizard.tmux.waitFor("saved ", timeout: 10)
    try wizard.tmux.send("n")
    try wizard.tmux.sendLiteral("typed when the signal came")
    try wizard.tmux.waitFor("typed when the signal came", timeout: 10)
    if number == SIGINT {
      try wizard.tmux.send("C-c")  // the terminal sends SIGINT, as for a user
    } else {
      Hardening.kill(try wizard.programPID(), number)
    }
    let code = folder.appendingPathComponent("code").path
    try wizard.waitForFile(folder.appendingPathComponent("after-a").path)
    usleep(100_000)
    let status = try String(contentsOfFile: code, encoding: .utf8).trimmingCharacters(
      in: .whitespacesAndNewlines
    )
    #expect(status == "\(128 + number)", "SIG\(name): exit \(status)")
    let before = try String(contentsOf: folder.appendingPathComponent("before"), encoding: .utf8)
    let after = try String(contentsOf: folder.appendingPathComponent("after"), encoding: .utf8)
    let afterA = try String(contentsOf: folder.appendingPathComponent("after-a"), encoding: .utf8)
    #expect(before == after, "SIG\(name): stty -g differs after exit")
    #expect(afterA.contains(" icanon") && !afterA.contains("-icanon") && afterA.contains(" echo "))
    let answers = Hardening.answers(in: session) ?? [:]
    #expect(answers["azure.people.data-scientists"] == "with-data-engineers")
    let text = (try? String(contentsOfFile: session, encoding: .utf8)) ?? ""
    #expect(
      text.contains("typed when the signal came"),
      "SIG\(name): the note being typed was lost"
    )
    let screen = try wizard.tmux.screen(history: true)
    #expect(screen.contains("stopped by signal \(number)"), "no farewell:\n\(screen)")
    print(
      "signal SIG\(name): exit \(status), answer and typed note saved, stty -g identical, icanon on"
    )
  }

  @Test(
    "100 rapid resizes down to 10x3 and back: no crash, correct layout at 80x24",
    .enabled(if: TmuxDriver.shouldRun)
  )
  func rapidResizes() throws {
    let folder = try Hardening.scratchFolder("resize")
    defer { Hardening.remove(folder) }
    let session = folder.appendingPathComponent("s.json").path
    try Hardening.makeSession(at: session)
    let wizard = HardeningWizard()
    try wizard.startBinary(["open", session], in: folder)
    try wizard.tmux.waitFor("opened", timeout: 10)
    var generator = SystemRandomNumberGenerator()
    var sizes: [(Int, Int)] = [(10, 3), (80, 24), (10, 3), (200, 60), (1, 1), (59, 15), (60, 16)]
    while sizes.count < 99 {
      sizes.append(
        (Int.random(in: 1...220, using: &generator), Int.random(in: 1...70, using: &generator))
      )
    }
    sizes.append((80, 24))
    var smallest = (columns: Int.max, rows: Int.max)
    for (columns, rows) in sizes {
      try wizard.tmux.resize(columns: columns, rows: rows)
      smallest = (min(smallest.columns, columns), min(smallest.rows, rows))
      if Int.random(in: 0..<10, using: &generator) == 0 { try wizard.tmux.send("j") }
    }
    // The last resize reaches the wizard a moment later: poll until the
    // frame fits 80x24, for at most 10 s.
    let deadline = Date().addingTimeInterval(10)
    var screen = ""
    var seconds = 0.0
    let start = Date()
    while true {
      screen = try wizard.tmux.screen()
      if Self.isCorrectLayout(screen) || Date() > deadline { break }
      usleep(50_000)
    }
    seconds = Date().timeIntervalSince(start)
    #expect(Self.isCorrectLayout(screen), "wrong layout at 80x24 after the resizes:\n\(screen)")
    let alive = try wizard.tmux.run("display-message", "-p", "-t", wizard.target, "#{pane_dead}")
    #expect(alive.hasPrefix("0"), "the wizard died during the resizes")
    try wizard.tmux.send("q")
    #expect(try wizard.waitForExit() == 0)
    #expect(Hardening.run(["validate", session]).status == 0)
    print(
      "resizes: \(sizes.count) resizes (smallest \(smallest.columns)x\(smallest.rows), largest 220x70), 0 crashes, header row and box borders correct at 80x24 \(String(format: "%.2f", seconds)) s after the last one"
    )
  }

  /// Whether `screen` is the questions screen laid out for 80x24: the
  /// header on row 0, the two boxes' top borders on row 1 and bottom
  /// borders on row 21, each 80 columns wide, and the status line below.
  static func isCorrectLayout(_ screen: String) -> Bool {
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
    guard rows.count >= 24 else { return false }
    return rows[0].hasPrefix(" mlmaturity · Payments")
      && rows[1].hasPrefix("┌─ Questions") && rows[1].hasSuffix("┐") && rows[1].count == 80
      && rows[21].hasPrefix("└") && rows[21].hasSuffix("┘") && rows[21].count == 80
      // The status line: "opened", or the word a key typed on the
      // too-small screen left ("only q works at this size").
      && (rows[22].hasPrefix(" opened") || rows[22].hasPrefix(" only q works"))
  }

  @Test(
    "a second wizard on an open session is read-only and never writes the file",
    .enabled(if: TmuxDriver.shouldRun)
  )
  func secondWizardIsReadOnly() throws {
    let folder = try Hardening.scratchFolder("one-writer")
    defer { Hardening.remove(folder) }
    let session = folder.appendingPathComponent("s.json").path
    try Hardening.makeSession(at: session)
    let first = HardeningWizard()
    try first.startBinary(["open", session], in: folder)
    try first.tmux.waitFor("opened", timeout: 10)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: session))
    let modified =
      try FileManager.default.attributesOfItem(atPath: session)[.modificationDate] as? Date
    let listing = Hardening.listing(folder)
    let second = HardeningWizard()
    try second.startBinary(["open", session], in: folder)
    try second.tmux.waitFor("read-only", timeout: 10)
    var keys = 0
    // Every edit is refused with the read-only prompt (any other key
    // closes it), so nothing typed can be lost and quitting needs no
    // question.
    for key in ["2", "Escape", "3", "Escape", "u", "1"] {
      try second.tmux.send(key)
      keys += 1
    }
    try second.tmux.waitFor("read-only", timeout: 10)
    try second.tmux.send("Escape")
    try second.tmux.send("q")
    let secondStatus = try second.waitForExit()
    let unchanged = try Data(contentsOf: URL(fileURLWithPath: session)) == bytes
    let sameTime =
      (try FileManager.default.attributesOfItem(atPath: session)[.modificationDate] as? Date)
      == modified
    #expect(unchanged, "the read-only wizard changed the file")
    #expect(sameTime, "the read-only wizard touched the file")
    #expect(Hardening.listing(folder) == listing, "the read-only wizard left files behind")
    #expect(secondStatus == 0)
    try first.tmux.send("2")
    try first.tmux.waitFor("saved ", timeout: 10)
    #expect(
      Hardening.answers(in: session)?["azure.people.data-scientists"] == "with-data-engineers"
    )
    try first.tmux.send("q")
    #expect(try first.waitForExit() == 0)
    print(
      "one writer: second wizard read-only, \(keys) keys typed in it, file bytes and mtime unchanged, first wizard still saves"
    )
  }
}
