import ArgumentParser
import MaturityCore
import TerminalUI

/// `mlmaturity report FILE [--format NAME] [--previous FILE] [-o OUT]`.
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
      session of the same team and system in the file's folder (the trend uses every earlier \
      one; later rounds are left out); --previous FILE names it instead.
      """
  )

  @Argument(help: "The session file.", completion: .jsonFile)
  var file: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The session to compare with in a summary, an earlier round of the same team and system "
        + "(default: the latest earlier one in the file's folder).",
      valueName: "FILE"
    ),
    completion: .jsonFile
  )
  var previous: String?

  @OptionGroup var document: DocumentOptions<ReportDocumentKind>

  @OptionGroup var banks: BankOptions

  func validate() throws {
    if previous != nil, try !document.chosen.usesHistory {
      throw ValidationError("--previous is for --format summary or summary-markdown")
    }
  }

  func run() throws {
    try Console.run {
      let (catalog, session, scores) = try banks.scored(file)
      var report = SessionDocument(session: session, path: file, scores: scores, catalog: catalog)
      if try document.chosen.usesHistory { report.history = try history(session, catalog: catalog) }
      try document.emit(
        .report(report),
        // Every round the summary read is an input: -o must not replace one.
        inputs: [file] + banks.paths + (previous.map { [$0] } ?? [])
          + (report.history?.rounds ?? [])
      )
    }
  }

  /// The other rounds of `session`'s team and system: the previous session
  /// (named with `--previous`, else found in the file's folder) and the
  /// trend.
  private func history(_ session: Session, catalog: BankCatalog) throws(MaturityError)
    -> RoundHistory
  {
    var named: (path: String, session: Session)?
    if let previous {
      // A folder is a wrong argument (exit 64), not a file that failed to read.
      guard !FileIO.isDirectory(previous) else {
        throw MaturityError(
          .usage,
          path: previous,
          "--previous: is a folder; name one session file in it, or leave --previous out to "
            + "use the latest earlier session in the folder of \(file)"
        )
      }
      let earlier = try PreviousSession.load(previous, comparedWith: session, at: file)
      named = (previous, earlier.forSharing)
    }
    return PreviousSession.history(of: session, at: file, named: named, catalog: catalog)
  }
}
