import MaturityCore

/// Applies `ID=VALUE` edits from the command line to a session, checking
/// every id and value against the banks first.
struct SessionEditor {
  var session: Session
  let catalog: BankCatalog
  let now: Timestamp

  /// Splits `KEY=VALUE` at the first `=`.
  static func split(_ text: String, what: String) throws(MaturityError) -> (String, String) {
    guard let equals = text.firstIndex(of: "=") else {
      throw MaturityError(.usage, "expected ID=\(what.uppercased()), found \"\(text)\"")
    }
    return (String(text[..<equals]), String(text[text.index(after: equals)...]))
  }

  /// Records `ID=ANSWER` assignments; `ID=` clears, `ID=n/a` needs a
  /// matching `ID=REASON` in `reasons`.
  mutating func setAnswers(_ assignments: [String], reasons: [String]) throws(MaturityError) {
    var reasonByID: [String: String] = [:]
    for entry in reasons {
      let (id, text) = try Self.split(entry, what: "reason")
      _ = try lookup(id)
      reasonByID[id] = text.trimmingWhitespace()
    }
    for assignment in assignments {
      let (id, value) = try Self.split(assignment, what: "answer")
      let question = try lookup(id)
      if value.isEmpty {
        session.setAnswer(id, value: nil, now: now)
        session.answers[id]?.notApplicableReason = nil
        continue
      }
      if value == Answer.notApplicableValue {
        guard let reason = reasonByID[id], !reason.isEmpty else {
          throw MaturityError(
            .usage,
            "\(id)=n/a needs a reason: --reason \(id)=\"why it does not apply\""
          )
        }
        session.setAnswer(id, value: value, now: now)
        session.answers[id]?.notApplicableReason = reason
        continue
      }
      guard question.option(value) != nil else {
        throw MaturityError(
          .usage,
          "\"\(value)\" is not an answer to \(id) (allowed: \(question.allowedAnswers), n/a)"
        )
      }
      session.setAnswer(id, value: value, now: now)
      session.answers[id]?.notApplicableReason = nil
    }
  }

  /// Records `ID:NAME=ANSWER` votes; `ID:NAME=` removes a vote.
  mutating func setVotes(_ votes: [String]) throws(MaturityError) {
    for entry in votes {
      let (target, value) = try Self.split(entry, what: "answer")
      guard let colon = target.firstIndex(of: ":") else {
        throw MaturityError(.usage, "expected ID:NAME=ANSWER, found \"\(entry)\"")
      }
      let id = String(target[..<colon])
      let name = String(target[target.index(after: colon)...]).trimmingWhitespace()
      let question = try lookup(id)
      guard !name.isEmpty else {
        throw MaturityError(.usage, "a vote needs a participant name: \(entry)")
      }
      guard value.isEmpty || value == Answer.notApplicableValue || question.option(value) != nil
      else {
        throw MaturityError(
          .usage,
          "\"\(value)\" is not an answer to \(id) (allowed: \(question.allowedAnswers), n/a)"
        )
      }
      edit(id) { answer in answer.votes[name] = value.isEmpty ? nil : value }
      if !session.participants.contains(name) && !value.isEmpty {
        session.participants.append(name)
      }
    }
  }

  /// Applies `ID=TEXT` entries with `body`.
  mutating func update(
    _ entries: [String],
    what: String,
    _ body: (inout Answer, String, Question) throws -> Void
  ) throws {
    for entry in entries {
      let (id, text) = try Self.split(entry, what: what)
      let question = try lookup(id)
      var answer = session.answers[id] ?? Answer()
      try body(&answer, text, question)
      session.answers[id] = answer.isEmpty ? nil : answer
      session.updatedAt = now.iso8601
    }
  }

  private mutating func edit(_ id: String, _ body: (inout Answer) -> Void) {
    var answer = session.answers[id] ?? Answer()
    body(&answer)
    session.answers[id] = answer.isEmpty ? nil : answer
    session.updatedAt = now.iso8601
  }

  /// The question `id`, adding its framework to the session when missing.
  private mutating func lookup(_ id: String) throws(MaturityError) -> Question {
    guard let (bank, question) = catalog.lookup(id) else {
      let prefix = id.split(separator: ".").first.map(String.init) ?? ""
      let hint =
        catalog.bank(prefix) != nil
        ? "run `mlmaturity questions --framework \(prefix)` for its ids"
        : "known frameworks: \(catalog.banks.map(\.id).joined(separator: ", "))"
      throw MaturityError(.usage, "unknown question id \"\(id)\" (\(hint))")
    }
    if !session.frameworks.contains(bank.id) { session.frameworks.append(bank.id) }
    session.bankVersions[bank.id] = session.bankVersions[bank.id] ?? bank.version
    return question
  }
}
