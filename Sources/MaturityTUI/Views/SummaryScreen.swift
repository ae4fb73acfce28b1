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
    var pane = PaneWriter(inner)
    pane.write(
      &buffer,
      [
        ("\(model.answeredCount) of \(model.totalCount) questions answered. ", .plain),
        ("Enter on a framework shows how its result was computed.", Theme.dim),
      ]
    )
    pane.blank()
    for (index, bank) in model.banks.enumerated() {
      guard let score = model.score(ofBank: index) else { continue }
      let marker = index == selected ? "▸ " : "  "
      var style = Theme.title
      style.reverse = index == selected
      pane.write(&buffer, [(marker, Theme.key), (" \(bank.title) ", style)])
      ScorePanel.lines(for: score, into: &pane, buffer: &buffer, detailed: true)
      if !score.blockers.isEmpty {
        pane.write(
          &buffer,
          [("  Next: ", Theme.title), (ScorePanel.blockerSummary(score), Theme.dim)]
        )
      }
      pane.blank()
    }
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
    let lines = Explanation.lines(for: score)
    var pane = PaneWriter(inner, scroll: min(scroll, max(0, lines.count - inner.rows)))
    for line in lines {
      let style: Style = line.hasPrefix("  ") ? .plain : Theme.title
      pane.write(&buffer, [(line, line.contains("<-") ? Theme.weak : style)])
    }
  }
}
