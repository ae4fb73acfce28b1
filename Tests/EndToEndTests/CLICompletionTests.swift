import Foundation
import TestSupport
import Testing

@Suite("CLI shell completion: session files for every command that reads one")
struct CLICompletionTests {
  /// Every command that takes a session (or bank) file as an argument.
  static let fileCommands = [
    "open", "score", "report", "backlog", "diff", "set", "validate", "trend",
  ]

  @Test("the bash script completes .json files (and folders) for score's file")
  func bashScriptNamesJSONForScore() throws {
    try CLI.withFolder { folder in
      let script = CLI.run(["--generate-completion-script", "bash"], in: folder)
      #expect(script.status == 0)
      let body = try #require(
        script.stdout.components(separatedBy: "_mlmaturity_score() {").last?
          .components(separatedBy: "\n}\n").first
      )
      #expect(body.contains("__mlmaturity_add_completions -o plusdirs -fX '!*.@(json)'"))
    }
  }

  /// What bash completes after `mlmaturity WORDS… ` in `folder`.
  func bashCompletions(_ words: [String], in folder: String, script: String) -> [String] {
    let line = (["mlmaturity"] + words + [""]).map { "'\($0)'" }.joined(separator: " ")
    let program = """
      source '\(script)'
      COMP_WORDS=(\(line))
      COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
      COMP_LINE="${COMP_WORDS[*]}"
      COMP_POINT=${#COMP_LINE}
      _mlmaturity mlmaturity '' '\(words.last ?? "mlmaturity")'
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let result = ProcessRunner.run("/bin/bash", ["-c", program], currentDirectory: folder)
    return result.stdout.split(separator: "\n").map(String.init).sorted()
  }

  @Test("bash offers session files and folders, not other files, for every file argument")
  func bashCompletesSessionFiles() throws {
    try CLI.withFolder { folder in
      let script = folder + "/mlmaturity.bash"
      let generated = CLI.run(["--generate-completion-script", "bash"], in: folder)
      try CLI.write(generated.stdout, to: script)
      try FileManager.default.createDirectory(
        atPath: folder + "/sessions",
        withIntermediateDirectories: true
      )
      for name in ["q1.json", "notes.txt", "sessions/q2.json"] {
        try CLI.write("{}", to: folder + "/" + name)
      }
      for command in Self.fileCommands {
        #expect(
          bashCompletions([command], in: folder, script: script) == ["q1.json", "sessions"],
          "\(command)"
        )
      }
      #expect(
        bashCompletions(["diff", "q1.json"], in: folder, script: script) == ["q1.json", "sessions"]
      )
      #expect(
        bashCompletions(["score", "--bank"], in: folder, script: script)
          == ["q1.json", "sessions"]
      )
    }
  }

  @Test("zsh and fish scripts complete *.json for the file arguments")
  func zshAndFish() throws {
    try CLI.withFolder { folder in
      let zsh = CLI.run(["--generate-completion-script", "zsh"], in: folder)
      #expect(zsh.status == 0)
      #expect(zsh.stdout.contains("_files -g '\\''*.json'\\''"))
      let fish = CLI.run(["--generate-completion-script", "fish"], in: folder)
      #expect(fish.status == 0)
      #expect(fish.stdout.contains("*.\\'json\\'"))
    }
  }
}
