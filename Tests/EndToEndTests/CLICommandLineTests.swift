import Foundation
import TestSupport
import Testing

@Suite("CLI command line: unknown commands, help")
struct CLICommandLineTests {
  static let commands =
    "start, new, open, score, report, validate, frameworks, backlog, questions, set, merge, "
    + "diff, trend, portfolio, upgrade"

  @Test("an unknown command is named, with the list of commands, exit 64")
  func unknownCommand() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["frobnicate"], in: folder)
      #expect(result.status == 64)
      #expect(
        result.stderr
          == "mlmaturity: unknown command 'frobnicate' (commands: \(Self.commands); "
          + "`mlmaturity --help` describes them)\n"
      )
      #expect(result.stdout.isEmpty)
      #expect(!result.stderr.contains("Unexpected argument"))
    }
  }

  @Test("a mistyped command suggests the command it resembles")
  func typoSuggestsCommand() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["scroe", "team.json"], in: folder)
      #expect(result.status == 64)
      #expect(
        result.stderr.hasPrefix("mlmaturity: unknown command 'scroe'; did you mean 'score'? ")
      )
    }
  }

  @Test("help for an unknown command is an error naming it, exit 64")
  func helpUnknownCommand() throws {
    try CLI.withFolder { folder in
      let result = CLI.run(["help", "frobnicate"], in: folder)
      #expect(result.status == 64)
      #expect(
        result.stderr.hasPrefix("mlmaturity: unknown command 'frobnicate' for help (commands: ")
      )
      #expect(result.stdout.isEmpty)
    }
  }

  @Test("help, help COMMAND, --help and --version still work")
  func helpStillWorks() throws {
    try CLI.withFolder { folder in
      let top = CLI.run(["help"], in: folder)
      #expect(top.status == 0)
      #expect(top.stdout.contains("SUBCOMMANDS:"))
      let score = CLI.run(["help", "score"], in: folder)
      #expect(score.status == 0)
      #expect(score.stdout.contains("USAGE: mlmaturity score"))
      #expect(CLI.run(["--help"], in: folder).status == 0)
      #expect(CLI.run(["--version"], in: folder).status == 0)
      #expect(CLI.run(["frameworks"], in: folder).status == 0)
    }
  }

  /// The examples of `set --help` at 80 columns: each a list of physical
  /// lines (an example continues while a line ends in ` \`).
  static func setHelpExamples(in folder: String) -> [[String]] {
    let help = CLI.run(["set", "--help"], in: folder).stdout
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(of: "Examples:") else { return [] }
    var examples: [[String]] = []
    var continues = false
    for line in lines[(start + 1)...] {
      guard line.hasPrefix("  ") else { break }
      if continues { examples[examples.count - 1].append(line) } else { examples.append([line]) }
      continues = line.hasSuffix(" \\")
    }
    return examples
  }

  /// `commands` split into words by a real shell parser (Python's shlex,
  /// POSIX rules); `nil` for a command that does not parse.
  static func shellWords(_ commands: [String]) throws -> [[String]?] {
    let script = """
      import json, shlex, sys
      out = []
      for command in sys.argv[1:]:
          try:
              out.append(shlex.split(command))
          except ValueError:
              out.append(None)
      print(json.dumps(out))
      """
    let result = ProcessRunner.run("/usr/bin/env", ["python3", "-c", script] + commands)
    try #require(result.status == 0, "\(result.stderr)")
    let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return try #require(parsed as? [Any]).map { $0 as? [String] }
  }

  @Test("set --help examples are whole shell commands at 80 columns, and they run")
  func setHelpExamplesArePasteable() throws {
    try CLI.withFolder { folder in
      let examples = Self.setHelpExamples(in: folder)
      #expect(examples.count == 5, "\(examples)")
      for line in examples.joined() {
        #expect(line.count <= 80, "wider than 80 columns: \(line)")
        let quotes = line.filter { $0 == "\"" }.count
        #expect(quotes % 2 == 0, "a line break inside quotes: \(line)")
      }
      // A shell joins a line ending in `\` with the next.
      let commands = examples.map { lines in
        lines.map { $0.hasSuffix("\\") ? String($0.dropLast()) : $0 }.joined(separator: " ")
      }
      for (command, words) in zip(commands, try Self.shellWords(commands)) {
        let words = try #require(words, "not a shell command: \(command)")
        #expect(Array(words.prefix(2)) == ["mlmaturity", "set"], "\(command)")
        let run = CLI.run(Array(words.dropFirst()), in: folder)
        #expect(run.status == 0, "\(command): \(run.stderr)")
      }
    }
  }
}
