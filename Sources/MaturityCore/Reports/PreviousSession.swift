/// The other rounds of a session's team and system: the previous session
/// (for "what changed since last time") and every session in order (for a
/// trend), as the one-page summary shows them.
///
/// Unlike the portfolio's ``SessionHistory`` (results only, over a folder
/// tree), it keeps the whole previous session, which the summary compares
/// answer by answer, and reads only the session's own folder.
public struct RoundHistory: Sendable {
  /// The sessions of the team and system up to the current one, oldest
  /// first: those assessed on an earlier day, then the current one (its
  /// entry has the current session's path). Later rounds are left out: a
  /// summary shows the team as it stood that day.
  public let trend: TrendGroup
  /// Every session of the team and system that was read, later rounds
  /// included (an output must not replace any of them).
  public let rounds: [String]
  /// The session before the current one, if any.
  public let previous: Session?
  /// Where ``previous`` was read from.
  public let previousPath: String?
  /// Whether ``previous`` was named by the user (`--previous`) rather than
  /// found in the folder.
  public let named: Bool
  /// The folder's `*.json` files that could not be read as sessions (by
  /// file name), so the summary can say it left them out.
  public var skipped: [TrendProblem] = []
}

/// Finds the previous session of the same team and system: in the folder of
/// a session file, or named by the user.
///
/// The search reads the folder's `*.json` files (not hidden, not
/// subfolders) and keeps the sessions of the same team and system; files
/// that are not sessions (recorded in ``RoundHistory/skipped``), pre-work
/// files and the session itself are left out. The order is the trend's
/// (``SessionTrend``): date, then last change, then path; only rounds
/// assessed on an earlier day than the current one count, and the previous
/// session is the latest of them.
public enum PreviousSession {
  /// The history of `session`, read from `path`: its folder is searched,
  /// and `named` (read from `--previous`), when given, is the previous
  /// session.
  public static func history(
    of session: Session,
    at path: String,
    named: (path: String, session: Session)?,
    catalog: BankCatalog
  ) -> RoundHistory {
    let folder = FileIO.directoryName(path)
    let excluded = [path] + (named.map { [$0.path] } ?? [])
    let identities = excluded.compactMap(FileIdentity.of).map(sameFileKey)
    var candidates: [(path: String, session: Session)] = []
    var skipped: [TrendProblem] = []
    for name in FileIO.listDirectory(folder) where name.hasSuffix(".json") && !name.hasPrefix(".") {
      let file = folder == "/" ? "/" + name : folder + "/" + name
      guard let identity = FileIdentity.of(file), !identities.contains(sameFileKey(identity))
      else { continue }
      do {
        candidates.append((file, try SessionFile.load(file)))
      } catch {
        skipped.append(TrendProblem(path: name, problem: error.message))
      }
    }
    if let named { candidates.append(named) }
    var found = history(
      of: session,
      at: path,
      among: candidates,
      named: named?.path,
      catalog: catalog
    )
    found.skipped = skipped
    return found
  }

  /// The history of `session` (at `path`) among `candidates`, which must not
  /// include it: those of the same team and system, not pre-work, assessed
  /// on an earlier day, ordered like a trend. `named`, the path of one of
  /// the candidates, is the previous session (``load(_:comparedWith:at:)``
  /// makes sure it is an earlier round).
  public static func history(
    of session: Session,
    at path: String,
    among candidates: [(path: String, session: Session)],
    named: String?,
    catalog: BankCatalog
  ) -> RoundHistory {
    let same = candidates.filter {
      $0.session.team == session.team && $0.session.system == session.system
        && $0.session.prework == nil
    }
    var trend = SessionTrend(catalog: catalog)
    for candidate in same { trend.add(candidate.session, path: candidate.path) }
    trend.add(session, path: path)
    var group =
      trend.groups().first { $0.entries.contains { $0.path == path } }
      ?? TrendGroup(team: session.team, system: session.system, entries: [], banks: [])
    // Only the rounds before this one: a later round (or another file of
    // the same day) is no part of the team's history as of this session.
    let day = group.entries.first { $0.path == path }?.date ?? ""
    group.entries = group.entries.filter { $0.path == path || $0.date < day }
    let used = Set(group.entries.flatMap { $0.results.map(\.framework) })
    group.banks = group.banks.filter { used.contains($0.id) }
    let previousPath: String?
    if let named {
      previousPath = named
    } else if let index = group.entries.firstIndex(where: { $0.path == path }), index > 0 {
      previousPath = group.entries[index - 1].path
    } else {
      previousPath = nil
    }
    return RoundHistory(
      trend: group,
      rounds: same.map(\.path),
      previous: previousPath.flatMap { found in same.first { $0.path == found }?.session },
      previousPath: previousPath,
      named: named != nil
    )
  }

  /// Reads the session named with `--previous` at `path`, to compare with
  /// `session` (read from `sessionPath`): it must be another file, of the
  /// same team and system, and an assessment rather than a participant's
  /// pre-work.
  ///
  /// - Throws: ``MaturityError`` naming the file, its message starting with
  ///   `--previous:`: 66 when it is missing, 74 when it cannot be read, 65
  ///   when it is not a session or is another team's, 64 when it is the
  ///   session itself or a round of the same day or later.
  public static func load(
    _ path: String,
    comparedWith session: Session,
    at sessionPath: String
  ) throws(MaturityError) -> Session {
    let previous: Session
    do {
      previous = try SessionFile.load(path)
    } catch {
      var named = error
      named.message = "--previous: " + error.message
      throw named
    }
    if let mine = FileIdentity.of(sessionPath), let theirs = FileIdentity.of(path),
      sameFileKey(mine) == sameFileKey(theirs)
    {
      throw MaturityError(
        .usage,
        path: path,
        "--previous: this is the session being reported; name an earlier session"
      )
    }
    if let prework = previous.prework {
      throw MaturityError(
        .badData,
        path: path,
        "--previous: this is \(prework.participant)'s pre-work, not an earlier assessment"
      )
    }
    guard previous.team == session.team, previous.system == session.system else {
      throw MaturityError(
        .badData,
        path: path,
        "--previous: this session is for \(describe(previous)), not \(describe(session)); "
          + "name an earlier session of the same team and system"
      )
    }
    let (earlier, mine) = (previous.assessmentDay, session.assessmentDay)
    if !earlier.isEmpty, !mine.isEmpty, earlier >= mine {
      throw MaturityError(
        .usage,
        path: path,
        "--previous: a round of \(earlier), not before this session's \(mine); name an earlier "
          + "round of the same team and system"
      )
    }
    return previous
  }

  /// `team "Search Ranking", system "ranker v3"`.
  private static func describe(_ session: Session) -> String {
    "team \"\(session.team)\", system \"\(session.system)\""
  }

  /// Device and inode: the same file under any spelling.
  private static func sameFileKey(_ identity: FileIdentity) -> [UInt64] {
    [identity.device, identity.inode]
  }
}
