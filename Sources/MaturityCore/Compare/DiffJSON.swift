import MaturityJSON

/// The machine-readable diff of `mlmaturity diff --format json`, described
/// by `Resources/schema/diff.schema.json`.
///
/// Each framework's `old` and `new` results are the very objects of
/// `mlmaturity score --json` (``ScoreJSON/result(_:)``). Keys are only ever
/// added, never renamed or removed.
public enum DiffJSON {
  /// The whole document. `onlyChanges` leaves out frameworks and parts that
  /// did not change.
  public static func document(
    _ diff: SessionDiff,
    oldPath: String,
    newPath: String,
    onlyChanges: Bool = false
  ) -> JSONValue {
    let frameworks = diff.frameworks.filter { !onlyChanges || $0.hasChanges }
    return .object([
      JSONMember("old", session(diff.old, path: oldPath)),
      JSONMember("new", session(diff.new, path: newPath)),
      JSONMember("summary", summary(diff)),
      JSONMember(
        "frameworks",
        .array(frameworks.map { JSONNode(framework($0, onlyChanges: onlyChanges)) })
      ),
      JSONMember("answers", .array(diff.answers.map { JSONNode(answer($0)) })),
      JSONMember("bankVersions", .array(diff.bankNotices.map { JSONNode(notice($0)) })),
      JSONMember(
        "contextChanges",
        .array(
          diff.contextChanges.map { change in
            JSONNode(
              .object([
                JSONMember("key", .string(change.key)),
                JSONMember("old", change.old.map { .string($0) } ?? .null),
                JSONMember("new", change.new.map { .string($0) } ?? .null),
              ])
            )
          }
        )
      ),
      JSONMember("regressions", strings(diff.regressions)),
      JSONMember("warnings", strings(diff.warnings)),
    ])
  }

  private static func session(_ session: Session, path: String) -> JSONValue {
    .object([
      JSONMember("file", .string(path)),
      JSONMember("team", .string(session.team)),
      JSONMember("system", .string(session.system)),
      JSONMember("date", .string(session.date)),
      JSONMember("updatedAt", .string(session.updatedAt)),
      JSONMember(
        "banks",
        .object(
          session.bankVersions.sorted { $0.key < $1.key }.map {
            JSONMember($0.key, .string($0.value))
          }
        )
      ),
    ])
  }

  private static func summary(_ diff: SessionDiff) -> JSONValue {
    let directions: [FrameworkDiff.Direction] = [
      .improved, .regressed, .unchanged, .added, .dropped,
    ]
    return .object([
      JSONMember("regression", .bool(diff.hasRegression)),
      JSONMember(
        "frameworks",
        .object(
          directions.map { direction in
            JSONMember(
              direction.rawValue,
              count(diff.frameworks.filter { $0.direction == direction }.count)
            )
          }
        )
      ),
      JSONMember(
        "answers",
        .object(
          [
            JSONMember("improved", count(diff.count(.improved))),
            JSONMember("regressed", count(diff.count(.regressed))),
            JSONMember("changed", count(diff.count(.changed))),
            JSONMember("noteOnly", count(diff.count(.noteOnly))),
            JSONMember("notesChanged", count(diff.noteChangeCount)),
            JSONMember("detailsChanged", count(diff.detailChangeCount)),
          ]
        )
      ),
      JSONMember("bankVersionsDiffer", .bool(!diff.bankNotices.isEmpty)),
    ])
  }

