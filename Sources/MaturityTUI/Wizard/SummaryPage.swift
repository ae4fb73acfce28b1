import MaturityCore
import TerminalUI

/// The summary (`s`): every framework's result; Enter shows how the
/// highlighted one was computed (``ExplanationPage``).
public struct SummaryPage: WizardPage, Equatable {
  /// The highlighted framework (a position in ``WizardModel/banks``).
  public var selected: Int

  /// The summary with framework `selected` highlighted.
  public init(selected: Int = 0) {
    self.selected = selected
  }

  /// The summary's keys.
  public static let keys = KeyTable<WizardKeys.ScreenAction>(
    "summary",
    WizardKeys.moves(noun: "framework", footer: "↑/↓")
      + [
        WizardKeys.choose(
          [.enter, .right],
          "Show how the highlighted result was computed",
          "how was this computed"
        ),
        WizardKeys.back([.character("s")], "Back to the questions (s, b, ← and Backspace too)"),
        WizardKeys.help, WizardKeys.quit,
      ]
  )

  public func handle(
    _ action: WizardKeys.ScreenAction?,
    key: Key,
    model: inout WizardModel,
    now: Timestamp
  ) -> [WizardEffect] {
    switch action {
    case .move(let move):
      model.show(
        SummaryPage(selected: ListState.moved(selected, count: model.banks.count, by: move))
      )
    case .choose:
      model.show(ExplanationPage(bank: selected))
    default:
      return model.handleScreenAction(action, key: key)
    }
    return []
  }

  public func draw(_ model: WizardModel, in body: Rect, into buffer: inout ScreenBuffer) {
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
      pane.write(&content, [("  " + Self.targetText(score, model: model), Theme.dim)])
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
}
