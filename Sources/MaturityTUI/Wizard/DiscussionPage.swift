import MaturityCore
import TerminalUI

/// The discussion list (`w`): questions with votes, the most split room
/// first; Enter goes to the highlighted one, a agrees on a unanimous vote.
public struct DiscussionPage: WizardPage, Equatable {
  /// The highlighted row (a position in ``WizardModel/discussionOrder``).
  public var selected: Int

  /// The list with row `selected` highlighted.
  public init(selected: Int = 0) {
    self.selected = selected
  }

  /// The discussion list's keys.
  public static let keys = KeyTable<WizardKeys.ScreenAction>(
    "discussion",
    WizardKeys.moves(noun: "question", footer: "↑/↓")
      + [
        WizardKeys.choose([.enter], "Go to the highlighted question", "go to it"),
        WizardKeys.back([.character("w")], "Back to the questions (w, b, ← and Backspace too)"),
        WizardKeys.help, WizardKeys.quit,
        KeyRow(
          keys: [.character("a")],
          label: "a",
          action: .agreeUnanimous,
          help: "Agree on a unanimous vote (rationale \"unanimous\")",
          hint: "agree if unanimous"
        ),
      ]
  )

  public func handle(
    _ action: WizardKeys.ScreenAction?,
    key: Key,
    model: inout WizardModel,
    now: Timestamp
  ) -> [WizardEffect] {
    let order = model.discussionOrder
    switch action {
    case .move(let move):
      model.show(DiscussionPage(selected: ListState.moved(selected, count: order.count, by: move)))
    case .choose:
      if order.indices.contains(selected) { model.move(to: order[selected]) }
      model.screen = .questions
    case .agreeUnanimous:
      return model.acceptUnanimous(selected: selected, order: order, now: now)
    default:
      return model.handleScreenAction(action, key: key)
    }
    return []
  }

  public func draw(_ model: WizardModel, in body: Rect, into buffer: inout ScreenBuffer) {
    let inner = MainScreen.frame(
      "Discussion: the most split room first",
      body,
      focused: true,
      into: &buffer
    )
    let order = model.discussionOrder
    guard !order.isEmpty else {
      buffer.write(
        "No votes yet. On a question, press v to record each participant's vote.",
        column: inner.column,
        row: inner.row,
        style: Theme.dim,
        maxWidth: inner.columns
      )
      return
    }
    // A column header, then the legend at the foot, so the figures explain
    // themselves.
    let columns = "   top   votes per answer    state   question"
    buffer.write(
      columns,
      column: inner.column,
      row: inner.row,
      style: Theme.title,
      maxWidth: inner.columns
    )
    let legend = TextWrap.wrap(
      "top: share of the most common answer, lowest (most split) first · "
        + "votes: per answer 1/2/3… in option order, then n/a · ≠ votes disagree",
      width: inner.columns
    ).prefix(3)
    for (offset, line) in legend.enumerated() {
      buffer.write(
        line,
        column: inner.column,
        row: inner.endRow - legend.count + offset,
        style: Theme.dim,
        maxWidth: inner.columns
      )
    }
    let list = Rect(
      column: inner.column,
      row: inner.row + 1,
      columns: inner.columns,
      rows: max(1, inner.rows - 2 - legend.count)
    )
    let visible = ScrollWindow.visibleRange(
      itemCount: order.count,
      selected: selected,
      height: list.rows
    )
    for (offset, position) in visible.enumerated() {
      let question = model.entries[order[position]].question
      let spread = VoteSpread(
        question: question,
        votes: model.session.answers[question.id]?.votes ?? [:]
      )
      let share = "\(Int((spread.topShare * 100).rounded()))%"
      // Agreed only when the room agreed (the agree window, or a rationale
      // from an older file), not because an answer was there before the
      // votes.
      let answer = model.session.answers[question.id]
      let agreed = answer?.agreed != nil || answer?.rationale != nil ? "agreed" : "open"
      var style: Style = spread.disagrees ? Theme.weak : Theme.good
      style.reverse = position == selected
      let row = list.row + offset
      var column = buffer.write(
        spread.disagrees ? "≠ " : "= ",
        column: list.column,
        row: row,
        style: style
      )
      column = buffer.write(
        Overlays.pad(share, 6) + Overlays.pad(spread.countsText, 20) + Overlays.pad(agreed, 8),
        column: column,
        row: row,
        style: position == selected ? Style(reverse: true) : Theme.dim
      )
      buffer.write(
        question.title,
        column: column,
        row: row,
        style: position == selected ? Style(reverse: true) : .plain,
        maxWidth: max(0, list.endColumn - column)
      )
    }
  }
}
