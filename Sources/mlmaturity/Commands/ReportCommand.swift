import ArgumentParser
import MaturityCore
import TerminalUI

/// `mlmaturity report FILE [--format NAME] [-o OUT]`.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "Write a report of a session: results and targets, every answer with its workshop record, "
      + "and the action backlog.",
    discussion: """
      markdown: to read or paste into a wiki. html: one self-contained page (inline CSS and SVG, \
      no scripts) with a radar of the ML Test Score sections, level ladders, every answer with \
      votes, evidence and not-applicable reasons, and the backlog. csv: one row per question for \
      a spreadsheet (cells a spreadsheet would run as formulas are neutralised). json: for scripts.
      """
  )

  @Argument(help: "The session file.", completion: .jsonFile)
  var file: String

  @Option(
    name: .long,
    help: DocumentOutput.help(.report),
    completion: DocumentOutput.completion(.report)
  )
  var format = "markdown"

  @Option(
    name: [.short, .customLong("output")],
    help: "Write the report to this file instead of standard output."
  )
  var output: String?

  @OptionGroup var banks: BankOptions

  func validate() throws {
    _ = try DocumentOutput.format(format, for: .report)
  }

  func run() throws {
    try Console.run {
      let (catalog, session, scores) = try banks.scored(file)
      let document = SessionDocument(session: session, path: file, scores: scores, catalog: catalog)
      try DocumentOutput.emit(
        .report(document),
        as: try DocumentOutput.format(format, for: .report),
        to: output,
        inputs: [file] + banks.paths
      )
    }
  }
}
