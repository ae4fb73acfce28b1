import MaturityCore
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
          "Agree an answer (proposes the majority; needs a vote)",
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

extension VotesWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    guard let entry = model.entries.first(where: { $0.question.id == id }) else {
      model.overlay = nil
      return []
    }
    let voters = model.voters
    // Past the last voter every voter has voted: a further vote key must
    // not overwrite the last one.
    var isVoteKey = key == .backspace || key == .delete
    if case .character = key { isVoteKey = true }
    if isVoteKey && isPastLastVoter(voters.count) {
      model.message = "everyone has voted: Enter agrees, ↑ changes a vote"
      return []
    }
    switch key {
    case .escape:
      model.overlay = nil
    case .down, .tab, .up, .backTab:
      var next = self
      if key == .down || key == .tab {
        next.next(of: voters.count)
      } else {
        next.previous(of: voters.count)
      }
      model.overlay = .votes(next)
    case .enter:
      guard !model.refusedAsReadOnly() else { return [] }
      let answer = model.session.answers[id]
      let spread = VoteSpread(question: entry.question, votes: answer?.votes ?? [:])
      // Without a vote there is no majority to propose: option 1 would
      // look like the room's choice.
      guard spread.allVotes > 0 else {
        model.message =
          "no votes yet, so nothing to agree on: vote first, or Esc and answer it directly"
        return []
      }
      let option =
        spread.proposesNotApplicable
        ? Answer.notApplicableValue : (spread.majority ?? entry.question.options[0]).id
      model.open(
        .agree(
          AgreeWindow(
            id: id,
            option: option,
            rationale: TextEditor(text: answer?.rationale ?? ""),
            dissent: TextEditor(text: answer?.dissent ?? "")
          )
        )
      )
    case .backspace, .delete, .character("0"):
      guard !model.refusedAsReadOnly() else { return [] }
      let value: String? = key == .character("0") ? Answer.notApplicableValue : nil
      return vote(value, model: &model, now: now)
    case .character(let typed):
      guard let option = entry.question.option(forKey: typed) else {
        model.explainIdleKey(key, question: entry.question)
        return []
      }
      guard !model.refusedAsReadOnly() else { return [] }
      return vote(option.id, model: &model, now: now)
    default:
      break
    }
    return []
  }

  /// Records the vote of the highlighted voter and highlights the next.
  /// Without named participants the placeholders P1…P5 become the
  /// participants at the first vote, so the grid stays the same and the
  /// file names who voted.
  private func vote(_ option: String?, model: inout WizardModel, now: Timestamp)
    -> [WizardEffect]
  {
    let voters = model.voters
    model.overlay = .votes(VotesWindow(id: id, row: row + 1))
    let placeholders: [SessionEdit] =
      model.session.participants.isEmpty && option != nil
      ? voters.map { .addParticipant($0) } : []
    let edit = SessionEdit.vote(question: id, participant: voters[row], option: option)
    return model.apply(placeholders + [edit], now: now) ?? []
  }

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let size = buffer.size
    guard let question = model.catalog.lookup(id)?.question else { return nil }
    let votes = model.session.answers[id]?.votes ?? [:]
    let voters = model.voters
    let spread = VoteSpread(question: question, votes: votes)
    // Short enough to leave the status line visible: it says why a key
    // did nothing.
    let height = min(size.rows - 4, voters.count + question.options.count + 8)
    let rect = Overlays.centered(columns: min(90, size.columns - 4), rows: height, in: size)
    let inner = Overlays.window("Votes · \(question.title)", rect, into: &buffer)
    var pane = PaneWriter(inner)
    let keys = question.options.enumerated().map { "\($0.offset + 1)/\($0.element.key)" }.joined(
      separator: " "
    )
    pane.wrapped(
      &buffer,
      VotesWindow.keys(voteKeys: keys).hints(separator: ", "),
      style: Theme.dim
    )
    let labels = voters.indices.map { model.voterLabel($0) }
    // A long name is cut with … so the votes stay in one column.
    let nameWidth = min(18, (labels.map { DisplayWidth.of($0) }.max() ?? 4) + 2)
    let visible = ScrollWindow.visibleRange(
      itemCount: voters.count,
      selected: min(row, voters.count - 1),
      height: max(1, inner.rows - question.options.count - 3)
    )
    for index in visible {
      let vote = votes[voters[index]]
      let label =
        vote == Answer.notApplicableValue
        ? "not applicable" : (vote.flatMap { question.option($0)?.label } ?? "·")
      var style: Style = .plain
      style.reverse = index == row
      pane.write(
        &buffer,
        [
          (Overlays.pad(DisplayWidth.truncate(labels[index], to: nameWidth - 1), nameWidth), style),
          (DisplayWidth.truncate(label, to: max(1, inner.columns - nameWidth)), style),
        ]
      )
    }
    pane.blank()
    let marker: (String, Style) =
      if spread.disagrees {
        ("votes disagree: discuss before agreeing", Theme.weak)
      } else if spread.total > 0 {
        ("votes agree", Theme.good)
      } else if spread.notApplicableVotes > 0 {
        ("all \(spread.notApplicableVotes) votes: not applicable", Theme.good)
      } else {
        ("no votes yet", Theme.dim)
      }
    pane.write(&buffer, [("Spread: ", Theme.title), marker])
    let maxVotes = max(1, spread.counts.map(\.votes).max() ?? 1)
    for (position, entry) in spread.counts.enumerated() {
      guard let screenRow = pane.nextRow else { break }
      let prefix = "\(position + 1) \(entry.option.key) \(entry.votes) "
      let start = buffer.write(prefix, column: inner.column, row: screenRow, style: Theme.key)
      buffer.drawBar(
        column: start,
        row: screenRow,
        width: 10,
        fraction: Double(entry.votes) / Double(maxVotes),
        style: Theme.bar,
        emptyStyle: Theme.emptyBar
      )
      buffer.write(
        " " + DisplayWidth.truncate(entry.option.label, to: max(1, inner.endColumn - start - 11)),
        column: start + 10,
        row: screenRow,
        maxWidth: max(0, inner.endColumn - start - 10)
      )
      pane.blank()
    }
    if spread.notApplicableVotes > 0 {
      pane.write(
        &buffer,
        [("0 – \(spread.notApplicableVotes) ", Theme.key), ("not applicable", .plain)]
      )
    }
    return nil
  }
}
