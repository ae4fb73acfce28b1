import ArgumentParser
import MaturityCore

/// `mlmaturity set FILE ID=ANSWER... [--note ID=TEXT]`: records answers
/// without the wizard.
struct SetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Record answers and notes in a session file, creating it when missing.",
    discussion: """
      Example: mlmaturity set team.json mlts.data.1=automated azure.people.data-scientists=... \
      --note mlts.data.1="schema checked in CI"
      An empty answer (ID=) clears it. Run `mlmaturity questions` for every id and its answers.
      """
  )

  @Argument(help: "The session file (created when missing).")
  var file: String

  @Argument(help: "Answers as QUESTION-ID=ANSWER.")
  var assignments: [String] = []

  @Option(
    name: .customLong("note"),
    help: ArgumentHelp("A note as QUESTION-ID=TEXT (repeatable).", valueName: "ID=TEXT")
  )
  var notes: [String] = []

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
      let exists = FileIO.exists(file)
      var session =
        exists ? try SessionFile.load(file) : Session.new(banks: catalog.banks, now: now)
      for assignment in assignments {
        let (id, value) = try split(assignment, what: "answer")
        let question = try lookup(id, in: catalog, session: &session)
        if value.isEmpty {
          session.setAnswer(id, value: nil, now: now)
          continue
        }
        guard question.option(value) != nil else {
          throw MaturityError(
            .usage,
            "\"\(value)\" is not an answer to \(id) (allowed: \(question.allowedAnswers))"
          )
        }
        session.setAnswer(id, value: value, now: now)
      }
      for note in notes {
        let (id, text) = try split(note, what: "note")
        _ = try lookup(id, in: catalog, session: &session)
        session.setNote(id, note: text, now: now)
      }
      if let team { session.team = team }
      if let system { session.system = system }
      if let facilitator { session.facilitator = facilitator }
      for name in participants where !session.participants.contains(name) {
        session.participants.append(name)
      }
      session.updatedAt = now.iso8601
      session.toolVersion = MaturityVersion.current
      try SessionFile.save(session, to: file)
    }
  }

  private func split(_ text: String, what: String) throws(MaturityError) -> (String, String) {
    guard let equals = text.firstIndex(of: "=") else {
      throw MaturityError(.usage, "expected QUESTION-ID=\(what.uppercased()), found \"\(text)\"")
    }
    return (String(text[..<equals]), String(text[text.index(after: equals)...]))
  }

  private func lookup(
    _ id: String,
    in catalog: BankCatalog,
    session: inout Session
  ) throws(MaturityError) -> Question {
    guard let (bank, question) = catalog.lookup(id) else {
      let prefix = id.split(separator: ".").first.map(String.init) ?? ""
      let hint =
        catalog.bank(prefix) != nil
        ? "run `mlmaturity questions --framework \(prefix)` for its ids"
        : "known frameworks: \(catalog.banks.map(\.id).joined(separator: ", "))"
      throw MaturityError(.usage, "unknown question id \"\(id)\" (\(hint))")
    }
    if !session.frameworks.contains(bank.id) {
      session.frameworks.append(bank.id)
    }
    session.bankVersions[bank.id] = session.bankVersions[bank.id] ?? bank.version
    return question
  }
}
