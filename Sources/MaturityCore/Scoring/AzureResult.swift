/// The Azure MLOps maturity level of a session.
///
/// Each question's answer is a statement that holds up to some level (0-4).
/// A dimension (people, process, technology) is at the lowest level of its
/// questions; the overall level is the lowest of the three dimensions.
/// Unanswered questions count as level 0.
public struct AzureResult: Sendable, Equatable {
  /// One dimension's level.
  public struct DimensionLevel: Sendable, Equatable {
    /// The dimension.
    public var dimension: AzureDimension
    /// The lowest level of its questions.
    public var level: Int
    /// Its questions that hold it at ``level`` (they block the next level).
    public var blockers: [String]
    /// Questions in the dimension.
    public var total: Int
    /// Questions answered.
    public var answered: Int
  }

  /// The overall level, 0-4.
  public var level: Int
  /// Per-dimension levels, in people, process, technology order (only
  /// dimensions that have questions).
  public var dimensions: [DimensionLevel]
  /// Question ids below the next overall level, in bank order; empty at 4.
  public var blockers: [String]
  /// Each answered or unanswered question's level (0 when unanswered).
  public var questionLevels: [String: Int]
  /// Unanswered question ids, in bank order.
  public var unanswered: [String]

  /// Whether unanswered questions remain.
  public var provisional: Bool { !unanswered.isEmpty }

  /// Scores `sheet`.
  public init(_ sheet: AnswerSheet) {
    var levels: [String: Int] = [:]
    var dimensions: [DimensionLevel] = []
    for dimension in AzureDimension.allCases {
      let questions = sheet.bank.sections.filter { $0.dimension == dimension }.flatMap(\.questions)
      guard !questions.isEmpty else { continue }
      for question in questions { levels[question.id] = sheet.chosen[question.id]?.level ?? 0 }
      let lowest = questions.map { levels[$0.id] ?? 0 }.min() ?? 0
      dimensions.append(
        DimensionLevel(
          dimension: dimension,
          level: lowest,
          blockers: lowest < 4 ? questions.filter { levels[$0.id] == lowest }.map(\.id) : [],
          total: questions.count,
          answered: questions.filter { sheet.chosen[$0.id] != nil }.count
        )
      )
    }
    let overall = dimensions.map(\.level).min() ?? 0
    level = overall
    self.dimensions = dimensions
    questionLevels = levels
    blockers =
      overall < 4 ? sheet.bank.questions.filter { (levels[$0.id] ?? 0) <= overall }.map(\.id) : []
    unanswered = sheet.unanswered
  }

  /// The level of `dimension`, if the bank has questions in it.
  public func level(of dimension: AzureDimension) -> Int? {
    dimensions.first { $0.dimension == dimension }?.level
  }
}
