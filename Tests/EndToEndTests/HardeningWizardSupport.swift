import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The real wizard in a private tmux server, for the hardening tests.
final class HardeningWizard {
  /// The tmux driver (its own server).
  let tmux = TmuxDriver()
  /// The pane's target.
  var target: String { tmux.session }

  /// Starts `script` (a `sh` command line) in an 80x24 pane by default,
  /// after `pipe-pane` is recording everything the pane receives into
  /// `rawOutput` (when given): the script waits for a go file first.
  func start(
    _ script: String,
    in folder: URL,
    columns: Int = 80,
    rows: Int = 24,
    rawOutput: URL? = nil
  ) throws {
    let go = "/tmp/.mlmaturity-go-\(UUID().uuidString)"
    defer { unlink(go) }
    try tmux.start(
      "while [ ! -e '\(go)' ]; do sleep 0.02; done; cd '\(folder.path)'; \(script)",
      columns: columns,
      rows: rows
    )
    try tmux.run("set-option", "-s", "set-clipboard", "on")
    if let rawOutput {
      try tmux.run("pipe-pane", "-t", target, "-o", "cat >> '\(rawOutput.path)'")
    }
    FileManager.default.createFile(atPath: go, contents: nil)
    // The script has seen the go file once it has changed directory.
    let deadline = Date().addingTimeInterval(10)
    while (try? panePWD()) != folder.path && Date() < deadline { usleep(20_000) }
  }

  /// The pane process's working directory.
  func panePWD() throws -> String {
    try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(try tmux.panePID())/cwd")
  }

  /// Starts `mlmaturity ARGUMENTS` (quoted for `sh`) in the pane.
  func startBinary(_ arguments: [String], in folder: URL, rawOutput: URL? = nil) throws {
    let line = ([Hardening.binary] + arguments).map(Self.quote).joined(separator: " ")
    try start(
      "\(line); echo $? > '\(exitFile).part'; mv '\(exitFile).part' '\(exitFile)'; sleep 600",
      in: folder,
      rawOutput: rawOutput
    )
  }

  /// The pid of the pane's first child, or of the pane process when it has
  /// none (after `exec`).
  func programPID() throws -> Int32 {
    let pane = try tmux.panePID()
    let children =
      (try? String(contentsOfFile: "/proc/\(pane)/task/\(pane)/children", encoding: .utf8)) ?? ""
    if let first = children.split(separator: " ").first, let pid = Int32(first) { return pid }
    return pane
  }

  /// Waits until `path` exists.
  func waitForFile(_ path: String, timeout: Double = 10) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while !FileManager.default.fileExists(atPath: path) {
      if Date() > deadline {
        let screen = (try? tmux.screen()) ?? ""
        throw HardeningError("timed out waiting for \(path); last screen:\n\(screen)")
      }
      usleep(20_000)
    }
  }

  /// Where the pane's script writes the program's exit status.
  let exitFile = "/tmp/.mlmaturity-exit-\(UUID().uuidString)"

  deinit { unlink(exitFile) }

  /// Waits for the program started by ``startBinary(_:in:rawOutput:)`` to
  /// exit and returns its status.
  ///
  /// The status comes from the shell that ran it, not from tmux's
  /// `pane_dead`: under load tmux 3.3a sometimes never reaps an exited pane
  /// process (it stays a zombie and the pane never turns dead).
  func waitForExit(timeout: Double = 20) throws -> Int32 {
    try waitForFile(exitFile, timeout: timeout)
    let deadline = Date().addingTimeInterval(2)
    while true {
      let text = (try? String(contentsOfFile: exitFile, encoding: .utf8)) ?? ""
      if let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return status }
      if Date() > deadline { throw HardeningError("no exit status in \(exitFile): \(text)") }
      usleep(20_000)
    }
  }

  /// The screen with attributes (`capture-pane -e`).
  func screenWithEscapes() throws -> String {
    try tmux.run("capture-pane", "-e", "-p", "-t", target)
  }

  /// `text` quoted for `sh`.
  static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
