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
        mlmaturity set team.json mlts.data.1=automated --note mlts.data.1="schema checked in CI"
        mlmaturity set team.json mlts.data.5=n/a --reason mlts.data.5="no user data"
        mlmaturity set team.json --vote mlts.data.1:Ana=manual --vote mlts.data.1:Bo=automated
        mlmaturity set team.json --evidence mlts.data.1="https://ci/job | Bo | 2026-11-20"
        mlmaturity set team.json --target mlts=3 --owner mlts.data.4=Bo --due mlts.data.4=2027-01-31
      An empty value (ID= or --note ID=) clears it. `mlmaturity questions` lists every id and answer.
      """
  )

  @Argument(help: "The session file (created when missing).")
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

  @OptionGroup var banks: BankOptions

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      let now = Clock.now()
      let fresh = { Session.new(banks: catalog.banks, now: now) }
      try SessionFile.update(at: file, createWith: fresh) { session in
        var editor = SessionEditor(session: session, catalog: catalog, now: now)
        try editor.setAnswers(assignments, reasons: reasons)
        try editor.update(notes, what: "note") { answer, text, _ in answer.note = text.nonEmpty }
        try editor.update(rationales, what: "rationale") { answer, text, _ in
          answer.rationale = text.nonEmpty
        }
        try editor.update(dissents, what: "dissent") { answer, text, _ in
          answer.dissent = text.nonEmpty
        }
        try editor.update(owners, what: "owner") { answer, text, _ in answer.owner = text.nonEmpty }
        try editor.update(dues, what: "due date") { answer, text, _ in
          guard text.isEmpty || Timestamp(iso8601: text + "T00:00:00Z") != nil else {
            throw MaturityError(.usage, "\"\(text)\" is not a date like 2026-11-26")
          }
          answer.due = text.nonEmpty
        }
        try editor.update(evidence, what: "evidence") { answer, text, _ in
          guard let item = Evidence(line: text) else {
            answer.evidence = []
            return
          }
          if let date = item.verified, Timestamp(iso8601: date + "T00:00:00Z") == nil {
            throw MaturityError(.usage, "\"\(date)\" is not a date like 2026-11-26")
          }
          answer.evidence.append(item)
        }
        try editor.update(confidences, what: "confidence") { answer, text, _ in
          guard text.isEmpty || Confidence(rawValue: text) != nil else {
            throw MaturityError(.usage, "confidence is assumed or verified, not \"\(text)\"")
          }
          answer.confidence = Confidence(rawValue: text)
        }
        try editor.setVotes(votes)
        session = editor.session
        try Self.setTargets(targets, on: &session, catalog: catalog)
        if let timebox {
          guard (0...600).contains(timebox) else {
            throw MaturityError(.usage, "--timebox takes minutes from 0 to 600")
          }
          session.timeboxMinutes = timebox == 0 ? nil : timebox
        }
        if let team { session.team = team }
        if let system { session.system = system }
        if let facilitator { session.facilitator = facilitator }
        for name in participants where !session.participants.contains(name) {
          session.participants.append(name)
        }
        session.updatedAt = now.iso8601
        session.toolVersion = MaturityVersion.current
      }
    }
  }

  private static func setTargets(
    _ list: [String],
    on session: inout Session,
    catalog: BankCatalog
  ) throws(MaturityError) {
    for entry in list {
      let (framework, value) = try SessionEditor.split(entry, what: "target")
      guard let bank = catalog.bank(framework) else {
        let known = catalog.banks.map(\.id).joined(separator: ", ")
        throw MaturityError(.usage, "unknown framework \"\(framework)\" (known: \(known))")
      }
      if value.isEmpty {
        session.targets[framework] = nil
        continue
      }
      let top = bank.levels.count - 1
      guard let level = Int(value), (0...top).contains(level) else {
        throw MaturityError(.usage, "the target of \(framework) is a number from 0 to \(top)")
      }
      session.targets[framework] = level
    }
  }
}
