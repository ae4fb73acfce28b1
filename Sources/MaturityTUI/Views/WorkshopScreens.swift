import MaturityCore
import TerminalUI

/// Full screens for workshops: the discussion list and the action backlog.
enum WorkshopScreens {
  static func drawDiscussion(
    _ model: WizardModel,
    selected: Int,
    in body: Rect,
    into buffer: inout ScreenBuffer
  ) {
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

  static func drawBacklog(
    _ model: WizardModel,
    selected: Int,
    in body: Rect,
    into buffer: inout ScreenBuffer
  ) {
    let backlog = model.backlog
    let inner = MainScreen.frame(
      "Actions: \(backlog.items.count) (target gaps first)",
      body,
      focused: true,
      into: &buffer
    )
    var header: [String] = []
    for gap in backlog.gaps {
      let name = model.catalog.bank(gap.framework).map(ScorePanel.shortName(of:)) ?? gap.framework
      let state = gap.reached ? "\(gap.target) reached" : "\(gap.current) → \(gap.target)"
      header.append("\(name) \(state)")
    }
    buffer.write(
      DisplayWidth.truncate("Targets: " + header.joined(separator: " · "), to: inner.columns),
      column: inner.column,
      row: inner.row,
      style: Theme.title,
      maxWidth: inner.columns
    )
    let list = Rect(
      column: inner.column,
      row: inner.row + 2,
      columns: inner.columns,
      rows: inner.rows - 6
    )
    let items = model.backlogItems
    let visible = ScrollWindow.visibleRange(
      itemCount: items.count,
      selected: selected,
      height: list.rows
    )
    for (offset, position) in visible.enumerated() {
      let item = items[position]
      let row = list.row + offset
      let isSelected = position == selected
      var mark = item.closesTargetGap ? Theme.warning : Theme.dim
      mark.reverse = isSelected
      var column = buffer.write(
        item.closesTargetGap ? "▲ " : (item.kind == .confirm ? "? " : "  "),
        column: list.column,
        row: row,
        style: mark
      )
      let owner = item.owner.isEmpty ? "" : " @\(item.owner)"
      let due = item.due.isEmpty ? "" : " due \(item.due)"
      let text =
        "\(ScorePanel.shortName(of: model.catalog.bank(item.framework) ?? model.banks[0])): "
        + "\(item.title)\(owner)\(due)"
      column = buffer.write(
        DisplayWidth.truncate(text, to: max(1, list.endColumn - column)),
        column: column,
        row: row,
        style: isSelected ? Style(reverse: true) : .plain,
        maxWidth: max(0, list.endColumn - column)
      )
    }
    if items.indices.contains(selected) {
      let item = items[selected]
      var pane = PaneWriter(
        Rect(column: inner.column, row: inner.endRow - 3, columns: inner.columns, rows: 3)
      )
      pane.write(
        &buffer,
        [
          ("Now: ", Theme.title),
          (DisplayWidth.truncate(item.current + " → " + item.goal, to: inner.columns - 5), .plain),
        ]
      )
      pane.wrapped(
        &buffer,
        item.improve,
        style: Theme.dim,
        prefix: "How: ",
        prefixStyle: Theme.title,
        indent: 5
      )
    }
  }
}
