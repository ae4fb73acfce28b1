import ArgumentParser
import MaturityCore
import MaturityTUI
import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

/// `mlmaturity diff OLD NEW`: what changed between two assessments.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Compare two sessions: results, answers, notes, gaps and bank versions.",
    discussion: """
      Both sessions are scored with the banks in use now. An answer moved to a later (more \
      mature) option is "improved", to an earlier one "regressed"; answering counts as \
      improved and clearing an answer as regressed. When the sessions recorded different bank \
      versions the output says so first: sessions keep answers, not question texts, so a \
      reworded question cannot be detected.

      Exit codes: 0 ok; 1 with --fail-on-regression when a framework's result or an answer \
      regressed (one line per regression on standard error); 64 usage; 65 bad data; 66 missing \
      file.
      """
  )

  @Argument(help: "The earlier session file.", completion: .jsonFile)
  var old: String

  @Argument(help: "The later session file.", completion: .jsonFile)
  var new: String

  @Flag(name: .long, help: "Leave out frameworks and parts that did not change.")
  var onlyChanges = false

  @Flag(name: .long, help: "Exit 1 when any framework's result or any answer regressed.")
  var failOnRegression = false

  @Flag(name: .long, help: "Show the comparison full screen (↑↓ j k PgUp PgDn Home End, q quits).")
  var tui = false

  @OptionGroup var document: DocumentOptions<DiffDocumentKind>

  @OptionGroup var banks: BankOptions

  func validate() throws {
    if tui && document.output != nil {
      throw ValidationError("--tui shows the comparison on screen; leave out -o")
    }
    if tui && document.format != nil {
      throw ValidationError("--tui shows the comparison on screen; leave out --format")
    }
  }

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      let diff = SessionDiff(
        old: try SessionFile.load(old),
        new: try SessionFile.load(new),
        catalog: catalog
      )
      if tui {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
          throw MaturityError(
            .usage,
            "--tui needs a terminal; leave it out to print the comparison"
          )
        }
        let model = CompareModel(diff: diff, oldPath: old, newPath: new)
        let code = try TerminalApp(screen: model, catalog: catalog).run()
        if code != 0 { throw ExitCode(code) }
      } else {
        let diffDocument = DiffDocument(
          diff: diff,
          oldPath: old,
          newPath: new,
          onlyChanges: onlyChanges
        )
        let colour: ((DiffText.Tone) -> [Int])? = Self.useColour ? { Self.sgr($0) } : nil
        try document.emit(.diff(diffDocument), inputs: [old, new] + banks.paths, colour: colour)
      }
      if failOnRegression && diff.hasRegression {
        let regressions = diff.regressions
        Console.error("mlmaturity: \(Plural.count(regressions.count, "regression")):")
        for line in regressions { Console.error("  " + line) }
        throw ExitCode(1)
      }
    }
  }

  /// Colour only on a terminal that can show it, and never with NO_COLOR.
  private static var useColour: Bool {
    let environment = SessionLauncher.environment
    let term = environment["TERM"] ?? ""
    let capable = Console.isTerminal && !term.isEmpty && term != "dumb"
    return ColorMode(noColor: environment["NO_COLOR"], terminalHasColors: capable) == .color
  }

  /// SGR parameters per tone: bold headings, green, red, yellow, dim.
  private static func sgr(_ tone: DiffText.Tone) -> [Int] {
    switch tone {
    case .plain: []
    case .heading: [1]
    case .improved: [32]
    case .regressed: [31]
    case .changed, .warning: [33]
    case .dim: [2]
    }
  }
}
