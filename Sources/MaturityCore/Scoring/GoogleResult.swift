/// The Google Cloud MLOps level of a session.
///
/// Level 1 when every required level-1 item is in place ("yes"); level 2
/// when, in addition, every required level-2 item is; else level 0. "Partly"
/// does not count as in place, and optional items never block a level.
/// Unanswered items count as not in place.
public struct GoogleResult: Sendable, Equatable {
  /// The level reached, 0-2.
  public var level: Int
  /// The next level, when below 2.
  public var nextLevel: Int?
  /// Required items in place that count toward ``nextLevel``.
  public var metTowardNext: Int
  /// Required items that ``nextLevel`` needs in all (its own and the levels
  /// below).
  public var requiredTowardNext: Int
  /// Required items not yet in place for ``nextLevel``, in bank order.
  public var blockers: [String]
  /// Required items of one level: how many are in place.
  public struct LevelProgress: Sendable, Equatable {
    /// The level, 1 or 2.
    public var level: Int
    /// Required items of this level in place.
    public var met: Int
    /// Required items of this level.
    public var required: Int
  }

  /// Progress on the required items of level 1 and of level 2.
  public var perLevel: [LevelProgress]
  /// Unanswered item ids, in bank order.
  public var unanswered: [String]

  /// Whether unanswered items remain.
  public var provisional: Bool { !unanswered.isEmpty }

  /// Scores `sheet`.
  public init(_ sheet: AnswerSheet) {
    let required = sheet.bank.questions.filter { !$0.optional }
    func isMet(_ question: Question) -> Bool { sheet.chosen[question.id]?.points == 1 }
    let perLevel = (1...2).map { level in
      let items = required.filter { $0.level == level }
      return LevelProgress(level: level, met: items.filter(isMet).count, required: items.count)
    }
    let levelOneDone = required.filter { $0.level == 1 }.allSatisfy(isMet)
    let levelTwoDone = levelOneDone && required.filter { $0.level == 2 }.allSatisfy(isMet)
    level = levelTwoDone ? 2 : (levelOneDone ? 1 : 0)
    if level < 2 {
      let next = level + 1
      let needed = required.filter { ($0.level ?? 1) <= next }
      nextLevel = next
      metTowardNext = needed.filter(isMet).count
      requiredTowardNext = needed.count
      blockers = needed.filter { !isMet($0) }.map(\.id)
    } else {
      nextLevel = nil
      metTowardNext = 0
      requiredTowardNext = 0
      blockers = []
    }
    self.perLevel = perLevel
    unanswered = sheet.unanswered
  }
}
