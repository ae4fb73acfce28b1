import ArgumentParser
import MaturityCore
import TerminalUI

/// `mlmaturity report FILE [--format markdown|html|csv|json|summary|summary-markdown]
/// [--previous FILE] [-o OUT]`.
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
      a spreadsheet (cells a spreadsheet would run as formulas are neutralised). json: for scripts. \
      markdown and html are worded for readers outside the team (dates and bands in words, \
      question ids in a tooltip or a last column) and give every answer as an appendix.

      summary: one HTML page that prints on one A4 or Letter sheet, for readers outside the \
      team: the three results with their targets, the change since the previous session of the \
      same team and system, a small trend per framework, the five most urgent actions with \
      owners and due dates, and the questions that are not applicable or do not apply. \
      summary-markdown: the same in Markdown. The previous session is the latest earlier \
      session of the same team and system in the file's folder (the trend uses all of them); \
      --previous FILE names it instead.
      """
  )

  /// Report formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case markdown, html, csv, json, summary
    case summaryMarkdown = "summary-markdown"
  }

  @Argument(help: "The session file.", completion: .jsonFile)
  var file: String

  @Option(name: .long, help: "markdown, html, csv, json, summary or summary-markdown.")
  var format: Format = .markdown

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The session to compare with in a summary (default: the latest earlier session of "
        + "the same team and system in the file's folder).",
      valueName: "FILE"
    ),
    completion: .jsonFile
  )
  var previous: String?

  @Option(
    name: [.short, .customLong("output")],
    help: "Write the report to this file instead of standard output."
  )
  var output: String?

  @OptionGroup var banks: BankOptions

  func validate() throws {
    if previous != nil, format != .summary, format != .summaryMarkdown {
      throw ValidationError("--previous is for --format summary or summary-markdown")
    }
  }

  func run() throws {
    try Console.run {
      let (catalog, session, scores) = try banks.scored(file)
      let text: String
      switch format {
      case .markdown:
        text = MarkdownReport.render(session: session, scores: scores, catalog: catalog)
      case .html:
        text = HTMLReport.render(session: session, scores: scores, catalog: catalog)
      case .csv:
        text = CSVReport.render(session: session, scores: scores)
      case .json:
        text = JSONWriter.write(
          ReportJSON.document(session: session, path: file, scores: scores, catalog: catalog)
        )
      case .summary, .summaryMarkdown:
        let summary = try self.summary(session, scores: scores, catalog: catalog)
        text =
          format == .summary ? SummaryHTML.render(summary) : SummaryMarkdown.render(summary)
      }
      try Self.emit(
        text,
        kind: format == .csv ? .csv : (format == .json ? .json : .text),
        to: output,
        inputs: [file] + banks.paths + (previous.map { [$0] } ?? [])
      )
    }
  }

  /// The summary of `session`, beside the previous session (named with
  /// `--previous`, else found in the file's folder) and the trend.
  private func summary(
    _ session: Session,
    scores: [FrameworkScore],
    catalog: BankCatalog
  ) throws(MaturityError) -> ReportSummary {
    var named: (path: String, session: Session)?
    if let previous {
      let earlier = try PreviousSession.load(previous, comparedWith: session, at: file)
      named = (previous, earlier.forSharing)
    }
    let history = PreviousSession.history(of: session, at: file, named: named, catalog: catalog)
    return ReportSummary(session: session, scores: scores, history: history, catalog: catalog)
  }

  /// How a rendered document must be printed.
  enum OutputKind {
    /// Our JSON writer's output: already escaped, printed exactly.
    case json
    /// CSV: CR LF record ends kept.
    case csv
    /// Markdown, HTML, text: sanitised.
    case text
  }

  /// Writes `text` to `output`, or prints it.
  ///
  /// A file goes through ``OutputFile/write(_:to:inputs:)``: an output that
  /// is one of `inputs`, or a folder, is refused; `/dev/stdout`, a FIFO or a
  /// device is written in place, never replaced.
  ///
  /// The core spells control characters visibly in every format, so a file
  /// gets the text as rendered; Markdown and HTML also pass the terminal
  /// sanitiser (CSV keeps its CR LF record ends, JSON escapes by itself).
  /// Printing always goes through ``Console/out(_:)``.
  static func emit(
    _ text: String,
    kind: OutputKind,
    to output: String?,
    inputs: [String]
  ) throws(MaturityError) {
    guard let output else {
      switch kind {
      case .csv: Console.out(csv: text)
      case .json: Console.out(verbatim: text)
      case .text: Console.out(text)
      }
      return
    }
    let safe =
      kind != .text ? text : TerminalSafeText.sanitize(text, allowing: [.lineBreaks, .tabs])
    try OutputFile.write(safe, to: output, inputs: inputs)
  }
}
