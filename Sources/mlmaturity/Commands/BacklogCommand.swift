import ArgumentParser
import MaturityCore

/// `mlmaturity backlog FILE [--format markdown|csv|json] [-o OUT]`: the
/// action backlog for an issue tracker.
struct BacklogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backlog",
    abstract: "Write the action backlog of a session: what to improve, target gaps first.",
    discussion: """
      Every question not yet at its most mature answer becomes an action, with the bank's \
      "how to improve" text and the owner and due date recorded in the session; the actions \
      that close the gap to each framework's target come first.
      markdown: a task list to paste into an issue. csv: the columns Summary, Description, \
      Labels, Owner, Due that issue trackers import. json: for scripts.
      """
  )

  /// Backlog formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv, json
  }

  @Argument(help: "The session file.")
  var file: String

  @Option(name: .long, help: "markdown, csv or json.")
  var format: Format = .markdown

  @Option(
    name: [.short, .customLong("output")],
    help: "Write the backlog to this file instead of standard output."
  )
  var output: String?

  @OptionGroup var banks: BankOptions

  func run() throws {
    try Console.run {
      let (catalog, session, scores) = try banks.scored(file)
      let backlog = Backlog(session: session, scores: scores)
      let text: String
      switch format {
      case .markdown:
        text = BacklogReport.markdown(backlog, session: session, scores: scores)
      case .csv:
        text = BacklogReport.csv(backlog, scores: scores)
      case .json:
        text = JSONWriter.write(
          BacklogReport.json(backlog, session: session, path: file, scores: scores)
        )
      }
      try ReportCommand.emit(
        text,
        kind: format == .csv ? .csv : (format == .json ? .json : .text),
        to: output,
        inputs: [file] + banks.paths
      )
    }
  }
}
