/// `mlmaturity portfolio DIR --format json`, described by
/// `Resources/schema/portfolio.schema.json`. Keys are only ever added.
public enum PortfolioJSON {
  /// The whole document: one entry per team and system with its latest
  /// results (and the previous round's), the weakest areas, and the files
  /// that could not be used.
  public static func document(_ portfolio: Portfolio) -> JSONValue {
    .object([
      JSONMember("sessions", TrendJSON.count(portfolio.sessionCount)),
      JSONMember(
        "frameworks",
        .array(
          portfolio.columns.map { column in
            JSONNode(
              .object([
                JSONMember("id", .string(column.bank.id)),
                JSONMember("key", .string(ScoreJSON.key(for: column.bank))),
                JSONMember("name", .string(column.bank.name)),
                JSONMember(
                  "parts",
                  .array(
                    column.parts.map {
                      JSONNode(
                        .object([
                          JSONMember("id", .string($0.id)), JSONMember("title", .string($0.title)),
                        ])
                      )
                    }
                  )
                ),
              ])
            )
          }
        )
      ),
      JSONMember("teams", .array(portfolio.rows.map { JSONNode(row($0, portfolio.columns)) })),
      JSONMember("weakest", .array(portfolio.weakest.map { JSONNode(weak($0)) })),
      JSONMember("weakestCounts", .string(Portfolio.weakestRule)),
      JSONMember("provisionalLeftOut", TrendJSON.count(portfolio.provisionalLeftOut)),
      JSONMember("skipped", TrendJSON.skipped(portfolio.problems)),
    ])
  }

  private static func row(_ row: Portfolio.Row, _ columns: [Portfolio.Column]) -> JSONValue {
    let results = columns.compactMap { column -> JSONMember? in
      guard let result = row.latest.result(column.bank.id) else { return nil }
      let before = row.previous?.result(column.bank.id)
      return JSONMember(
        ScoreJSON.key(for: column.bank),
        .object(
          TrendJSON.members(result) + [
            JSONMember("maximum", .number(result.maximum)),
            JSONMember(
              "weakest",
              .array(Portfolio.weakestParts(of: result).map { JSONNode(.string($0.id)) })
            ),
            JSONMember(
              "previousParts",
              before.map { old in
                .object(old.parts.map { JSONMember($0.id, .number($0.value)) })
              } ?? .null
            ),
            JSONMember("previousScore", before.map { .number($0.headline) } ?? .null),
            JSONMember("change", before.map { .number(result.headline - $0.headline) } ?? .null),
          ]
        )
      )
    }
    return .object([
      JSONMember("team", .string(row.history.team)),
      JSONMember("system", .string(row.history.system)),
      JSONMember("sessions", TrendJSON.count(row.sessions)),
      JSONMember("latest", session(row.latest)),
      JSONMember("previous", row.previous.map(session) ?? .null),
      JSONMember("results", .object(results)),
    ])
  }

  private static func session(_ entry: TrendEntry) -> JSONValue {
    .object([
      JSONMember("file", .string(entry.path)),
      JSONMember("date", .string(entry.date)),
      JSONMember("updatedAt", .string(entry.updatedAt)),
    ])
  }

  private static func weak(_ area: Portfolio.WeakArea) -> JSONValue {
    .object([
      JSONMember("framework", .string(area.framework)),
      JSONMember("part", .string(area.part)),
      JSONMember("title", .string(area.title)),
      JSONMember("teams", TrendJSON.count(area.teams)),
      JSONMember("of", TrendJSON.count(area.of)),
    ])
  }
}
