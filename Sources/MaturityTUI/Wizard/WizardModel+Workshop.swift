import MaturityCore
import TerminalUI

/// Workshop features: the discussion list's order and the action backlog.
extension WizardModel {
  // MARK: - Screens

  /// Entry positions of questions with votes, the most split room first:
  /// the lowest share of the most common answer, then the widest distance
  /// between the answers voted, then question order.
  public var discussionOrder: [Int] {
    let voted = entries.indices.compactMap { index -> (Int, VoteSpread)? in
      guard let votes = session.answers[entries[index].question.id]?.votes, !votes.isEmpty else {
        return nil
      }
      return (index, VoteSpread(question: entries[index].question, votes: votes))
    }
    return voted.sorted { lhs, rhs in
      if lhs.1.topShare != rhs.1.topShare { return lhs.1.topShare < rhs.1.topShare }
      return (lhs.1.range, -lhs.0) > (rhs.1.range, -rhs.0)
    }.map(\.0)
  }

  /// The backlog of the session as it stands.
  public var backlog: Backlog { Backlog(session: session, scores: scores) }

  /// The backlog's items as the screen lists them: those that close a gap
  /// to a target first, in the command line's order.
  public var backlogItems: [Backlog.Item] { BacklogReport.ordered(backlog) }
}
