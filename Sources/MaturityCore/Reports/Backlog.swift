/// The action backlog: every question not yet at its most mature answer
/// becomes an action, those that close the gap to the target first.
public struct Backlog: Sendable {
  /// One action.
  public struct Item: Sendable, Equatable {
    /// Framework id.
    public var framework: String
    /// Framework name.
    public var frameworkName: String
    /// Section title.
    public var section: String
    /// The question.
    public var questionID: String
    /// The question's title.
    public var title: String
    /// The current answer.
    public var current: String
    /// The answer that closes the gap, or the most mature one.
    public var goal: String
    /// How to improve, from the bank.
    public var improve: String
    /// Option steps to the goal.
    public var effort: Int
    /// Whether it is needed to reach the target.
    public var closesTargetGap: Bool
    /// Who owns it.
    public var owner: String
    /// When it is due.
    public var due: String
    /// The team's note, if any.
    public var note: String

    /// A one-line summary for issue trackers.
    public var summary: String { "\(frameworkName): \(title)" }
    /// Labels for issue trackers.
    public var labels: [String] {
      ["mlmaturity", framework] + (closesTargetGap ? ["target-gap"] : [])
    }
  }

  /// The actions, framework by framework: target-gap items (smallest effort
  /// first), then the rest in bank order.
  public let items: [Item]
  /// The target gaps the items were derived from.
  public let gaps: [TargetGap]

  /// The backlog of `session`.
  public init(session: Session, scores: [FrameworkScore]) {
    var items: [Item] = []
    var gaps: [TargetGap] = []
    for score in scores {
      let gap = TargetGap(score: score, target: session.targets[score.bank.id])
      gaps.append(gap)
      var seen = Set<String>()
      func item(_ question: Question, goal: String, effort: Int, closes: Bool) -> Item {
        let answer = session.answers[question.id]
        return Item(
          framework: score.bank.id,
          frameworkName: score.bank.name,
          section: score.bank.section(ofQuestion: question.id)?.title ?? "",
          questionID: question.id,
          title: question.title,
          current: TargetGap.currentLabel(score, question.id),
          goal: goal,
          improve: question.improve,
          effort: effort,
          closesTargetGap: closes,
          owner: answer?.owner ?? "",
          due: answer?.due ?? "",
          note: answer?.note ?? ""
        )
      }
      for step in gap.steps where step.closesGap {
        guard let question = score.bank.question(step.questionID) else { continue }
        seen.insert(step.questionID)
        items.append(item(question, goal: step.to, effort: step.effort, closes: true))
      }
      for question in score.bank.questions where !seen.contains(question.id) {
        let top = question.options.count - 1
        let answeredAtTop =
          score.sheet.chosen[question.id] != nil && TargetGap.position(score, question) == top
        guard !answeredAtTop else { continue }
        items.append(
          item(
            question,
            goal: question.options.last?.label ?? "",
            effort: TargetGap.effort(score, question, to: top),
            closes: false
          )
        )
      }
    }
    self.items = items
    self.gaps = gaps
  }
}
