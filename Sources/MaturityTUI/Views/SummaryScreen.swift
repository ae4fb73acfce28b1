import MaturityCore
import TerminalUI

/// The summary screen (every framework's result) and the "how was this
/// computed" screen behind each.
enum SummaryScreen {
  static func draw(
    _ model: WizardModel,
    selected: Int,
    in body: Rect,
    into buffer: inout ScreenBuffer
  ) {
    let inner = MainScreen.frame("Summary", body, focused: true, into: &buffer)
    // Draw everything into a tall buffer, then show the window that keeps
    // the selected framework in view.
    var content = ScreenBuffer(size: Size(columns: inner.columns, rows: 200))
    var pane = PaneWriter(content.bounds)
    pane.wrapped(
      &content,
      "\(model.answeredCount) of \(model.totalCount) questions answered. "
        + "Enter on a framework shows how its result was computed.",
      style: Theme.dim
    )
    pane.blank()
    var blocks: [Range<Int>] = []
    for (index, bank) in model.banks.enumerated() {
      guard let score = model.score(ofBank: index) else { continue }
      let start = pane.line
      var style = Theme.title
      style.reverse = index == selected
      let heading = DisplayWidth.truncate(
        "\(bank.name): \(bank.title)",
        to: max(1, inner.columns - 2)
      )
      pane.write(&content, [(index == selected ? "▸ " : "  ", Theme.key), (heading, style)])
      ScorePanel.lines(for: score, into: &pane, buffer: &content, detailed: true)
      pane.write(&content, [("  " + targetText(score, model: model), Theme.dim)])
      if !score.blockers.isEmpty {
        pane.wrapped(
          &content,
          ScorePanel.blockerSummary(score),
          style: Theme.dim,
          prefix: "  Next: ",
          prefixStyle: Theme.title,
          indent: 8
        )
      }
      blocks.append(start..<pane.line)
      pane.blank()
    }
    var top = 0
    if blocks.indices.contains(selected), blocks[selected].upperBound > inner.rows {
      top = min(blocks[selected].lowerBound, blocks[selected].upperBound - inner.rows)
    }
    buffer.draw(content, fromRow: top, into: inner)
    if pane.line - top > inner.rows {
      buffer.write(
        " more ↓ (↑/↓) ",
        column: body.endColumn - 16,
        row: body.endRow - 1,
        style: Theme.dim
      )
    }
  }

  /// `Target: level 2 (reached)`, `Target: band (1, 2] (not reached)`, or
  /// how to set one: what the team aims for, next to what it has.
  static func targetText(_ score: FrameworkScore, model: WizardModel) -> String {
    guard let target = model.session.targets[score.bank.id] else {
      return "Target: none set (t on a question sets one)"
    }
    let rung = score.bank.scoring.rule.rungText(target, of: score.bank, named: false)
    let gap = TargetGap(score: score, target: target)
    return "Target: \(rung) (\(gap.reached ? "reached" : "not reached"))"
  }

  static func drawExplanation(
    _ model: WizardModel,
    bank: Int,
    scroll: Int,
    in body: Rect,
    into buffer: inout ScreenBuffer
  ) {
    guard model.banks.indices.contains(bank), let score = model.score(ofBank: bank) else { return }
    let inner = MainScreen.frame(
      "How was this computed: \(score.bank.name)",
      body,
      focused: true,
      into: &buffer
    )
    var content = ScreenBuffer(size: Size(columns: inner.columns, rows: 400))
    var pane = PaneWriter(content.bounds)
    writeExplanation(score, into: &pane, buffer: &content)
    let top = min(max(0, scroll), max(0, pane.line - inner.rows))
    buffer.draw(content, fromRow: top, into: inner)
    // The lines that decide the result come last: say when they are below.
    if pane.line - top > inner.rows {
      let hint = " more ↓ (↓, PgDn) "
      let width = DisplayWidth.of(hint)
      buffer.write(hint, column: body.endColumn - width - 1, row: body.endRow - 1, style: Theme.dim)
    }
  }

  /// Lines the explanation of `score` needs at `width`.
  static func explanationLineCount(_ score: FrameworkScore, width: Int) -> Int {
    var scratch = ScreenBuffer(size: Size(columns: max(1, width), rows: 1))
    var pane = PaneWriter(Rect(column: 0, row: 0, columns: max(1, width), rows: 1))
    writeExplanation(score, into: &pane, buffer: &scratch)
    return pane.line
  }

  private static func writeExplanation(
    _ score: FrameworkScore,
    into pane: inout PaneWriter,
    buffer content: inout ScreenBuffer
  ) {
    for line in Explanation.lines(for: score) {
      let indented = line.hasPrefix("  ")
      let style: Style = line.contains("<-") ? Theme.weak : (indented ? .plain : Theme.title)
      pane.wrapped(
        &content,
        indented ? String(line.dropFirst(2)) : line,
        style: style,
        prefix: indented ? "  " : "",
        indent: indented ? 7 : 0
      )
    }
  }
}
