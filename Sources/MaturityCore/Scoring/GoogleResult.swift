/// The Google Cloud MLOps level of a session.
///
/// What the page requires is a **gate**: a required item, or an any-of
/// group (level 1's pipeline triggers: any one automatic kind will do).
/// Level 1 when every level-1 gate is in place ("yes"); level 2 when, in
/// addition, every level-2 gate is; else level 0. "Partly" does not count
/// as in place, and unanswered or N/A items count as not in place.
///
/// The page's examples (the CI tests it says CI "can include" and the CD
/// checks "you should consider") are **recommended** items: counted as
/// "N of M recommended checks in place", never holding a level. Optional
/// items never block a level either. Items the system's context rules out
/// (online validation for a batch-only system) are left out.
public struct GoogleResult: Sendable, Equatable {
  /// The level reached, 0-2.
  public var level: Int
  /// The next level, when below 2.
  public var nextLevel: Int?
  /// Gates in place that count toward ``nextLevel``.
  public var metTowardNext: Int
  /// Gates that ``nextLevel`` needs in all (its own and the levels below).
  public var requiredTowardNext: Int
  /// Items of gates not yet in place for ``nextLevel``, in bank order (every
  /// item of an unmet any-of group: any one of them would do).
  public var blockers: [String]
  /// Gates of one level: how many are in place.
  public struct LevelProgress: Sendable, Equatable {
    /// The level, 1 or 2.
    public var level: Int
    /// Gates of this level in place.
    public var met: Int
    /// Gates of this level.
    public var required: Int
  }

  /// Progress on the gates of level 1 and of level 2.
  public var perLevel: [LevelProgress]
  /// Recommended items (the page's examples) that count for this system.
  public var recommendedTotal: Int
  /// Recommended items in place.
  public var recommendedMet: Int
  /// Recommended items not in place, in bank order.
  public var recommendedMissing: [String]
  /// Item ids the system's context rules out, in bank order.
  public var doesNotApply: [String]
  /// Unanswered item ids, in bank order.
  public var unanswered: [String]

  /// Whether unanswered items remain.
  public var provisional: Bool { !unanswered.isEmpty }

  /// One gate: a single required item, or an any-of group's items.
  struct Gate {
    var level: Int
    var items: [Question]
  }

  /// The gates of `sheet`'s bank that count for the system, in bank order
  /// (a group at the place of its first item).
  static func gates(_ sheet: AnswerSheet) -> [Gate] {
    var gates: [Gate] = []
    var groupIndex: [String: Int] = [:]
    for question in sheet.applicableQuestions where !question.optional && !question.recommended {
      let level = question.level ?? 1
      if let group = question.anyOf {
        if let index = groupIndex[group] {
          gates[index].items.append(question)
          continue
        }
        groupIndex[group] = gates.count
      }
      gates.append(Gate(level: level, items: [question]))
    }
    return gates
  }

  /// Scores `sheet`.
  public init(_ sheet: AnswerSheet) {
    func isMet(_ question: Question) -> Bool { sheet.chosen[question.id]?.points == 1 }
    func gateMet(_ gate: Gate) -> Bool { gate.items.contains(where: isMet) }
    let gates = Self.gates(sheet)
    perLevel = (1...2).map { level in
      let atLevel = gates.filter { $0.level == level }
      return LevelProgress(
        level: level,
        met: atLevel.filter(gateMet).count,
        required: atLevel.count
      )
    }
    let levelOneDone = gates.filter { $0.level == 1 }.allSatisfy(gateMet)
    let levelTwoDone = levelOneDone && gates.filter { $0.level == 2 }.allSatisfy(gateMet)
    level = levelTwoDone ? 2 : (levelOneDone ? 1 : 0)
    if level < 2 {
      let next = level + 1
      let needed = gates.filter { $0.level <= next }
      nextLevel = next
      metTowardNext = needed.filter(gateMet).count
      requiredTowardNext = needed.count
      blockers = needed.filter { !gateMet($0) }.flatMap { $0.items.map(\.id) }
    } else {
      nextLevel = nil
      metTowardNext = 0
      requiredTowardNext = 0
      blockers = []
    }
    let recommended = sheet.applicableQuestions.filter(\.recommended)
    recommendedTotal = recommended.count
    recommendedMet = recommended.filter(isMet).count
    recommendedMissing = recommended.filter { !isMet($0) }.map(\.id)
    doesNotApply = sheet.bank.questions.map(\.id).filter { sheet.doesNotApply[$0] != nil }
    unanswered = sheet.unanswered
  }
}
