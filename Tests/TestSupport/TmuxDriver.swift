import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a command in a detached tmux session, types keys into it and reads
/// its screen: end-to-end tests of a full-screen program without a terminal.
///
/// Each driver has its own tmux server (a private `-L` socket, `-f
/// /dev/null`), so tests may run in parallel and a developer's own tmux is
/// never touched. The server is killed when the driver is released, or by
/// ``killServer()``.
///
/// ```swift
/// @Test(.enabled(if: TmuxDriver.shouldRun))
/// func quitsOnQ() throws {
///   let tmux = TmuxDriver()
///   try tmux.start(productURL("mlmaturity").path, columns: 100, rows: 30)
///   try tmux.waitFor("Welcome")
///   try tmux.send("q")
///   #expect(try tmux.waitForExit() == 0)
/// }
/// ```
///
/// Wait for what the *last* key produces: intermediate screens may be
/// skipped. After the program exits, its final output can sit in the
/// scrollback; pass `history: true` to see it.
public final class TmuxDriver {
  /// The private server's socket name.
  public let socket: String
  /// The session's name (its one window and pane are its targets).
  public let session = "test"

  /// Creates a driver with a fresh socket name; no server runs yet.
  public init() {
    socket = "tui-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  }

  deinit { killServer() }

  /// Whether a `tmux` executable is on `PATH`.
  public static var isAvailable: Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/tmux")
    }
  }

  /// Whether tmux tests run: where tmux is installed, and always under CI
  /// (``TestEnvironment/isCI``), where a missing tmux fails them instead of
  /// skipping them. Use it in `.enabled(if:)`.
  public static var shouldRun: Bool { isAvailable || TestEnvironment.isCI }

  /// Starts `command` (run by the shell) in a new session of `columns` ×
  /// `rows`, with `environment` added to the session's environment.
  ///
  /// The pane stays after the command exits (`remain-on-exit`), so its last
  /// screen and exit status can still be read; the status line is off, so
  /// the pane has all the rows.
  public func start(
    _ command: String,
    columns: Int = 80,
    rows: Int = 24,
    environment: [String: String] = [:]
  ) throws {
    guard Self.isAvailable else {
      throw TmuxError(
        message: "tmux is not installed, and CI needs it (.ci/run installs it)",
        lastScreen: ""
      )
    }
    let variables = environment.sorted { $0.key < $1.key }.flatMap {
      ["-e", "\($0.key)=\($0.value)"]
    }
    // No pipes: the server daemonises and would inherit them (a hang).
    let status = ProcessRunner.spawnAndWait(
      tmuxArguments(
        ["new-session", "-d", "-s", session, "-x", "\(columns)", "-y", "\(rows)"] + variables
          + [command]
      ),
      environment: nil,
      currentDirectory: nil,
      stdin: "/dev/null",
      stdout: "/dev/null",
      stderr: "/dev/null"
    )
    guard case .success(0) = status else {
      throw TmuxError(message: "tmux new-session failed (\(status))", lastScreen: "")
    }
    try run("set-option", "-t", session, "remain-on-exit", "on")
    try run("set-option", "-t", session, "status", "off")
  }

  /// Sends keys by tmux name: `"Down"`, `"Enter"`, `"C-c"`, `"Escape"`, `"q"`.
  public func send(_ keys: String...) throws {
    try run(["send-keys", "-t", session] + keys)
  }

  /// Types `text` literally (`send-keys -l`), without key-name lookup.
  public func sendLiteral(_ text: String) throws {
    try run("send-keys", "-l", "-t", session, text)
  }

  /// The pane's text; with `history`, the scrollback above it too.
  public func screen(history: Bool = false) throws -> String {
    try run(["capture-pane", "-p", "-t", session] + (history ? ["-S", "-"] : []))
  }

  /// Polls the screen every 50 ms until it contains every one of `texts`,
  /// and returns it.
  ///
  /// - Throws: ``TmuxError`` with the last screen seen after `timeout`
  ///   seconds.
  @discardableResult
  public func waitFor(
    _ texts: String...,
    history: Bool = false,
    timeout: Double = 5
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while true {
      last = try screen(history: history)
      if texts.allSatisfy({ last.contains($0) }) { return last }
      if Date() > deadline {
        throw TmuxError(message: "timed out waiting for \(texts)", lastScreen: last)
      }
      usleep(50_000)
    }
  }

  /// Waits until the command has exited and returns its exit status.
  public func waitForExit(timeout: Double = 5) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let state = try run(
        "display-message",
        "-p",
        "-t",
        session,
        "#{pane_dead} #{pane_dead_status}"
      )
      let fields = state.split(whereSeparator: { $0 == " " || $0 == "\n" })
      if fields.first == "1", fields.count > 1, let status = Int32(fields[1]) { return status }
      if Date() > deadline {
        throw TmuxError(
          message: "timed out waiting for exit",
          lastScreen: try screen(history: true)
        )
      }
      usleep(50_000)
    }
  }

  /// Resizes the window (the program gets SIGWINCH).
  public func resize(columns: Int, rows: Int) throws {
    try run("resize-window", "-t", session, "-x", "\(columns)", "-y", "\(rows)")
  }

  /// The process ID of the command running in the pane.
  public func panePID() throws -> Int32 {
    let text = try run("display-message", "-p", "-t", session, "#{pane_pid}")
    guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      throw TmuxError(message: "no pane pid in \(text.debugDescription)", lastScreen: "")
    }
    return pid
  }

  /// Stops the private tmux server and everything running in it.
  public func killServer() {
    _ = ProcessRunner.run("tmux", tmuxArguments(["kill-server"]).dropFirst().map { $0 })
  }

  /// Runs a tmux client command against the private server; returns stdout.
  @discardableResult
  public func run(_ arguments: String...) throws -> String {
    try run(arguments)
  }

  /// Runs a tmux client command against the private server; returns stdout.
  @discardableResult
  public func run(_ arguments: [String]) throws -> String {
    let command = tmuxArguments(arguments)
    let result = ProcessRunner.run(command[0], Array(command.dropFirst()))
    guard result.status == 0 else {
      throw TmuxError(
        message: "tmux \(arguments.joined(separator: " ")) failed: \(result.stderr)",
        lastScreen: ""
      )
    }
    return result.stdout
  }

  private func tmuxArguments(_ arguments: [String]) -> [String] {
    ["tmux", "-f", "/dev/null", "-L", socket] + arguments
  }
}

/// A tmux command failed or a wait timed out.
public struct TmuxError: Error, CustomStringConvertible {
  /// What went wrong.
  public var message: String
  /// The last screen captured, to see what the program showed instead.
  public var lastScreen: String

  /// The message followed by the last screen.
  public var description: String {
    lastScreen.isEmpty ? message : "\(message); last screen:\n\(lastScreen)"
  }
}
