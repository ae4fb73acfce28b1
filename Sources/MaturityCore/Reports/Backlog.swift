/// The action backlog: every question not yet at its most mature answer
/// becomes an action, those that close the gap to the target first.
///
/// A Google recommended check (one of the page's examples) is listed as
/// recommended, never as closing a gap. A question the team marked N/A is
/// listed apart, "marked not applicable: confirm", not as an action. A
/// question the system's context rules out is not listed.
public struct Backlog: Sendable {
  /// What an item asks of the team.
  public enum Kind: String, Sendable, Equatable {
    /// Improve the answer.
    case action
    /// A recommended check (never holds a level).
    case recommended
    /// The team marked it N/A: confirm that it does not apply.
    case confirm
  }

  /// How urgent an item is, most urgent first.
  public enum Priority: Int, Sendable, Comparable, CaseIterable {
    /// Needed to reach the team's target.
    case target
    /// Holds the framework below its next level or band.
    case nextLevel
    /// A further step towards the most mature answer.
    case later
    /// A recommended check (never holds a level).
    case recommended
    /// Marked N/A by the team: confirm that it does not apply.
    case confirm

    /// The word trackers and reports show: `blocks the target`, …
    public var label: String {
      switch self {
      case .target: "blocks the target"
      case .nextLevel: "blocks the next level"
      case .later: "further step"
      case .recommended: "recommended"
      case .confirm: "confirm N/A"
      }
    }

    /// Ordered by urgency.
    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }
  }

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
    /// How to improve, from the current answer to the goal: the bank's
    /// per-option steps (or the question's one `improve` text when the bank
    /// gives none).
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
    /// What the item asks.
    public var kind: Kind = .action
    /// Whether it holds the framework below its next level or band.
    public var blocksNextLevel = false

    /// How urgent it is, from the gap it closes.
    public var priority: Priority {
      if kind == .confirm { return .confirm }
      if closesTargetGap { return .target }
      if kind == .recommended { return .recommended }
      return blocksNextLevel ? .nextLevel : .later
    }

    /// A one-line summary for issue trackers.
    public var summary: String { "\(frameworkName): \(title)" }
    /// Labels for issue trackers.
    public var labels: [String] {
      ["mlmaturity", framework] + (closesTargetGap ? ["target-gap"] : [])
        + (kind == .action ? [] : [kind == .recommended ? "recommended" : "confirm-not-applicable"])
    }
  }

  /// The actions, framework by framework: target-gap items (smallest effort
  /// first), then the rest in bank order.
  public internal(set) var items: [Item]
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
      func item(_ question: Question, goal: Int, effort: Int, closes: Bool) -> Item {
        let answer = session.answers[question.id]
        return Item(
          framework: score.bank.id,
          frameworkName: score.bank.name,
          section: score.bank.section(ofQuestion: question.id)?.title ?? "",
          questionID: question.id,
          title: question.title,
          current: TargetGap.currentLabel(score, question.id),
          goal: question.options[goal].label,
          improve: question.advice(from: TargetGap.position(score, question), to: goal),
          effort: effort,
          closesTargetGap: closes,
          owner: answer?.owner ?? "",
          due: answer?.due ?? "",
          note: answer?.note ?? ""
        )
      }
      var closing: [String: TargetGap.Step] = [:]
      for step in gap.steps where step.closesGap {
        guard let question = score.bank.question(step.questionID) else { continue }
        // A team's N/A is listed below, to confirm, with this step's goal.
        guard score.sheet.notApplicable[question.id] == nil else {
          closing[question.id] = step
          continue
        }
        seen.insert(step.questionID)
        var next = item(question, goal: step.goal, effort: step.effort, closes: true)
        next.blocksNextLevel = score.blockers.contains(question.id)
        items.append(next)
      }
      for question in score.sheet.applicableQuestions where !seen.contains(question.id) {
        let top = question.options.count - 1
        let answeredAtTop =
          score.sheet.chosen[question.id] != nil && TargetGap.position(score, question) == top
        guard !answeredAtTop else { continue }
        // The answer that reaches the target when the gap needs this
        // question (a team's N/A), else the most mature one.
        let goal = closing[question.id]?.goal ?? top
        var next = item(
          question,
          goal: goal,
          effort: TargetGap.effort(score, question, to: goal),
          closes: false
        )
        next.blocksNextLevel = score.blockers.contains(question.id)
        if score.sheet.notApplicable[question.id] != nil {
          next.kind = .confirm
        } else if question.recommended {
          next.kind = .recommended
        }
        items.append(next)
      }
    }
    self.items = items
    self.gaps = gaps
  }
}
