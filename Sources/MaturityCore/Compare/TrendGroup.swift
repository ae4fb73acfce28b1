/// One framework's result in one session, reduced to what a trend shows.
public struct TrendResult: Sendable, Equatable {
  /// The bank id.
  public var framework: String
  /// The bank's scoring rule.
  public var scoring: ScoringRule
  /// The level, or the ML Test Score final score.
  public var headline: Double
  /// The highest value ``headline`` can take (4, 2, or the smallest
  /// section's size for the ML Test Score).
  public var maximum: Double
  /// The level or band.
  public var rung: Int
  /// The bank's name for ``rung``.
  public var rungName: String
  /// `level 1, DevOps but no MLOps`: the result as ``DiffText`` words it.
  public var label: String
  /// Whether questions were unanswered.
  public var provisional: Bool
  /// Questions answered.
  public var answered: Int
  /// Questions in the bank.
  public var total: Int
  /// The sections or dimensions (see ``ScorePart``), in the bank's order.
  public var parts: [ScorePart]
  /// Items in place toward the next level, for rules that count them
  /// (Google's); `nil` otherwise or at the top.
  public var progress: RungProgress?

  /// Keeps what a trend needs of `score`.
  public init(_ score: FrameworkScore) {
    framework = score.bank.id
    scoring = score.bank.scoring
    headline = score.headline
    maximum = score.reachableHeadline
    rung = score.rung
    rungName = score.rungName
    label = DiffText.result(score)
    provisional = score.provisional
    answered = score.sheet.answeredCount
    total = score.sheet.totalCount
    parts = ScorePart.parts(of: score)
    progress = RungProgress.of(score)
  }

  /// Where the result stands on the headline's scale, counting the way to
  /// the next level: the headline plus the share of ``progress`` in place
  /// (level 0 with 7 of 14 items for level 1 stands at 0.5), so a chart of
  /// a team that gains items without reaching a level still moves.
  public var standing: Double {
    guard let progress, progress.rung > rung else { return headline }
    return min(headline + min(progress.fraction, 0.99), maximum)
  }

  /// The part `id`, if the result has it.
  public func part(_ id: String) -> ScorePart? {
    parts.first { $0.id == id }
  }
}

/// One session in a trend.
public struct TrendEntry: Sendable, Equatable {
  /// Where the session was read from.
  public var path: String
  /// The assessment day: the session's `date`, else the day it was last
  /// changed or created; empty when none is known.
  public var date: String
  /// When the session was last changed.
  public var updatedAt: String
  /// The results of the frameworks it assesses.
  public var results: [TrendResult]

  /// The result of `framework`, if the session assesses it.
  public func result(_ framework: String) -> TrendResult? {
    results.first { $0.framework == framework }
  }
}

/// The sessions of one team and system, oldest first.
public struct TrendGroup: Sendable {
  /// The team.
  public var team: String
  /// The ML system.
  public var system: String
  /// The sessions, ordered by date, then last change, then path.
  public var entries: [TrendEntry]
  /// The banks any of the sessions assesses, in the catalog's order.
  public var banks: [Bank]

  /// `Payments ML · fraud-scoring`, or `(no team or system)`.
  public var title: String {
    let parts = [team, system].filter { !$0.isEmpty }
    return parts.isEmpty ? "(no team or system)" : parts.joined(separator: " · ")
  }

  /// The result of `framework` in every session (`nil` where not assessed).
  public func series(_ framework: String) -> [TrendResult?] {
    entries.map { $0.result(framework) }
  }

  /// The parts `framework`'s results have in any session (id and title),
  /// in the order they first appear.
  public func parts(_ framework: String) -> [(id: String, title: String)] {
    var seen = Set<String>()
    var parts: [(id: String, title: String)] = []
    for result in series(framework).compactMap({ $0 }) {
      for part in result.parts where seen.insert(part.id).inserted {
        parts.append((part.id, part.title))
      }
    }
    return parts
  }

  /// Part `part` of `framework` in every session (`nil` where not assessed).
  public func partSeries(_ framework: String, part: String) -> [ScorePart?] {
    series(framework).map { $0?.part(part) }
  }

  /// Whether any session of `framework` counts items toward a next level.
  public func hasProgress(_ framework: String) -> Bool {
    series(framework).contains { $0?.progress != nil }
  }
}
