/// How a workshop's votes on one question are spread over its options.
///
/// Disagreement is the signal: it shows what the team assumes rather than
/// knows, so the facilitator takes the most spread questions first.
public struct VoteSpread: Sendable, Equatable {
  /// Votes per option, in option order (options nobody chose count 0).
  public var counts: [(option: AnswerOption, votes: Int)]
  /// Votes naming no option of the question (kept, not counted).
  public var unknownVotes: Int
  /// Votes for "not applicable".
  public var notApplicableVotes: Int

  /// The spread of `votes` over `question`'s options.
  public init(question: Question, votes: [String: String]) {
    var tally: [String: Int] = [:]
    var unknown = 0
    var notApplicable = 0
    for value in votes.values {
      if value == Answer.notApplicableValue {
        notApplicable += 1
      } else if question.option(value) != nil {
        tally[value, default: 0] += 1
      } else {
        unknown += 1
      }
    }
    counts = question.options.map { ($0, tally[$0.id] ?? 0) }
    unknownVotes = unknown
    notApplicableVotes = notApplicable
  }

  /// Votes cast for options.
  public var total: Int { counts.reduce(0) { $0 + $1.votes } }

  /// How many different answers were voted (options and not applicable).
  public var distinct: Int {
    counts.filter { $0.votes > 0 }.count + (notApplicableVotes > 0 ? 1 : 0)
  }

  /// Whether the votes disagree.
  public var disagrees: Bool { distinct > 1 }

  /// Options between the least and the most mature answer voted (0 when
  /// all agree or nobody voted).
  public var range: Int {
    let voted = counts.indices.filter { counts[$0].votes > 0 }
    guard let low = voted.first, let high = voted.last else { return 0 }
    return high - low
  }

  /// The most voted option; ties go to the less mature one, so an agreed
  /// answer never overstates the team.
  public var majority: AnswerOption? {
    var best: (option: AnswerOption, votes: Int)?
    for entry in counts where entry.votes > (best?.votes ?? 0) { best = entry }
    return best?.option
  }

  /// Whether the votes say N/A: more than half of the counted votes (for
  /// options and N/A; votes naming no option do not count) are N/A.
  /// Otherwise the agreement proposes `majority`: a split between N/A and an
  /// option is not agreement that the question does not apply, and an N/A
  /// answer takes the question off the action backlog.
  public var proposesNotApplicable: Bool {
    notApplicableVotes * 2 > total + notApplicableVotes
  }

  public static func == (lhs: VoteSpread, rhs: VoteSpread) -> Bool {
    lhs.counts.map(\.option) == rhs.counts.map(\.option)
      && lhs.counts.map(\.votes) == rhs.counts.map(\.votes)
      && lhs.unknownVotes == rhs.unknownVotes && lhs.notApplicableVotes == rhs.notApplicableVotes
  }
}
