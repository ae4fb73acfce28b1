/// A file a trend could not use, and why.
public struct TrendProblem: Sendable, Equatable {
  /// The file.
  public var path: String
  /// What is wrong with it.
  public var problem: String

  /// Creates a problem.
  public init(path: String, problem: String) {
    self.path = path
    self.problem = problem
  }
}

/// Many sessions, grouped by team and system and ordered by date: how each
/// framework's result moved over time.
///
/// Built one session at a time (``add(_:path:)``), keeping only each
/// session's results, so a whole organisation's history (tens of thousands
/// of files) fits in memory; adding is O(1) and ``groups()`` sorts once,
/// O(n log n).
public struct SessionTrend: Sendable {
  private let catalog: BankCatalog
  private var groupIndex: [String: Int] = [:]
  private var collected: [(team: String, system: String, entries: [TrendEntry])] = []
  /// Files that could not be used, in the order they were reported.
  public private(set) var problems: [TrendProblem] = []
  /// How many sessions were added.
  public private(set) var sessionCount = 0

  /// The ids of the catalog's banks, in its order.
  public var catalogOrder: [String] { catalog.banks.map(\.id) }

  /// An empty trend that scores sessions with the banks of `catalog`.
  public init(catalog: BankCatalog) {
    self.catalog = catalog
  }

  /// Scores `session` (read from `path`) and files it under its team and
  /// system.
  public mutating func add(_ session: Session, path: String) {
    // A participant's pre-work is not a point in the team's history.
    if let prework = session.prework {
      skip(path, problem: "pre-work of \(prework.participant), not an assessment; merge it instead")
      return
    }
    let results = Scorer.score(session, catalog: catalog).map(TrendResult.init)
    let entry = TrendEntry(
      path: path,
      date: session.assessmentDay,
      updatedAt: session.updatedAt,
      results: results
    )
    let key = session.team + "\u{0}" + session.system
    if let index = groupIndex[key] {
      collected[index].entries.append(entry)
    } else {
      groupIndex[key] = collected.count
      collected.append((session.team, session.system, [entry]))
    }
    sessionCount += 1
  }

  /// Records a file that could not be read as a session.
  public mutating func skip(_ path: String, problem: String) {
    problems.append(TrendProblem(path: path, problem: problem))
  }

  /// The groups, by team then system, each with its sessions oldest first.
  public func groups() -> [TrendGroup] {
    let ordered = collected.sorted { ($0.team, $0.system) < ($1.team, $1.system) }
    return ordered.map { group in
      let entries = group.entries.sorted {
        ($0.date, $0.updatedAt, $0.path) < ($1.date, $1.updatedAt, $1.path)
      }
      var used = Set<String>()
      for entry in entries { used.formUnion(entry.results.map(\.framework)) }
      return TrendGroup(
        team: group.team,
        system: group.system,
        entries: entries,
        banks: catalog.banks.filter { used.contains($0.id) }
      )
    }
  }
}
