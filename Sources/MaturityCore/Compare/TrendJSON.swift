import MaturityJSON

/// The trend of `mlmaturity trend --format json`, described by
/// `Resources/schema/trend.schema.json`. Keys are only ever added.
public enum TrendJSON {
  /// The whole document: every group with its sessions and a summary per
  /// framework, and the files that could not be used.
  public static func document(_ groups: [TrendGroup], problems: [TrendProblem]) -> JSONValue {
    .object([
      JSONMember("sessions", count(groups.reduce(0) { $0 + $1.entries.count })),
      JSONMember("groups", .array(groups.map { JSONNode(group($0)) })),
      JSONMember("skipped", skipped(problems)),
    ])
  }

  /// `[{"file": …, "problem": …}]`: the files that could not be used.
  static func skipped(_ problems: [TrendProblem]) -> JSONValue {
    .array(
      problems.map {
        JSONNode(
          .object([
            JSONMember("file", .string($0.path)), JSONMember("problem", .string($0.problem)),
          ])
        )
      }
    )
  }

  private static func group(_ group: TrendGroup) -> JSONValue {
    let keys = Dictionary(uniqueKeysWithValues: group.banks.map { ($0.id, ScoreJSON.key(for: $0)) })
    let sessions = group.entries.map { entry in
      JSONNode(
        .object([
          JSONMember("file", .string(entry.path)),
          JSONMember("date", .string(entry.date)),
          JSONMember("updatedAt", .string(entry.updatedAt)),
          JSONMember(
            "results",
            .object(
              entry.results.map { JSONMember(keys[$0.framework] ?? $0.framework, result($0)) }
            )
          ),
        ])
      )
    }
    let frameworks = group.banks.map { bank in
      let known = group.series(bank.id).compactMap { $0 }
      return JSONNode(
        .object([
          JSONMember("id", .string(bank.id)),
          JSONMember("key", .string(ScoreJSON.key(for: bank))),
          JSONMember("name", .string(bank.name)),
          JSONMember("sparkline", .string(Sparkline.render(group.series(bank.id)))),
          JSONMember("sessions", count(known.count)),
          JSONMember("first", known.first.map { .number($0.headline) } ?? .null),
          JSONMember("last", known.last.map { .number($0.headline) } ?? .null),
          JSONMember(
            "change",
            known.last.map { last in .number(last.headline - (known.first?.headline ?? 0)) }
              ?? .null
          ),
          JSONMember("details", .array(TrendDetail.lines(group, bank: bank).map(detail))),
        ])
      )
    }
    return .object([
      JSONMember("team", .string(group.team)),
      JSONMember("system", .string(group.system)),
      JSONMember("frameworks", .array(frameworks)),
      JSONMember("sessions", .array(sessions)),
    ])
  }

  private static func result(_ result: TrendResult) -> JSONValue {
    .object(members(result))
  }

  /// The members of a result: level, name, score, provisional, answered,
  /// total, parts and progress.
  static func members(_ result: TrendResult) -> [JSONMember] {
    [
      JSONMember("level", count(result.rung)),
      JSONMember("levelName", .string(result.rungName)),
      JSONMember("score", .number(result.headline)),
      JSONMember("provisional", .bool(result.provisional)),
      JSONMember("answered", count(result.answered)),
      JSONMember("total", count(result.total)),
      JSONMember(
        "parts",
        .array(
          result.parts.map { part in
            JSONNode(
              .object([
                JSONMember("id", .string(part.id)),
                JSONMember("title", .string(part.title)),
                JSONMember("value", .number(part.value)),
                JSONMember("maximum", .number(part.maximum)),
              ])
            )
          }
        )
      ),
      JSONMember("progress", result.progress.map(progress) ?? .null),
    ]
  }

  /// `{"level": 1, "met": 5, "required": 14}`.
  static func progress(_ progress: RungProgress) -> JSONValue {
    .object([
      JSONMember("level", count(progress.rung)),
      JSONMember("met", count(progress.met)),
      JSONMember("required", count(progress.required)),
    ])
  }

  private static func detail(_ line: TrendDetail) -> JSONNode {
    JSONNode(
      .object([
        JSONMember("id", .string(line.id)),
        JSONMember("title", .string(line.title)),
        JSONMember("sparkline", .string(line.sparkline)),
        JSONMember("movement", .string(line.movement)),
      ])
    )
  }

  static func count(_ value: Int) -> JSONValue {
    .number(Double(value))
  }
}
