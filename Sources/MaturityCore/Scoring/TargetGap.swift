/// The distance from a framework's result to the team's target, and the
/// questions that close it, smallest effort first.
///
/// Effort counts option steps: ML Test Score "manual → automated" is one
/// step, "not done → automated" two, so cheap wins come first.
public struct TargetGap: Sendable, Equatable {
  /// One question to improve.
  public struct Step: Sendable, Equatable {
    /// The question.
    public var questionID: String
    /// Option steps from the current answer to the one needed.
    public var effort: Int
    /// The current answer's label (`unanswered`, `not applicable: …`).
    public var from: String
    /// The label of the answer needed.
    public var to: String
    /// The position of the answer needed among the question's options.
    public var goal: Int
    /// How to get there from the current answer: the bank's per-option
    /// steps (or its one `improve` text).
    public var advice: String
    /// Whether this step is among the fewest that reach the target.
    public var closesGap: Bool

    /// A step on `question` of `score` from its current answer to option
    /// `goal`.
    init(_ score: FrameworkScore, _ question: Question, goal: Int, closesGap: Bool) {
      questionID = question.id
      effort = TargetGap.effort(score, question, to: goal)
      from = TargetGap.currentLabel(score, question.id)
      to = question.options[goal].label
      self.goal = goal
      advice = question.advice(from: TargetGap.position(score, question), to: goal)
      self.closesGap = closesGap
    }
  }

  /// The framework's bank id.
  public var framework: String
  /// The current level or band.
  public var current: Int
  /// The target level or band.
  public var target: Int
  /// Whether the target is the default (one above the current result).
  public var isDefaultTarget: Bool
  /// The steps, smallest effort first.
  public var steps: [Step]

  /// Whether the target is reached.
  public var reached: Bool { current >= target }

  /// The gap for `score` toward `target` (default: one above the current
  /// level or band, capped at the top).
  public init(score: FrameworkScore, target: Int?) {
    let top = score.bank.levels.count - 1
    framework = score.bank.id
    current = score.rung
    isDefaultTarget = target == nil
    self.target = min(max(target ?? current + 1, 0), top)
    steps = []
    guard current < self.target else { return }
    steps = score.result.targetSteps(score, toward: self.target)
  }

  /// How a question's current answer reads.
  static func currentLabel(_ score: FrameworkScore, _ id: String) -> String {
    if let reason = score.sheet.doesNotApply[id] { return "does not apply: \(reason)" }
    if let option = score.sheet.chosen[id] { return option.label }
    if let reason = score.sheet.notApplicable[id] { return "not applicable: \(reason)" }
    return "unanswered"
  }

  /// Position of the current option. An unanswered or not-applicable
  /// question counts as its first (least mature) option, as in scoring.
  static func position(_ score: FrameworkScore, _ question: Question) -> Int {
    guard let chosen = score.sheet.chosen[question.id] else { return 0 }
    return question.options.firstIndex(of: chosen) ?? 0
  }

  /// The step from the current answer to the next more mature option
  /// (unanswered and not applicable start from the least mature one), or
  /// `nil` when the answer is already the most mature.
  public static func nextStep(_ score: FrameworkScore, _ question: Question) -> String? {
    let start = position(score, question)
    let answeredAtTop =
      score.sheet.chosen[question.id] != nil && start == question.options.count - 1
    return answeredAtTop ? nil : question.nextStep(from: start)
  }

  /// Option steps from the current answer to option `target`; at least 1
  /// (an unanswered question still needs answering).
  static func effort(_ score: FrameworkScore, _ question: Question, to target: Int) -> Int {
    max(1, target - position(score, question))
  }

  /// `steps` with those that close the gap first, each group by effort.
  static func closingFirst(_ steps: [Step]) -> [Step] {
    steps.sorted { ($0.closesGap ? 0 : 1, $0.effort) < ($1.closesGap ? 0 : 1, $1.effort) }
  }
}
