/// The sessions of one team and system, oldest first, and the questions a
/// summary or a portfolio asks of them: the latest round, and the one
/// before it.
///
/// Order, and so which session is the latest: by assessment day (the
/// session's `date`, else the day it was last changed or created), then by
/// last change (`updatedAt`), then by file path; the last is the latest.
/// Two files of one day saved at the same second are told apart by their
/// path alone, so the choice never depends on the order files are read.
public struct SessionHistory: Sendable {
  /// The sessions with their results (see ``TrendGroup``).
  public let group: TrendGroup

  /// The history of `group`.
  public init(_ group: TrendGroup) {
    self.group = group
  }

  /// The team.
  public var team: String { group.team }
  /// The ML system.
  public var system: String { group.system }
  /// `Payments ML · fraud-scoring`.
  public var title: String { group.title }

  /// The latest session; `nil` only for an empty history.
  public var latest: TrendEntry? { group.entries.last }

  /// The session before the latest, if there was one.
  public var previous: TrendEntry? {
    group.entries.count > 1 ? group.entries[group.entries.count - 2] : nil
  }

  /// The session before the one read from `path`; `nil` when that one is
  /// the first or is not in the history. `path` may be spelled another way
  /// than the walk spelled it (`./q2.json`, a link): the same file (device
  /// and inode) is found too.
  public func previous(before path: String) -> TrendEntry? {
    guard let index = index(of: path), index > 0 else { return nil }
    return group.entries[index - 1]
  }

  /// Where the session read from `path` is in the history.
  private func index(of path: String) -> Int? {
    if let index = group.entries.lastIndex(where: { $0.path == path }) { return index }
    guard let identity = FileIdentity.of(path) else { return nil }
    return group.entries.lastIndex { entry in
      FileIdentity.of(entry.path).map { $0.isSameFile(as: identity) } ?? false
    }
  }

  /// Every history of the files `files`, by team then system; the files
  /// that could not be read are in the trend's ``SessionTrend/problems``.
  public static func all(in trend: SessionTrend) -> [SessionHistory] {
    trend.groups().map(SessionHistory.init)
  }

  /// The history of `session`'s team and system among the session files of
  /// `folder` and its subfolders (the files are read, their results kept);
  /// `nil` when none of them is of that team and system. Files that cannot
  /// be read are passed to `warn` and left out.
  ///
  /// A one-page summary finds the previous round with it:
  /// `SessionHistory.of(session, in: folder, catalog: c)?.previous(before: path)`.
  public static func of(
    _ session: Session,
    in folder: String,
    catalog: BankCatalog,
    warn: (MaturityError) -> Void = { _ in }
  ) -> SessionHistory? {
    var trend = SessionTrend(catalog: catalog)
    _ = trend.read(SessionTree.files(under: folder), warn: warn)
    return trend.groups().first { $0.team == session.team && $0.system == session.system }
      .map(SessionHistory.init)
  }
}
