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
    let backlog = model.backlog
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
      // The target as the backlog page and `mlmaturity backlog` say it, and
      // what closes that gap (not the next level's blockers: the target
      // may be further).
      let gap = TargetGap(score: score, target: model.session.targets[bank.id])
      pane.wrapped(
        &content,
        BacklogReport.targetText(gap, backlog: backlog, bank: bank, brief: true),
        style: Theme.dim,
        prefix: "  Target: ",
        prefixStyle: Theme.title,
        indent: 4
      )
      let closing = BacklogReport.closingTitles(gap, bank: bank)
      if !closing.isEmpty {
        pane.wrapped(
          &content,
          closing,
          style: Theme.dim,
          prefix: "  Closes it: ",
          prefixStyle: Theme.title,
          indent: 4
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
}
