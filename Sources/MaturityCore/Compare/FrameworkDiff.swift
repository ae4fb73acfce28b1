/// One framework's result in two sessions, side by side: the old and new
/// scores, the change of the headline figure, a crossing of a level or band,
/// the change of each part (ML Test Score sections, Azure dimensions, Google
/// levels' required items), and the gaps that closed or opened.
///
/// Both sessions are scored with the same bank (the one in use now), by the
/// same ``FrameworkScore`` the rest of mlmaturity uses; nothing is recomputed
/// here.
public struct FrameworkDiff: Sendable {
  /// How a framework's result moved.
  public enum Direction: String, Sendable, Equatable {
    /// The headline figure (level or final score) went up.
    case improved
    /// The headline figure went down.
    case regressed
    /// The headline figure is the same.
    case unchanged
    /// Only the new session assesses this framework.
    case added
    /// Only the old session assesses this framework: counted as a
    /// regression, since a result that is no longer measured cannot be
    /// relied on.
    case dropped
  }

  /// A move from one rung of the ladder (level or band) to another.
  public struct Crossing: Sendable, Equatable {
    /// The old rung.
    public var from: Int
    /// The new rung.
    public var to: Int
    /// The bank's name for the old rung.
    public var fromName: String
    /// The bank's name for the new rung.
    public var toName: String

    /// Creates a crossing.
    public init(from: Int, to: Int, fromName: String, toName: String) {
      self.from = from
      self.to = to
      self.fromName = fromName
      self.toName = toName
    }

    /// Whether the new rung is higher.
    public var isUp: Bool { to > from }
  }

  /// One part of a result in both sessions: an ML Test Score section sum,
  /// an Azure dimension's level, or how many required items of a Google
  /// level are in place.
  public struct Part: Sendable, Equatable {
    /// Section id, dimension id (`people`), or `level-1` / `level-2`.
    public var id: String
    /// Display name.
    public var title: String
    /// The old value, `nil` when the old session does not assess the framework.
    public var old: Double?
    /// The new value, `nil` when the new session does not assess the framework.
    public var new: Double?
    /// The highest value the part can take.
    public var maximum: Double

    /// `new - old`, when both exist.
    public var delta: Double? {
      guard let old, let new else { return nil }
      return new - old
    }
  }

  /// The bank both sessions are scored with.
  public let bank: Bank
  /// The old session's score, `nil` when it does not assess the framework.
  public let old: FrameworkScore?
  /// The new session's score, `nil` when it does not assess the framework.
  public let new: FrameworkScore?
  /// The parts, in the bank's order.
  public let parts: [Part]
  /// Old blockers that no longer block (in bank order).
  public let gapsResolved: [String]
  /// New blockers that did not block before (in bank order).
  public let newGaps: [String]
  /// The team's target, when it differs between the sessions (set by
  /// ``SessionDiff``, which has the sessions).
  public internal(set) var target: TargetChange?

  /// Compares two scores of `bank`; at least one must be present.
  public init(bank: Bank, old: FrameworkScore?, new: FrameworkScore?) {
    self.bank = bank
    self.old = old
    self.new = new
    let oldParts = Self.parts(of: old)
    let newParts = Self.parts(of: new)
    var parts: [Part] = []
    for part in (newParts.isEmpty ? oldParts : newParts) {
      parts.append(
        Part(
          id: part.id,
          title: part.title,
          old: oldParts.first { $0.id == part.id }?.value,
          new: newParts.first { $0.id == part.id }?.value,
          maximum: part.maximum
        )
      )
    }
    self.parts = parts
    let oldBlockers = old?.blockers ?? []
    let newBlockers = new?.blockers ?? []
    let oldSet = Set(oldBlockers)
    let newSet = Set(newBlockers)
    gapsResolved = old != nil && new != nil ? oldBlockers.filter { !newSet.contains($0) } : []
    newGaps = old != nil && new != nil ? newBlockers.filter { !oldSet.contains($0) } : []
  }

  /// `new.headline - old.headline`, when both sessions assess the framework.
  public var delta: Double? {
    guard let old, let new else { return nil }
    return new.headline - old.headline
  }

  /// How the result moved.
  public var direction: Direction {
    guard let delta else { return old == nil ? .added : .dropped }
    if delta > 0 { return .improved }
    if delta < 0 { return .regressed }
    return .unchanged
  }

  /// The move to another level or band, if any.
  public var crossing: Crossing? {
    guard let old, let new, old.rung != new.rung else { return nil }
    return Crossing(from: old.rung, to: new.rung, fromName: old.rungName, toName: new.rungName)
  }

  /// Whether anything about the framework differs: its result, a part, the
  /// gaps, how many questions are answered, or the target.
  public var hasChanges: Bool {
    direction != .unchanged || parts.contains { $0.delta != 0 } || !gapsResolved.isEmpty
      || !newGaps.isEmpty || old?.sheet.answeredCount != new?.sheet.answeredCount
      || target != nil
  }

  /// The rung after `score`'s, which its blockers hold back, if there is one.
  public static func nextRung(of score: FrameworkScore) -> Int? {
    score.rung + 1 < score.bank.levels.count ? score.rung + 1 : nil
  }

  private static func parts(of score: FrameworkScore?) -> [(
    id: String, title: String, value: Double, maximum: Double
  )] {
    guard let score else { return [] }
    return score.result.parts(score).map { ($0.id, $0.title, $0.value, $0.maximum) }
  }
}
