import Foundation
import Testing

@testable import TestSupport

@Suite("ProcessRunner")
struct ProcessRunnerTests {
  @Test func collectsStatusStdoutAndStderr() {
    let result = ProcessRunner.run("/bin/sh", ["-c", "echo out; echo err >&2; exit 3"])
    #expect(result.status == 3)
    #expect(result.stdout == "out\n")
    #expect(result.stderr == "err\n")
  }

  @Test func feedsStdinAndSetsDirectoryAndEnvironment() {
    let result = ProcessRunner.run(
      "sh",
      ["-c", "cat; pwd; echo \"$GREETING\""],
      stdin: "héllo\n",
      environment: ["GREETING": "日本", "PATH": "/usr/bin:/bin"],
      currentDirectory: "/tmp"
    )
    #expect(result.status == 0)
    #expect(result.stdout == "héllo\n/tmp\n日本\n")
  }

  @Test func largeOutputDoesNotDeadlock() {
    let result = ProcessRunner.run("/bin/sh", ["-c", "head -c 1000000 /dev/zero | tr '\\0' x"])
    #expect(result.stdout.utf8.count == 1_000_000)
  }

  @Test func childrenStartWithNoBlockedSignals() {
    let result = ProcessRunner.run("/bin/sh", ["-c", "grep SigBlk /proc/self/status"])
    #expect(result.stdout.contains("0000000000000000"), "\(result.stdout)")
  }

  @Test func aMissingProgramGives127AndAReason() {
    let result = ProcessRunner.run("/nonexistent/program", [])
    #expect(result.status == 127)
    #expect(result.stderr.contains("/nonexistent/program"))
  }

  @Test func deathBySignalIs128PlusTheSignal() {
    #expect(ProcessRunner.run("/bin/sh", ["-c", "kill -TERM $$"]).status == 143)
  }
}

@Suite("TmuxDriver", .enabled(if: TmuxDriver.shouldRun))
struct TmuxDriverTests {
  @Test func runsACommandTypesIntoItAndReadsTheScreen() throws {
    let tmux = TmuxDriver()
    defer { tmux.killServer() }
    try tmux.start(
      "echo \"ready $GREETING\"; read line; echo \"got $line\"; "
        + "trap 'echo resized $(stty size)' WINCH; sleep 5 & wait $!; exit 4",
      columns: 40,
      rows: 10,
      environment: ["GREETING": "Évaluation"]
    )
    try tmux.waitFor("ready Évaluation")
    #expect(try tmux.panePID() > 0)
    try tmux.sendLiteral("日本 text")
    try tmux.send("Enter")
    try tmux.waitFor("got 日本 text")
    try tmux.resize(columns: 30, rows: 8)
    try tmux.waitFor("resized 8 30")
    #expect(try tmux.waitForExit() == 4)
  }

  @Test func waitForTimesOutWithTheLastScreen() throws {
    let tmux = TmuxDriver()
    defer { tmux.killServer() }
    try tmux.start("echo something else; sleep 5", columns: 30, rows: 5)
    try tmux.waitFor("something else")
    #expect {
      try tmux.waitFor("never shown", timeout: 0.2)
    } throws: { error in
      String(describing: error).contains("something else")
    }
  }
}
