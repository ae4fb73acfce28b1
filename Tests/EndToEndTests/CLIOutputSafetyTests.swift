import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What the commands write, and where: `-o` never replaces an input, a
/// folder or a device; a full standard output is an error (exit 74); a
/// FIFO named as a session is refused instead of hanging.
@Suite("Command output: -o targets, full stdout, FIFOs")
struct CLIOutputSafetyTests {
  /// Runs `mlmaturity arguments` through the shell with `redirect` appended
  /// (`> /dev/full`), bounded by `timeout` so a hang fails instead of
  /// blocking the suite (exit 124).
  static func shell(_ arguments: [String], redirect: String, in folder: String) -> CLIResult {
    let quoted = ([CLI.binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
    var environment = ProcessInfo.processInfo.environment
    environment["MLMATURITY_NOW"] = CLI.now
    environment["HOME"] = folder
    environment["XDG_DATA_HOME"] = folder + "/data"
    let result = ProcessRunner.run(
      "/bin/sh",
      ["-c", "timeout 20 \(quoted) \(redirect)"],
      environment: environment,
      currentDirectory: folder
    )
    return CLIResult(status: result.status, stdout: result.stdout, stderr: result.stderr)
  }

  /// A session with an answer and a backlog item, in `folder`.
  static func session(in folder: String) throws -> String {
    let path = folder + "/s.json"
    let set = CLI.run(
      ["set", path, "mlts.data.1=manual", "mlts.data.2=automated", "--team", "Payments"],
      in: folder
    )
    try #require(set.status == 0, "set failed: \(set.stderr)")
    return path
  }

  @Test("the summary refuses as its output an earlier round it read from the folder")
  func summaryOutputThatIsAnEarlierRoundIsRefused() throws {
    try CLI.withFolder { folder in
      let earlier = try Self.session(in: folder)
      let later = CLI.run(
        ["new", "--from", earlier, "--date", "2026-03-01", "--file", "t.json"],
        in: folder
      )
      try #require(later.status == 0, "\(later.stderr)")
      let before = CLI.bytes(of: earlier)
      for format in ["summary", "summary-markdown"] {
        let result = CLI.run(["report", "t.json", "--format", format, "-o", "s.json"], in: folder)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(CLI.bytes(of: earlier) == before)
      }
    }
  }

  @Test(
    "report, backlog, trend and portfolio refuse an output that is an input; the session stays",
    arguments: [
      ["report", "s.json", "-o", "s.json"],
      ["report", "s.json", "--format", "html", "--output", "./sub/../s.json"],
      ["backlog", "s.json", "--format", "csv", "-o", "s.json"],
      ["trend", ".", "-o", "s.json"],
      ["portfolio", ".", "--format", "html", "-o", "./s.json"],
    ]
  )
  func outputThatIsTheInputIsRefused(arguments: [String]) throws {
    try CLI.withFolder { folder in
      let path = try Self.session(in: folder)
      try FileManager.default.createDirectory(
        atPath: folder + "/sub",
        withIntermediateDirectories: false
      )
      let before = CLI.bytes(of: path)
      let result = CLI.run(arguments, in: folder)
      #expect(result.status == 64)
      #expect(result.stderrLines.count == 1)
      #expect(result.stderr.contains("is an input of this command"), "\(result.stderr)")
      #expect(CLI.bytes(of: path) == before, "the session was overwritten")
      #expect(CLI.run(["validate", "s.json"], in: folder).status == 0)
    }
  }

  @Test("-o naming a folder is refused (exit 64) and the folder kept")
  func outputThatIsAFolderIsRefused() throws {
    try CLI.withFolder { folder in
      _ = try Self.session(in: folder)
      try FileManager.default.createDirectory(
        atPath: folder + "/out",
        withIntermediateDirectories: false
      )
      let result = CLI.run(["report", "s.json", "-o", "out"], in: folder)
      #expect(result.status == 64)
      #expect(result.stderr.contains("is a folder; not replaced"), "\(result.stderr)")
      #expect(FileManager.default.fileExists(atPath: folder + "/out/") == true)
    }
  }

  @Test(
    "-o /dev/full fails with exit 74 and leaves /dev/full a device",
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"))
  )
  func outputToDevFullFails() throws {
    try CLI.withFolder { folder in
      _ = try Self.session(in: folder)
      for arguments in [
        ["report", "s.json", "-o", "/dev/full"], ["backlog", "s.json", "-o", "/dev/full"],
      ] {
        let result = CLI.run(arguments, in: folder)
        #expect(result.status == 74, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("No space left on device"))
      }
      var info = stat()
      #expect(lstat("/dev/full", &info) == 0)
      #expect((info.st_mode & S_IFMT) == S_IFCHR, "/dev/full was replaced")
    }
  }

  @Test("-o /dev/stdout writes to standard output, whatever it is, and replaces nothing")
  func outputToDevStdout() throws {
    try CLI.withFolder { folder in
      _ = try Self.session(in: folder)
      let result = Self.shell(
        ["report", "s.json", "-o", "/dev/stdout"],
        redirect: "> report.md",
        in: folder
      )
      #expect(result.status == 0, "\(result.stderr)")
      let report = try String(contentsOfFile: folder + "/report.md", encoding: .utf8)
      #expect(report.contains("Payments"))
      var info = stat()
      #expect(lstat("/dev/stdout", &info) == 0)
      #expect((info.st_mode & S_IFMT) == S_IFLNK, "/dev/stdout was replaced")
    }
  }

  @Test(
    "every command whose standard output is full exits 74 with a message",
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")),
    arguments: [
      ["score", "s.json"], ["score", "--json", "s.json"], ["report", "s.json"],
      ["report", "s.json", "--format", "html"], ["validate", "s.json"], ["frameworks"],
      ["backlog", "s.json"], ["questions"], ["set", "s.json", "mlts.data.3=manual"],
      ["diff", "s.json", "s.json"], ["trend", "."], ["portfolio", "."], ["--help"], ["--version"],
    ]
  )
  func fullStandardOutputFails(arguments: [String]) throws {
    try CLI.withFolder { folder in
      _ = try Self.session(in: folder)
      let result = Self.shell(arguments, redirect: "> /dev/full", in: folder)
      if arguments.first == "set" && result.status == 0 {
        return  // `set` prints nothing on success: nothing to lose
      }
      #expect(result.status == 74, "\(arguments): exit \(result.status), \(result.stderr)")
      #expect(
        result.stderr.contains("mlmaturity: cannot write to standard output: No space left"),
        "\(arguments): \(result.stderr)"
      )
    }
  }

  @Test("a FIFO named as a session is refused at once by every reading command")
  func fifoSessionIsRefused() throws {
    try CLI.withFolder { folder in
      #expect(mkfifo(folder + "/f.json", 0o600) == 0)
      for arguments in [["score", "f.json"], ["validate", "f.json"], ["report", "f.json"]] {
        let result = Self.shell(arguments, redirect: "", in: folder)
        #expect(result.status == 74, "\(arguments): exit \(result.status) (124: it hung)")
        #expect(result.stderr.contains("is a FIFO (named pipe), not a regular file"))
        #expect(result.stderrLines.count == 1)
      }
    }
  }

  @Test(
    "trend and portfolio skip a stray FIFO *.json with a warning, never hanging",
    arguments: ["trend", "portfolio"]
  )
  func trendSkipsAFIFO(command: String) throws {
    try CLI.withFolder { folder in
      _ = try Self.session(in: folder)
      #expect(mkfifo(folder + "/stray.json", 0o600) == 0)
      let result = Self.shell([command, "."], redirect: "", in: folder)
      // Skipped files make the exit code that of the problem (74 here).
      #expect(result.status == 74, "exit \(result.status) (124: it hung): \(result.stderr)")
      #expect(result.stderr.contains("skipped"))
      #expect(result.stderr.contains("stray.json: is a FIFO"))
      #expect(result.stdout.contains("Payments"))
    }
  }

  @Test("trend shows two teams that differ by an invisible mark as two different names")
  func trendShowsInvisibleMarks() throws {
    try CLI.withFolder { folder in
      for (file, team) in [("a.json", "Payments"), ("b.json", "Pay\u{200B}ments")] {
        let set = CLI.run(["set", file, "mlts.data.1=manual", "--team", team], in: folder)
        try #require(set.status == 0, "\(set.stderr)")
      }
      let result = CLI.run(["trend", "."], in: folder)
      #expect(result.status == 0)
      #expect(result.stdout.contains("Pay<U+200B>ments"))
      #expect(!result.stdout.contains("\u{200B}"))
    }
  }

  @Test("validate and set refuse \"team\": null with its line, column and field")
  func nullTeamIsRefused() throws {
    try CLI.withFolder { folder in
      let text = "{\n  \"formatVersion\": 1,\n  \"team\": null\n}\n"
      try CLI.write(text, to: folder + "/n.json")
      for arguments in [["validate", "n.json"], ["set", "n.json", "mlts.data.1=manual"]] {
        let result = CLI.run(arguments, in: folder)
        #expect(result.status == 65, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("line 3, column 11: team: expected a string, found null"))
      }
      #expect(CLI.bytes(of: folder + "/n.json") == Array(text.utf8))
    }
  }
}
