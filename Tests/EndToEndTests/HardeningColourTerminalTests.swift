import Foundation
import TestSupport
import Testing

/// Hostile text on a colour terminal: the commands that colour their output
/// (`diff`) do so only when standard output is a terminal, so piped output
/// never tests that path. Here every text command runs in a pseudo-terminal
/// with `TERM=xterm-256color`.
@Suite("Hostile text on a colour terminal (in a pty)")
struct HardeningColourTerminalTests {
  /// OSC 2 (window title) and OSC 52 (clipboard write), as a team name and
  /// a note could carry them.
  static let hostile = "Pay\u{1B}]2;PWNED\u{07}ments \u{1B}]52;c;SGVsbG8=\u{1B}\\ end"

  /// Runs `mlmaturity arguments` with a pty as standard output (python's
  /// `pty`, from the standard library) and returns the exit status and what
  /// it printed.
  static func runInPty(_ arguments: [String]) -> (status: Int32, output: String) {
    let script = """
      import os, pty, sys
      pid, fd = pty.fork()
      if pid == 0:
          os.execv(sys.argv[1], sys.argv[1:])
      out = b""
      while True:
          try:
              data = os.read(fd, 65536)
          except OSError:
              break
          if not data:
              break
          out += data
      _, status = os.waitpid(pid, 0)
      sys.stdout.write(out.decode("utf-8", "replace"))
      sys.exit(os.waitstatus_to_exitcode(status))
      """
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    environment["NO_COLOR"] = nil
    let result = ProcessRunner.run(
      "python3",
      ["-c", script, Hardening.binary] + arguments,
      environment: environment
    )
    return (result.status, result.stdout + result.stderr)
  }

  @Test("no command prints a raw OSC sequence to a colour terminal, diff's coloured path included")
  func noOSCReachesAColourTerminal() throws {
    let folder = try Hardening.scratchFolder("colour")
    defer { Hardening.remove(folder) }
    let sessions = folder.appendingPathComponent("sessions")
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    let older = sessions.appendingPathComponent("older.json").path
    try Hardening.makeSession(at: older)
    let session = sessions.appendingPathComponent("hostile.json").path
    let set = Hardening.run([
      "set", session, "mlts.data.1=manual", "mlts.data.2=automated", "--team", Self.hostile,
      "--system", Self.hostile, "--note", "mlts.data.1=\(Self.hostile)",
    ])
    try #require(set.status == 0, "set failed: \(set.stderr)")
    let commands: [[String]] = [
      ["score", session],
      ["report", session],
      ["validate", session],
      ["backlog", session],
      ["questions", "--framework", "mlts"],
      ["frameworks"],
      ["set", session, "mlts.data.3=manual"],
      ["diff", older, session],
      ["diff", session, older],
      ["trend", sessions.path],
      ["portfolio", sessions.path],
    ]
    var colouredDiffs = 0
    for arguments in commands {
      let (status, output) = Self.runInPty(arguments)
      let label = "mlmaturity \(arguments.first ?? "")"
      #expect(status == 0 || status == 1, "\(label) exited \(status): \(output.prefix(300))")
      #expect(!output.contains("\u{1B}]"), "\(label) printed a raw OSC (ESC ]) to the terminal")
      #expect(!output.contains("\u{07}"), "\(label) printed a raw BEL to the terminal")
      if arguments.first == "diff" && output.contains("\u{1B}[") { colouredDiffs += 1 }
      if ["score", "report", "diff", "trend", "portfolio"].contains(arguments.first ?? "") {
        // Markdown escapes the bracket once more: ^\[\]2;PWNED^G.
        #expect(output.contains("2;PWNED^G"), "\(label) does not show the title escaped")
      }
    }
    // The point of the pty: diff took its coloured path.
    #expect(colouredDiffs == 2, "diff did not colour its output in a pty")
  }
}
