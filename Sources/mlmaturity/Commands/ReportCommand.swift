import ArgumentParser
import MaturityCore
import TerminalUI

/// `mlmaturity report FILE [--format markdown|json] [-o OUT]`.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a report of a session: results, every answer and note, and the gaps."
  )

  /// Report formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case markdown, json
  }

  @Argument(help: "The session file.")
  var file: String

  @Option(name: .long, help: "markdown or json.")
  var format: Format = .markdown

  @Option(
    name: [.short, .customLong("output")],
    help: "Write the report to this file instead of standard output."
  )
  var output: String?

  @OptionGroup var banks: BankOptions

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      let session = try SessionFile.load(file)
      let scores = Scorer.score(session, catalog: catalog)
      let text: String
      switch format {
      case .markdown:
        text = MarkdownReport.render(session: session, scores: scores, catalog: catalog)
      case .json:
        text = JSONWriter.write(
          ReportJSON.document(session: session, path: file, scores: scores, catalog: catalog)
        )
      }
      if let output {
        // JSON escapes control characters itself; Markdown gets them shown
        // visibly, as on a terminal.
        let safe = format == .json ? text : TerminalSafeText.sanitize(text, allowing: .lineBreaks)
        try FileIO.writeAtomically(safe, to: output)
      } else {
        Console.out(text)
      }
    }
  }
}
