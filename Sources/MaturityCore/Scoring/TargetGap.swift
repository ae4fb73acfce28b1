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
    switch score.result {
    case .mlTestScore(let mlts):
      steps = Self.mltsSteps(score, mlts, band: self.target)
    case .azure(let azure):
      steps = Self.azureSteps(score, azure, level: self.target)
    case .google:
      steps = Self.googleSteps(score, level: self.target)
    }
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

  /// The step for `question` toward option `goal`.
  static func step(_ score: FrameworkScore, _ question: Question, goal: Int, closes: Bool)
    -> Step
  {
    Step(
      questionID: question.id,
      effort: effort(score, question, to: goal),
      from: currentLabel(score, question.id),
      to: question.options[goal].label,
      goal: goal,
      advice: question.advice(from: position(score, question), to: goal),
      closesGap: closes
    )
  }

  private static func mltsSteps(_ score: FrameworkScore, _ mlts: MLTestScoreResult, band: Int)
    -> [Step]
  {
    let needed = MLTestScoreResult.bandUpperBounds[band - 1] + 0.5
    var steps: [Step] = []
    for section in score.bank.sections {
      let sum = mlts.sections.first { $0.id == section.id }?.points ?? 0
      guard sum < needed else { continue }
      var candidates: [(Question, Double, Int)] = section.questions.filter(score.sheet.applies)
        .compactMap { question in
          let points = score.sheet.chosen[question.id]?.points ?? 0
          guard points < 1 else { return nil }
          return (question, points, effort(score, question, to: question.options.count - 1))
        }
      candidates.sort { $0.2 != $1.2 ? $0.2 < $1.2 : $0.1 > $1.1 }
      var deficit = needed - sum
      for (question, points, _) in candidates {
        let top = question.options.count - 1
        let closes = deficit > 0
        // The least mature option that covers what the section still
        // lacks (the most mature when none does): "Manual" is enough when
        // half a point closes the gap.
        let wanted = min(deficit, 1 - points)
        let goal =
          closes
          ? question.options.firstIndex { ($0.points ?? 0) - points >= wanted } ?? top : top
        if closes { deficit -= (question.options[goal].points ?? 0) - points }
        steps.append(step(score, question, goal: goal, closes: closes))
      }
    }
    return steps.sorted { ($0.closesGap ? 0 : 1, $0.effort) < ($1.closesGap ? 0 : 1, $1.effort) }
  }

  private static func azureSteps(_ score: FrameworkScore, _ azure: AzureResult, level: Int)
    -> [Step]
  {
    var steps: [Step] = []
    for question in score.sheet.applicableQuestions
    where (azure.questionLevels[question.id] ?? 0) < level {
      guard let needed = question.options.firstIndex(where: { ($0.level ?? 0) >= level }) else {
        continue
      }
      steps.append(step(score, question, goal: needed, closes: true))
    }
    return steps.sorted { $0.effort < $1.effort }
  }

  private static func googleSteps(_ score: FrameworkScore, level: Int) -> [Step] {
    var steps: [Step] = []
    let inPlace = Set(score.sheet.chosen.filter { $0.value.points == 1 }.keys)
    let metGroups = Set(score.bank.questions.filter { inPlace.contains($0.id) }.compactMap(\.anyOf))
    var closingGroups = Set<String>()
    let candidates = score.sheet.applicableQuestions.filter { question in
      !question.optional && !question.recommended && (question.level ?? 1) <= level
        && !inPlace.contains(question.id) && !metGroups.contains(question.anyOf ?? "")
    }
    // Cheapest first, so that only one item of an any-of group closes it.
    let ordered = candidates.map { ($0, effort(score, $0, to: $0.options.count - 1)) }
      .sorted { $0.1 < $1.1 }
    for (question, _) in ordered {
      var closes = true
      if let group = question.anyOf { closes = closingGroups.insert(group).inserted }
      steps.append(step(score, question, goal: question.options.count - 1, closes: closes))
    }
    return steps.sorted { ($0.closesGap ? 0 : 1, $0.effort) < ($1.closesGap ? 0 : 1, $1.effort) }
  }
}
