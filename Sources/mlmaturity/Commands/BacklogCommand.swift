import ArgumentParser
import MaturityCore

/// `mlmaturity backlog FILE [--format NAME] [-o OUT]`: the
/// action backlog for an issue tracker.
struct BacklogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backlog",
    abstract: "Write the action backlog of a session: what to improve, target gaps first.",
    discussion: """
      Every question not yet at its most mature answer becomes an action, with the bank's \
      "how to improve" text and the owner and due date recorded in the session; the actions \
      that close the gap to each framework's target come first.
      markdown: a task list grouped by owner, to paste into an issue. csv: the columns \
      Summary, Description, Labels, Owner, Due (a cell beginning =, +, - or @ gets a leading ' \
      so no spreadsheet runs it). github-csv: title, body, labels, assignees, milestone \
      (assignees only when the owner is a GitHub login, without its @; any other owner is \
      named in the body). jira-csv: Summary, Description, Issue Type, Priority, Labels (four), \
      Assignee (a handle such as @ana-lima without its @), Due Date. json: for scripts. \
      Priority comes from the gap: blocks the target, blocks the next level, further step, \
      recommended.
      """
  )

  @Argument(help: "The session file.", completion: .jsonFile)
  var file: String

  @Flag(name: .long, help: "Only the actions that close the gap to a target.")
  var targetsOnly = false

  @Option(name: .long, help: "Only this framework's actions (repeatable).")
  var framework: [String] = []

  @Option(
    name: .long,
    help: "Only this owner's actions, in any case (an empty name: those without one)."
  )
  var owner: String?

  // Read unconditionally, so a negative limit (`-1`) reaches the range
  // check instead of reading as a missing value.
  @Option(name: .long, parsing: .unconditional, help: "At most N actions, the most urgent first.")
  var limit: Int?

  @Flag(name: .long, help: "Also list the recommended checks (they never hold a level).")
  var includeRecommended = false

  @OptionGroup var document: DocumentOptions<BacklogDocumentKind>

  @OptionGroup var banks: BankOptions

  func validate() throws {
  }

  func run() throws {
    try Console.run {
      let (_, session, scores) = try banks.scored(file)
      for id in framework where !scores.contains(where: { $0.bank.id == id }) {
        let known = scores.map(\.bank.id).joined(separator: ", ")
        throw MaturityError(.usage, "--framework \(id.prefix(60)): not in this session (\(known))")
      }
      if let limit, limit < 1 {
        throw MaturityError(.usage, "--limit \(limit): takes a number from 1")
      }
      var filter = BacklogFilter()
      filter.targetsOnly = targetsOnly
      filter.frameworks = framework
      filter.owner = owner.map { $0.trimmingWhitespace() }
      filter.limit = limit
      filter.includeRecommended = includeRecommended
      let backlog = Backlog(session: session, scores: scores)
      // `--owner bo` is Bo: named as the session writes it.
      filter = filter.named(in: backlog)
      // The whole backlog gives the gap counts and the count the shown
      // part is of (Backlog.Count: the same as the wizard and the summary).
      let document = BacklogDocument(
        backlog: filter.apply(to: backlog),
        session: session,
        path: file,
        scores: scores,
        all: backlog,
        filter: filter
      )
      try self.document.emit(
        .backlog(document),
        inputs: [file] + banks.paths
      )
    }
  }
}
