import MaturityCore
import TerminalUI

/// The workshop windows: not applicable, votes and spread, agreement,
/// evidence, target, action owner and due date.
enum WorkshopOverlays {
  static func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (
    column: Int, row: Int
  )? {
    let size = buffer.size
    switch model.overlay {
    case .notApplicable(let window):
      let (id, reason) = (window.id, window.reason)
      let columns = min(80, size.columns - 4)
      let explanation = TextWrap.wrap(
        "Why does it not apply? It still counts as not met. "
          + NotApplicableWindow.keys.hints(separator: ", ") + ".",
        width: columns - 4
      )
      let rect = Overlays.centered(columns: columns, rows: 5 + explanation.count, in: size)
      let inner = Overlays.window("Not applicable · \(id)", rect, into: &buffer)
      var pane = PaneWriter(inner)
      for line in explanation { pane.write(&buffer, [(line, Theme.dim)]) }
      return Overlays.field(
        reason,
        label: "reason: ",
        row: inner.row + explanation.count + 1,
        in: inner,
        into: &buffer
      )
    case .votes(let window):
      return drawVotes(model, id: window.id, row: window.row, into: &buffer)
    case .agree(let window):
      let (id, option) = (window.id, window.option)
      let question = model.catalog.lookup(id)?.question
      let label =
        option == Answer.notApplicableValue
        ? "N/A (does not apply; the reason goes in why)"
        : question?.option(option)?.label ?? option
      let rect = Overlays.centered(columns: min(84, size.columns - 4), rows: 8, in: size)
      let inner = Overlays.window("Agree · \(id)", rect, into: &buffer)
      var optionStyle = Theme.good
      optionStyle.reverse = window.focus == .answer
      buffer.write("answer:  ", column: inner.column, row: inner.row, style: Theme.key)
      buffer.write(
        "◂ \(DisplayWidth.truncate(label, to: max(1, inner.columns - 13))) ▸",
        column: inner.column + 9,
        row: inner.row,
        style: optionStyle,
        maxWidth: inner.columns - 9
      )
      let first = Overlays.field(
        window.rationale,
        label: "why:     ",
        row: inner.row + 2,
        in: inner,
        into: &buffer
      )
      let second = Overlays.field(
        window.dissent,
        label: "dissent: ",
        row: inner.row + 3,
        in: inner,
        into: &buffer
      )
      buffer.write(
        AgreeWindow.keys.hints(separator: " · "),
        column: inner.column,
        row: inner.row + 5,
        style: Theme.dim,
        maxWidth: inner.columns
      )
      switch window.focus {
      case .answer: return nil
      case .rationale: return first
      case .dissent: return second
      }
    case .evidence(let window):
      let (id, lines, confidence) = (window.id, window.lines, window.confidence)
      let rect = Overlays.centered(
        columns: min(84, size.columns - 4),
        rows: min(14, size.rows - 2),
        in: size
      )
      let inner = Overlays.window("Evidence · \(id)", rect, into: &buffer)
      buffer.write(
        "One per line: link or path | owner | date verified (YYYY-MM-DD)",
        column: inner.column,
        row: inner.row,
        style: Theme.dim,
        maxWidth: inner.columns
      )
      let confidenceText = confidence?.rawValue ?? "not set"
      buffer.write("confidence: ", column: inner.column, row: inner.endRow - 2, style: Theme.title)
      buffer.write(
        confidenceText,
        column: inner.column + 12,
        row: inner.endRow - 2,
        style: confidence == .verified ? Theme.good : Theme.warning
      )
      buffer.write(
        EvidenceWindow.keys.hints(separator: " · "),
        column: inner.column,
        row: inner.endRow - 1,
        style: Theme.dim,
        maxWidth: inner.columns
      )
      let area = Rect(
        column: inner.column,
        row: inner.row + 1,
        columns: inner.columns,
        rows: inner.rows - 4
      )
      return TextAreaView.draw(lines, in: area, into: &buffer)
    case .target(let window):
      let (bank, value) = (window.bank, window.value)
      let bankValue = model.banks[bank]
      let rect = Overlays.centered(
        columns: min(80, size.columns - 4),
        rows: 5 + bankValue.levels.count,
        in: size
      )
      let inner = Overlays.window("Target · \(bankValue.name)", rect, into: &buffer)
      var pane = PaneWriter(inner)
      for level in bankValue.levels {
        pane.write(&buffer, [("\(level.level)  ", Theme.key), (level.name, .plain)])
      }
      pane.write(
        &buffer,
        [
          (
            "Empty: one above the current result. "
              + TargetWindow.keys.hints(separator: ", ") + ".", Theme.dim
          )
        ]
      )
      return Overlays.field(
        value,
        label: "target: ",
        row: inner.endRow - 1,
        in: inner,
        into: &buffer
      )
    case .action(let window):
      let rect = Overlays.centered(columns: min(80, size.columns - 4), rows: 7, in: size)
      let inner = Overlays.window("Action · \(window.id)", rect, into: &buffer)
      let first = Overlays.field(
        window.owner,
        label: "owner: ",
        row: inner.row,
        in: inner,
        into: &buffer
      )
      let second = Overlays.field(
        window.due,
        label: "due (YYYY-MM-DD): ",
        row: inner.row + 1,
        in: inner,
        into: &buffer
      )
      buffer.write(
        ActionWindow.keys.hints(separator: " · "),
        column: inner.column,
        row: inner.row + 3,
        style: Theme.dim,
        maxWidth: inner.columns
      )
      return window.focus == .owner ? first : second
    default:
      return nil
    }
  }

  private static func drawVotes(
    _ model: WizardModel,
    id: String,
    row: Int,
    into buffer: inout ScreenBuffer
  ) -> (column: Int, row: Int)? {
    guard let question = model.catalog.lookup(id)?.question else { return nil }
    let size = buffer.size
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
      spread.disagrees
      ? ("votes disagree: discuss before agreeing", Theme.weak)
      : (spread.total > 0 ? ("votes agree", Theme.good) : ("no votes yet", Theme.dim))
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
