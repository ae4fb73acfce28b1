import MaturityCore

/// Turns `set`'s `ID=VALUE` arguments into ``SessionEdit`` values. It only
/// parses: every check of ids, options, dates and sizes is
/// ``Session/apply(_:catalog:now:)``'s, the same the wizard goes through.
struct SessionEditor {
  /// The edits parsed so far, in the order they apply.
  private(set) var edits: [SessionEdit] = []

  /// Splits `KEY=VALUE` at the first `=`.
  static func split(_ text: String, what: String) throws(MaturityError) -> (String, String) {
    guard let equals = text.firstIndex(of: "=") else {
      throw MaturityError(.usage, "expected ID=\(what.uppercased()), found \"\(text.prefix(60))\"")
    }
    return (String(text[..<equals]), String(text[text.index(after: equals)...]))
  }

  /// `ID=ANSWER` assignments; `ID=` clears, `ID=n/a` needs a matching
  /// `ID=REASON` in `reasons`.
  mutating func answers(_ assignments: [String], reasons: [String]) throws(MaturityError) {
    var reasonByID: [String: String] = [:]
    for entry in reasons {
      let (id, text) = try Self.split(entry, what: "reason")
      reasonByID[id] = text
    }
    for assignment in assignments {
      let (id, value) = try Self.split(assignment, what: "answer")
      if value == Answer.notApplicableValue {
        guard let reason = reasonByID[id], !reason.trimmingWhitespace().isEmpty else {
          throw MaturityError(
            .usage,
            "\(id)=n/a needs a reason: --reason \(id)=\"why it does not apply\""
          )
        }
        edits.append(.notApplicable(question: id, reason: reason))
      } else {
        edits.append(.answer(question: id, option: value.nonEmpty))
      }
    }
  }

  /// `ID:NAME=ANSWER` votes; `ID:NAME=` removes a vote.
  mutating func votes(_ votes: [String]) throws(MaturityError) {
    for entry in votes {
      let (target, value) = try Self.split(entry, what: "answer")
      guard let colon = target.firstIndex(of: ":") else {
        throw MaturityError(.usage, "expected ID:NAME=ANSWER, found \"\(entry.prefix(60))\"")
      }
      let id = String(target[..<colon])
      let name = String(target[target.index(after: colon)...])
      edits.append(.vote(question: id, participant: name, option: value.nonEmpty))
    }
  }

  /// `ID=TEXT` entries, each made into an edit by `make`.
  mutating func each(
    _ entries: [String],
    what: String,
    _ make: (String, String) throws(MaturityError) -> SessionEdit
  ) throws(MaturityError) {
    for entry in entries {
      let (id, text) = try Self.split(entry, what: what)
      edits.append(try make(id, text))
    }
  }

  /// Appends `edit`.
  mutating func append(_ edit: SessionEdit) { edits.append(edit) }
}