  private static func framework(_ framework: FrameworkDiff, onlyChanges: Bool) -> JSONValue {
    let parts = framework.parts.filter { !onlyChanges || $0.delta != 0 }
    return .object([
      JSONMember("id", .string(framework.bank.id)),
      JSONMember("key", .string(ScoreJSON.key(for: framework.bank))),
      JSONMember("name", .string(framework.bank.name)),
      JSONMember("direction", .string(framework.direction.rawValue)),
      JSONMember("delta", framework.delta.map { .number($0) } ?? .null),
      JSONMember("crossing", framework.crossing.map(crossing) ?? .null),
      JSONMember("old", framework.old.map(ScoreJSON.result) ?? .null),
      JSONMember("new", framework.new.map(ScoreJSON.result) ?? .null),
      JSONMember(
        "parts",
        .array(
          parts.map { part in
            JSONNode(
              .object([
                JSONMember("id", .string(part.id)),
                JSONMember("title", .string(part.title)),
                JSONMember("old", part.old.map { .number($0) } ?? .null),
                JSONMember("new", part.new.map { .number($0) } ?? .null),
                JSONMember("delta", part.delta.map { .number($0) } ?? .null),
                JSONMember("maximum", .number(part.maximum)),
              ])
            )
          }
        )
      ),
      JSONMember("gapsResolved", strings(framework.gapsResolved)),
      JSONMember("newGaps", strings(framework.newGaps)),
      JSONMember("target", target(framework.target)),
    ])
  }

  /// The old and new target when they differ, else `null`.
  private static func target(_ change: TargetChange?) -> JSONValue {
    guard let change else { return .null }
    return .object([
      JSONMember("old", change.old.map(count) ?? .null),
      JSONMember("new", change.new.map(count) ?? .null),
    ])
  }

  private static func crossing(_ crossing: FrameworkDiff.Crossing) -> JSONValue {
    .object([
      JSONMember("from", count(crossing.from)),
      JSONMember("to", count(crossing.to)),
      JSONMember("fromName", .string(crossing.fromName)),
      JSONMember("toName", .string(crossing.toName)),
      JSONMember("direction", .string(crossing.isUp ? "up" : "down")),
    ])
  }

  private static func answer(_ change: AnswerChange) -> JSONValue {
    func side(_ value: String?, _ note: String?, _ reason: String?) -> JSONValue {
      var members = [
        JSONMember("value", value.map { .string($0) } ?? .null),
        JSONMember("label", .string(change.label(of: value, reason: reason))),
        JSONMember("note", note.map { .string($0) } ?? .null),
      ]
      if let reason { members.append(JSONMember("notApplicableReason", .string(reason))) }
      return .object(members)
    }
    return .object([
      JSONMember("id", .string(change.id)),
      JSONMember("framework", .string(change.framework)),
      JSONMember("title", change.question.map { .string($0.title) } ?? .null),
      JSONMember("change", .string(change.kind.rawValue)),
      JSONMember("old", side(change.oldValue, change.oldNote, change.oldReason)),
      JSONMember("new", side(change.newValue, change.newNote, change.newReason)),
      JSONMember("noteChanged", .bool(change.noteChanged)),
      JSONMember("acrossBankVersions", .bool(change.acrossBankVersions)),
      JSONMember(
        "details",
        .array(
          change.details.map { detail in
            JSONNode(
              .object([
                JSONMember("field", .string(detail.field.rawValue)),
                JSONMember("old", detail.old.map { .string($0) } ?? .null),
                JSONMember("new", detail.new.map { .string($0) } ?? .null),
              ])
            )
          }
        )
      ),
    ])
  }

  private static func notice(_ notice: BankVersionNotice) -> JSONValue {
    .object([
      JSONMember("framework", .string(notice.framework)),
      JSONMember("name", .string(notice.name)),
      JSONMember("old", notice.oldVersion.map { .string($0) } ?? .null),
      JSONMember("new", notice.newVersion.map { .string($0) } ?? .null),
      JSONMember("current", .string(notice.currentVersion)),
      JSONMember("message", .string(notice.summary)),
      JSONMember("expectation", .string(notice.expectation)),
      JSONMember("notInCurrentBank", strings(notice.notInCurrentBank)),
      JSONMember("optionsChanged", strings(notice.optionsChanged)),
      JSONMember("answeredInOneOnly", strings(notice.answeredInOneOnly)),
    ])
  }

  private static func count(_ value: Int) -> JSONValue {
    .number(Double(value))
  }

  private static func strings(_ values: [String]) -> JSONValue {
    ScoreJSON.strings(values)
  }
}
