/// Every team and system of a folder tree side by side: the latest session
/// of each (see ``SessionHistory`` for which is the latest), its results per
/// framework and per section or dimension (the heat map), the areas most
/// teams are weakest in, and each one's change since its previous round.
///
/// A result is provisional when some of its questions are unanswered (the
/// same rule as `score` and `trend`: ``TrendResult/provisional``). The
/// formats mark it, and the weakest areas count complete results only
/// (see ``weakestRule``): a round of 3 answers out of 60 says little about
/// where a team is weakest.
///
/// Built from a ``SessionTrend`` (the reading engine of `trend`), so it
/// holds only results, never whole sessions.
public struct Portfolio: Sendable {
  /// One team and system: its latest and previous round.
  public struct Row: Sendable {
    /// The team and system's sessions.
    public var history: SessionHistory
    /// The latest session.
    public var latest: TrendEntry
    /// The session before it, if any.
    public var previous: TrendEntry?
    /// How many sessions the team and system has.
    public var sessions: Int

    /// `Payments ML · fraud-scoring`.
    public var title: String { history.title }
  }

  /// A section or dimension, and how many teams and systems are weakest
  /// there.
  public struct WeakArea: Sendable, Equatable {
    /// The framework.
    public var framework: String
    /// The framework's name.
    public var frameworkName: String
    /// The part id: `monitor`, `technology`, `level-2`.
    public var part: String
    /// The part's title.
    public var title: String
    /// Teams and systems whose lowest part (as a share of its top) this is.
    public var teams: Int
    /// Teams and systems whose latest session assesses the framework
    /// completely (every question answered).
    public var of: Int
  }

  /// A framework and the parts the heat map shows for it.
  public struct Column: Sendable {
    /// The bank.
    public var bank: Bank
    /// The parts seen in any latest session, in the order first seen.
    public var parts: [(id: String, title: String)]
  }

  /// One row per team and system, by team then system.
  public let rows: [Row]
  /// The frameworks any latest session assesses, in the catalog's order,
  /// with their parts.
  public let columns: [Column]
  /// The weakest areas, most teams first (then framework and part order).
  public let weakest: [WeakArea]
  /// Sessions read in all.
  public let sessionCount: Int
  /// Files that could not be used.
  public let problems: [TrendProblem]
  /// Latest results left out of ``weakest`` because they are provisional.
  public let provisionalLeftOut: Int

  /// How the weakest areas are counted, in one sentence.
  public static let weakestRule =
    "Counts complete results only (every question answered); a provisional result (some "
    + "questions unanswered) is left out."

  /// The portfolio of everything `trend` has read.
  public init(_ trend: SessionTrend) {
    let histories = SessionHistory.all(in: trend)
    rows = histories.compactMap { history in
      history.latest.map {
        Row(
          history: history,
          latest: $0,
          previous: history.previous,
          sessions: history.group.entries.count
        )
      }
    }
    var banks: [Bank] = []
    for history in histories {
      for bank in history.group.banks where !banks.contains(where: { $0.id == bank.id }) {
        banks.append(bank)
      }
    }
    let order = Dictionary(uniqueKeysWithValues: trend.catalogOrder.enumerated().map { ($1, $0) })
    banks.sort { (order[$0.id] ?? .max) < (order[$1.id] ?? .max) }
    let latest = rows.map(\.latest)
    columns = banks.compactMap { bank in
      let results = latest.compactMap { $0.result(bank.id) }
      guard !results.isEmpty else { return nil }
      var seen = Set<String>()
      var parts: [(id: String, title: String)] = []
      for part in results.flatMap(\.parts) where seen.insert(part.id).inserted {
        parts.append((part.id, part.title))
      }
      return Column(bank: bank, parts: parts)
    }
    weakest = Self.weakest(latest, columns: columns)
    provisionalLeftOut = columns.reduce(0) { count, column in
      count + latest.filter { $0.result(column.bank.id)?.provisional == true }.count
    }
    sessionCount = trend.sessionCount
    problems = trend.problems
  }

  /// The parts of `result` that are its lowest as a share of their top
  /// (all of them when tied); none when every part is at its top.
  public static func weakestParts(of result: TrendResult) -> [ScorePart] {
    guard let lowest = result.parts.map(\.fraction).min(), lowest < 1 else { return [] }
    return result.parts.filter { $0.fraction == lowest }
  }

  private static func weakest(_ latest: [TrendEntry], columns: [Column]) -> [WeakArea] {
    var areas: [WeakArea] = []
    for column in columns {
      let results = latest.compactMap { $0.result(column.bank.id) }.filter { !$0.provisional }
      var counts: [String: Int] = [:]
      for result in results {
        for part in weakestParts(of: result) { counts[part.id, default: 0] += 1 }
      }
      for part in column.parts {
        guard let count = counts[part.id] else { continue }
        areas.append(
          WeakArea(
            framework: column.bank.id,
            frameworkName: column.bank.name,
            part: part.id,
            title: part.title,
            teams: count,
            of: results.count
          )
        )
      }
    }
    // A stable sort: ties keep framework and part order.
    return areas.enumerated().sorted {
      ($0.element.teams, -$0.offset) > ($1.element.teams, -$1.offset)
    }.map(\.element)
  }
}
