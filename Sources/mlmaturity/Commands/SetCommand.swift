import ArgumentParser
import MaturityCore

/// `mlmaturity set FILE ID=ANSWER... [--note ID=TEXT] …`: records answers
/// and workshop details without the wizard.
struct SetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract:
      "Record answers, notes and workshop details in a session file, creating it when missing.",
    discussion: """
      Examples:
        mlmaturity set team.json mlts.data.1=automated \\
          --note mlts.data.1="schema checked in CI"
        mlmaturity set team.json mlts.data.5=n/a \\
          --reason mlts.data.5="no user data"
        mlmaturity set team.json --vote mlts.data.1:Ana=manual \\
          --vote mlts.data.1:Bo=automated
        mlmaturity set team.json \\
          --evidence mlts.data.1="https://ci/job | Bo | 2025-11-20"
        mlmaturity set team.json --target mlts=3 \\
          --owner mlts.data.4=Bo --due mlts.data.4=2027-01-31

      An empty value (ID= or --note ID=) clears it. `mlmaturity questions` lists every id and answer.
      """
  )

  @Argument(help: "The session file (created when missing).", completion: .jsonFile)
  var file: String

  @Argument(help: "Answers as QUESTION-ID=ANSWER (ANSWER n/a needs --reason).")
  var assignments: [String] = []

  @Option(
    name: .customLong("note"),
    help: ArgumentHelp("A note (repeatable).", valueName: "ID=TEXT")
  )
  var notes: [String] = []

  @Option(
    name: .customLong("reason"),
    help: ArgumentHelp("Why a question is not applicable (repeatable).", valueName: "ID=TEXT")
  )
  var reasons: [String] = []

  @Option(
    name: .customLong("vote"),
    help: ArgumentHelp("A participant's vote (repeatable).", valueName: "ID:NAME=ANSWER")
  )
  var votes: [String] = []

  @Option(
    name: .customLong("rationale"),
    help: ArgumentHelp("Why the team agreed on the answer.", valueName: "ID=TEXT")
  )
  var rationales: [String] = []

  @Option(
    name: .customLong("dissent"),
    help: ArgumentHelp("Who disagreed, and why.", valueName: "ID=TEXT")
  )
  var dissents: [String] = []

  @Option(
    name: .customLong("evidence"),
    help: ArgumentHelp(
      "Add evidence: LINK | OWNER | YYYY-MM-DD (repeatable).",
      valueName: "ID=LINE"
    )
  )
  var evidence: [String] = []

  @Option(
    name: .customLong("confidence"),
    help: ArgumentHelp("assumed or verified.", valueName: "ID=LEVEL")
  )
  var confidences: [String] = []

  @Option(
    name: .customLong("owner"),
    help: ArgumentHelp("The action's owner.", valueName: "ID=NAME")
  )
  var owners: [String] = []

  @Option(
    name: .customLong("due"),
    help: ArgumentHelp("The action's due date.", valueName: "ID=YYYY-MM-DD")
  )
  var dues: [String] = []

  @Option(
    name: .customLong("target"),
    help: ArgumentHelp("A framework's target level or band.", valueName: "FRAMEWORK=N")
  )
  var targets: [String] = []

  @Option(
    name: .customLong("context"),
    help: ArgumentHelp(
      "A fact about the system a source's condition needs, e.g. serving=online|batch|both.",
      valueName: "KEY=VALUE"
    )
  )
  var contexts: [String] = []

  @Option(name: .long, help: "Minutes per section in a workshop (0 removes the timebox).")
  var timebox: Int?

  @Option(name: .long, help: "Set the team name.")
  var team: String?

  @Option(name: .long, help: "Set the ML system's name.")
  var system: String?

  @Option(name: .long, help: "Set the facilitator.")
  var facilitator: String?

  @Option(name: .customLong("participant"), help: "Add a participant (repeatable).")
  var participants: [String] = []

  @Option(
    name: .customLong("rename-participant"),
    help: ArgumentHelp("Rename a participant; their votes move along.", valueName: "OLD=NEW")
  )
  var renames: [String] = []

  @Option(
    name: .customLong("remove-participant"),
    help: ArgumentHelp(
      "Remove a participant and their votes (see --keep-votes).",
      valueName: "NAME"
    )
  )
  var removals: [String] = []

  @Flag(name: .customLong("keep-votes"), help: "With --remove-participant: keep their votes.")
  var keepVotes = false

  @Option(name: .long, help: "Set the day of the assessment (YYYY-MM-DD).")
  var date: String?

  @Option(
    name: .long,
    help: ArgumentHelp("Anonymous votes in reports and exports: on or off.", valueName: "on|off")
  )
  var anonymous: String?

  @OptionGroup var banks: BankOptions

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      let now = Clock.now()
      let edits = try parseEdits()
      let fresh = { Session.new(banks: catalog.banks, now: now) }
      try SessionFile.update(at: file, createWith: fresh) { session in
        try session.apply(edits, catalog: catalog, now: now)
        session.updatedAt = now.iso8601
        session.toolVersion = MaturityVersion.current
      }
    }
  }

  /// Every option as edits, in the order they apply: answers, then the
  /// workshop record, then the session's own fields.
  func parseEdits() throws(MaturityError) -> [SessionEdit] {
    var editor = SessionEditor()
    try editor.answers(assignments, reasons: reasons)
    try editor.each(notes, what: "note") { .note(question: $0, text: $1) }
    try editor.each(rationales, what: "rationale") { .rationale(question: $0, text: $1) }
    try editor.each(dissents, what: "dissent") { .dissent(question: $0, text: $1) }
    try editor.each(owners, what: "owner") { .owner(question: $0, name: $1) }
    try editor.each(dues, what: "due date") { .due(question: $0, day: $1) }
    try editor.each(evidence, what: "evidence") { id, text throws(MaturityError) in
      // Only an empty value clears; a line without a link is a mistake.
      if text.isEmpty { return .evidence(question: id, items: []) }
      guard let item = Evidence(line: text) else {
        throw MaturityError(
          .usage,
          "--evidence \(id.prefix(60)): needs a link or a path before the first | (ID= clears)"
        )
      }
      return .addEvidence(question: id, item: item)
    }
    try editor.each(confidences, what: "confidence") { id, text throws(MaturityError) in
      guard text.isEmpty || Confidence(rawValue: text) != nil else {
        throw MaturityError(.usage, "confidence is assumed or verified, not \"\(text.prefix(60))\"")
      }
      return .confidence(question: id, level: Confidence(rawValue: text))
    }
    try editor.votes(votes)
    try editor.each(targets, what: "target") { framework, value throws(MaturityError) in
      if value.isEmpty { return .target(framework: framework, level: nil) }
      guard let level = Int(value) else {
        throw MaturityError(
          .usage,
          "the target of \(framework.prefix(60)) is a number, not \"\(value.prefix(60))\""
        )
      }
      return .target(framework: framework, level: level)
    }
    if let timebox { editor.append(.timebox(minutes: timebox)) }
    if let team { editor.append(.team(team)) }
    if let system { editor.append(.system(system)) }
    if let facilitator { editor.append(.facilitator(facilitator)) }
    for name in participants { editor.append(.addParticipant(name)) }
    try editor.each(renames, what: "new name") { .renameParticipant(from: $0, to: $1) }
    for name in removals { editor.append(.removeParticipant(name, keepVotes: keepVotes)) }
    try editor.each(contexts, what: "value") { .context(key: $0, value: $1) }
    if let date { editor.append(.date(date)) }
    if let anonymous {
      guard anonymous == "on" || anonymous == "off" else {
        throw MaturityError(.usage, "--anonymous is on or off, not \"\(anonymous.prefix(60))\"")
      }
      editor.append(.anonymousVotes(anonymous == "on"))
    }
    return editor.edits
  }
}
