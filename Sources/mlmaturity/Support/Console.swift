import ArgumentParser
import MaturityCore
import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

/// Everything the commands print goes through here, so text from files is
/// always sanitised before it reaches a terminal and errors always carry
/// their exit code.
enum Console {
  /// Prints `text` to standard output, escaping control characters (line
  /// breaks kept).
  static func out(_ text: String) {
    write(TerminalSafeText.sanitize(text, allowing: .lineBreaks), to: STDOUT_FILENO)
  }

  /// Prints a JSON document exactly as ``JSONWriter`` wrote it: the writer
  /// already escapes every control character, so the data stays exact
  /// (no character is respelled) and nothing reaches a terminal raw.
  static func out(json value: JSONValue) {
    out(verbatim: JSONWriter.write(value))
  }

  /// Prints text that ``JSONWriter`` produced, unchanged (see
  /// ``out(json:)``).
  static func out(verbatim json: String) {
    write(json, to: STDOUT_FILENO)
  }

  /// Prints CSV keeping its CR LF record ends (RFC 4180); everything else
  /// is sanitised like ``out(_:)``.
  static func out(csv text: String) {
    let records = text.split(separator: "\r\n", omittingEmptySubsequences: false).map {
      TerminalSafeText.sanitize(String($0), allowing: .lineBreaks)
    }
    write(records.joined(separator: "\r\n"), to: STDOUT_FILENO)
  }

  /// Prints lines, each in the colour of its SGR parameters (e.g. `[1, 32]`
  /// for bold green; empty for none). Each line's text is sanitised first,
  /// line breaks included, and the escape sequences are built here from
  /// numbers only, so no escape from a file ever reaches the terminal.
  static func out(coloured lines: [(text: String, sgr: [Int])]) {
    var text = ""
    for line in lines {
      let safe = TerminalSafeText.sanitize(line.text)
      if line.sgr.isEmpty || safe.isEmpty {
        text += safe + "\n"
      } else {
        let parameters = line.sgr.map(String.init).joined(separator: ";")
        text += "\u{1B}[\(parameters)m" + safe + "\u{1B}[0m\n"
      }
    }
    write(text, to: STDOUT_FILENO)
  }

  /// Prints one sanitised line to standard error. A line break quoted from
  /// a file is spelled `^J`, so an error is always exactly one line.
  static func error(_ text: String) {
    write(TerminalSafeText.sanitize(text) + "\n", to: STDERR_FILENO)
  }

  /// One line on standard error per file or folder `trend` and
  /// `portfolio` left out: `mlmaturity: skipped PATH: why`.
  static func skipped(_ problems: [TrendProblem]) {
    for problem in problems { error("mlmaturity: skipped \(problem.path): \(problem.problem)") }
  }

  /// Runs `body`; a ``MaturityError`` is printed as `mlmaturity: …` and
  /// becomes its exit code. Output that could not be written (a full disk
  /// behind `> file`, `> /dev/full`, a closed pipe) fails the command with
  /// exit 74 and a message on standard error, never a silent exit 0.
  static func run(_ body: () throws -> Void) throws {
    do {
      do {
        try body()
      } catch let error as MaturityError {
        throw error
      } catch {
        // An exit code (a failed gate or check): a write failure wins.
        try checkOutput()
        throw error
      }
      try checkOutput()
    } catch let error as MaturityError {
      Console.error("mlmaturity: \(error.description)")
      throw ExitCode(error.exitCode)
    }
  }

  /// The `errno` of the first failed write to standard output, or 0.
  /// Commands are single-threaded, so a plain static is enough.
  nonisolated(unsafe) private static var outputErrno: Int32 = 0

  /// Throws an I/O error when a write to standard output failed, after
  /// flushing C stdio (which nothing should use, but a library might).
  static func checkOutput() throws(MaturityError) {
    if fflush(nil) != 0 && outputErrno == 0 { outputErrno = errno }
    guard outputErrno != 0 else { return }
    let reason = String(cString: strerror(outputErrno))
    throw MaturityError(.io, "cannot write to standard output: \(reason)")
  }

  /// Makes text printed through C stdio (the argument parser's `--help`,
  /// `--version` and usage text) subject to the same rule as ``run(_:)``:
  /// at exit, a failed flush of standard output becomes exit 74 with a
  /// message, not a silent 0.
  static func checkOutputAtExit() {
    atexit {
      guard fflush(nil) != 0 else { return }
      let reason = String(cString: strerror(errno))
      let message = "mlmaturity: cannot write to standard output: \(reason)\n"
      _ = message.withCString { Glibc.write(STDERR_FILENO, $0, strlen($0)) }
      _exit(74)
    }
  }

  /// Whether standard output is a terminal.
  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Writes every byte, retrying short writes. After a failure on
  /// standard output nothing more is written there, and ``run(_:)`` reports
  /// it (standard error has nowhere to report to).
  private static func write(_ text: String, to descriptor: Int32) {
    if descriptor == STDOUT_FILENO && outputErrno != 0 { return }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 {
        if descriptor == STDOUT_FILENO { outputErrno = count < 0 ? errno : EIO }
        return
      }
      bytes = bytes.dropFirst(count)
    }
  }
}

/// Options every command that reads banks accepts.
struct BankOptions: ParsableArguments {
  @Option(
    name: .customLong("bank"),
    help: ArgumentHelp(
      "A question bank file to use besides the shipped ones (repeatable).",
      valueName: "FILE"
    ),
    completion: .jsonFile
  )
  var paths: [String] = []

  /// The shipped banks plus the user's.
  func catalog() throws(MaturityError) -> BankCatalog {
    try BankLoader.catalog(userBankPaths: paths)
  }

  /// The session at `file`, scored with these banks: what `score`,
  /// `report` and `backlog` start from.
  func scored(_ file: String) throws(MaturityError) -> (
    catalog: BankCatalog, session: Session, scores: [FrameworkScore]
  ) {
    let catalog = try catalog()
    let session = try SessionFile.load(file).forSharing
    return (catalog, session, Scorer.score(session, catalog: catalog))
  }
}
