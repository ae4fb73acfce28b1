/// A document a command writes: everything a format needs to render it.
///
/// Each document command (`score`, `report`, `backlog`, `diff`, `trend`,
/// `portfolio`)
/// builds one of these and hands it to the ``DocumentFormat`` the user
/// named, so a new output format is one file implementing that protocol.
public enum Document: Sendable {
  /// A session's results (`score`).
  case score(SessionDocument)
  /// A session's full report (`report`).
  case report(SessionDocument)
  /// A session's action backlog (`backlog`).
  case backlog(BacklogDocument)
  /// Two sessions compared (`diff`).
  case diff(DiffDocument)
  /// Results over time (`trend`).
  case trend(TrendDocument)
  /// The latest session of every team and system side by side
  /// (`portfolio`).
  case portfolio(Portfolio)

  /// Which kind of document this is.
  public var kind: DocumentKind {
    switch self {
    case .score: .score
    case .report: .report
    case .backlog: .backlog
    case .diff: .diff
    case .trend: .trend
    case .portfolio: .portfolio
    }
  }
}

/// The kinds of ``Document``, to ask which formats render one.
public enum DocumentKind: String, Sendable, CaseIterable {
  case score, report, backlog, diff, trend, portfolio
}

/// A scored session, as `score` and `report` render it.
public struct SessionDocument: Sendable {
  /// The session.
  public var session: Session
  /// The file it was read from, as given.
  public var path: String
  /// Its results, one per framework.
  public var scores: [FrameworkScore]
  /// The banks in use.
  public var catalog: BankCatalog
  /// The other rounds of the same team and system, read by the command
  /// when the format uses them (``DocumentFormat/usesHistory``); `nil`
  /// reads as no other round.
  public var history: RoundHistory?

  /// Creates the document.
  public init(session: Session, path: String, scores: [FrameworkScore], catalog: BankCatalog) {
    self.session = session
    self.path = path
    self.scores = scores
    self.catalog = catalog
  }
}

/// A session's backlog, already filtered.
public struct BacklogDocument: Sendable {
  /// The backlog to render.
  public var backlog: Backlog
  /// The session it comes from.
  public var session: Session
  /// The file the session was read from.
  public var path: String
  /// The session's results.
  public var scores: [FrameworkScore]
  /// The backlog before `filter` narrowed it (`nil`: not narrowed): the
  /// gap counts come from it, and the Markdown says how much is shown.
  public var all: Backlog?
  /// The filter that made ``backlog`` from ``all``.
  public var filter: BacklogFilter?

  /// Creates the document.
  public init(
    backlog: Backlog,
    session: Session,
    path: String,
    scores: [FrameworkScore],
    all: Backlog? = nil,
    filter: BacklogFilter? = nil
  ) {
    self.backlog = backlog
    self.session = session
    self.path = path
    self.scores = scores
    self.all = all
    self.filter = filter
  }
}

/// Two sessions compared.
public struct DiffDocument: Sendable {
  /// The comparison.
  public var diff: SessionDiff
  /// The earlier session's file.
  public var oldPath: String
  /// The later session's file.
  public var newPath: String
  /// Whether unchanged frameworks and parts are left out.
  public var onlyChanges: Bool

  /// Creates the document.
  public init(diff: SessionDiff, oldPath: String, newPath: String, onlyChanges: Bool) {
    self.diff = diff
    self.oldPath = oldPath
    self.newPath = newPath
    self.onlyChanges = onlyChanges
  }
}

/// Results over time.
public struct TrendDocument: Sendable {
  /// Sessions grouped by team and system, ordered by date.
  public var groups: [TrendGroup]
  /// Files that were left out, and why.
  public var problems: [TrendProblem]

  /// Creates the document.
  public init(groups: [TrendGroup], problems: [TrendProblem]) {
    self.groups = groups
    self.problems = problems
  }
}
