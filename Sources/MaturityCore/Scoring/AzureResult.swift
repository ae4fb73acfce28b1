/// The Azure MLOps maturity level of a session.
///
/// Each question's answer is a statement that holds up to some level (0-4).
/// A dimension (people, process, technology) is at the lowest level of its
/// questions; the overall level is the lowest of the three dimensions.
///
/// The Azure model gives no formula: "a level is reached when every
/// statement holds at it" is the tool's reading. An unanswered question, or
/// one the team marked N/A, counts as the lowest answer: the level of the
/// question's least mature option (N/A never raises a result, and never
/// scores below the worst real answer). Questions the system's context
/// rules out are left out.
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
  /// Each counted question's level (the least mature option's level when
  /// unanswered or N/A).
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
      let questions = sheet.bank.sections.filter { $0.dimension == dimension }
        .flatMap(\.questions).filter(sheet.applies)
      guard !questions.isEmpty else { continue }
      for question in questions { levels[question.id] = Self.level(of: question, in: sheet) }
      let lowest = questions.map { levels[$0.id] ?? 0 }.min() ?? 0
      dimensions.append(
        DimensionLevel(
          dimension: dimension,
          level: lowest,
          blockers: lowest < 4 ? questions.filter { levels[$0.id] == lowest }.map(\.id) : [],
          total: questions.count,
          answered: questions.filter {
            sheet.chosen[$0.id] != nil || sheet.notApplicable[$0.id] != nil
          }.count
        )
      )
    }
    let overall = dimensions.map(\.level).min() ?? 0
    level = overall
    self.dimensions = dimensions
    questionLevels = levels
    blockers =
      overall < 4
      ? sheet.applicableQuestions.filter { (levels[$0.id] ?? 0) <= overall }.map(\.id) : []
    unanswered = sheet.unanswered
  }

  /// The level `question` holds: its chosen option's, or, unanswered or
  /// N/A, its least mature option's.
  public static func level(of question: Question, in sheet: AnswerSheet) -> Int {
    sheet.chosen[question.id]?.level ?? question.options.compactMap(\.level).min() ?? 0
  }

  /// The level of `dimension`, if the bank has questions in it.
  public func level(of dimension: AzureDimension) -> Int? {
    dimensions.first { $0.dimension == dimension }?.level
  }
}
