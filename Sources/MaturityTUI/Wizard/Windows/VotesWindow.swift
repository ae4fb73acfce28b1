import TerminalUI

/// The vote grid's state (`v`): question `id` and the highlighted voter.
/// `row` may be one past the last voter: then everyone has voted, and a
/// further vote key overwrites nobody's vote.
public struct VotesWindow: Sendable, Equatable {
  /// The question.
  public var id: String
  /// The highlighted voter (a position in ``WizardModel/voters``).
  public var row: Int

  /// The grid of `id` with voter `row` highlighted.
  public init(id: String, row: Int = 0) {
    self.id = id
    self.row = row
  }

  /// The vote grid; `voteKeys` are the question's answer keys (`1/a 2/b`).
  public static func keys(voteKeys: String) -> KeyTable<OverlayKeys.Action> {
    KeyTable(
      "votes",
      [
        OverlayKeys.row([], "Keys \(voteKeys)", .vote, "The highlighted person's vote", "vote"),
        OverlayKeys.row([.character("0")], "0", .notApplicable, "A vote for N/A", "n/a"),
        OverlayKeys.row([.delete, .backspace], "Del", .clearVote, "Clear the vote", "clears"),
        OverlayKeys.row(
          [.up, .down, .tab, .backTab],
          "↑/↓",
          .move(.next),
          "Another person",
          "person"
        ),
        OverlayKeys.row(
          [.enter],
          "Enter",
          .agree,
          "Agree an answer (proposes the majority)",
          "agree"
        ),
        OverlayKeys.row([.escape], "Esc", .cancel, "Close (every vote is already saved)", "close"),
      ]
    )
  }

  /// Whether every one of `voters` voters has voted in this pass.
  func isPastLastVoter(_ voters: Int) -> Bool { row >= voters }

  /// The next voter (it stays past the last once there).
  mutating func next(of voters: Int) {
    if row < voters { row = min(row + 1, voters - 1) }
  }

  /// The previous voter (from past the last: the last).
  mutating func previous(of voters: Int) {
    row = max(min(row, voters) - 1, 0)
  }
}
