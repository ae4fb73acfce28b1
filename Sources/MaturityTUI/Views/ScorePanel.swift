import MaturityCore
import TerminalUI

/// The live score panel: every framework's level or score, the ML Test
/// Score sections as bars, and what blocks the next level.
enum ScorePanel {
  static func draw(_ model: WizardModel, in rect: Rect, into buffer: inout ScreenBuffer) {
    let title =
      model.scores.contains { $0.provisional } ? "Scores (live; * provisional)" : "Scores (live)"
    let inner = MainScreen.frame(title, rect, focused: model.focus == .scores, into: &buffer)
    // Measuring the content costs a second layout: only when scrolled.
    let scroll =
      model.scoreScroll == 0
      ? 0 : min(model.scoreScroll, max(0, lineCount(model, width: inner.columns) - inner.rows))
    var pane = PaneWriter(inner, scroll: scroll)
    drawContent(model, into: &pane, buffer: &buffer)
    if pane.overflows {
      let hint = model.focus == .scores ? " more ↓ (↓, PgDn) " : " more ↓ (Tab, PgDn) "
      let width = DisplayWidth.of(hint)
      buffer.write(hint, column: rect.endColumn - width - 1, row: rect.endRow - 1, style: Theme.dim)
    }
  }

  /// Lines the panel needs at `width` (for scroll limits).
  static func lineCount(_ model: WizardModel, width: Int) -> Int {
    var scratch = ScreenBuffer(size: Size(columns: max(1, width), rows: 1))
    var pane = PaneWriter(Rect(column: 0, row: 0, columns: max(1, width), rows: 1))
    drawContent(model, into: &pane, buffer: &scratch)
    return pane.line
  }

  private static func drawContent(
    _ model: WizardModel,
    into pane: inout PaneWriter,
    buffer: inout ScreenBuffer
  ) {
    for score in model.scores {
      lines(for: score, into: &pane, buffer: &buffer, detailed: false)
    }
    for score in model.scores {
      let gap = TargetGap(score: score, target: model.session.targets[score.bank.id])
      guard !gap.reached else { continue }
      let needed = gap.steps.filter(\.closesGap)
      let titles = needed.prefix(2).compactMap { score.bank.question($0.questionID)?.title }
      let more = needed.count > 2 ? "and \(needed.count - 2) more" : nil
      let kind = gap.isDefaultTarget ? "next" : "target"
      let label = "\(shortName(of: score.bank)) → \(kind) \(gap.target): "
      // Wrapped, never cut: these lines say what to do next; `and 11
      // more` stays whole (once it split, `more` below the panel's foot).
      let lines = wrappedKeepingWhole(
        titles.joined(separator: "; "),
        more,
        columns: pane.rect.columns,
        prefix: DisplayWidth.of(label),
        indent: 2
      )
      for (index, part) in lines.enumerated() {
        let lead = index == 0 ? label : "  "
        pane.write(&buffer, [(lead, Theme.title), (part, Theme.dim)])
      }
    }
  }

  /// `text` wrapped as ``PaneWriter/wrap(_:columns:prefix:indent:)`` does,
  /// then `suffix` after it on the last line when it fits there whole, else
  /// on a line of its own.
  static func wrappedKeepingWhole(
    _ text: String,
    _ suffix: String?,
    columns: Int,
    prefix: Int,
    indent: Int
  ) -> [String] {
    var lines = PaneWriter.wrap(text, columns: columns, prefix: prefix, indent: indent)
    guard let suffix else { return lines.isEmpty ? [""] : lines }
    guard let last = lines.indices.last else { return [suffix] }
    let room = columns - (last == 0 ? prefix : indent)
    if DisplayWidth.of(lines[last]) + 1 + DisplayWidth.of(suffix) <= room {
      lines[last] += " " + suffix
    } else {
      lines.append(suffix)
    }
    return lines
  }

  /// The lines of one framework, as its rule describes them
  /// (``RuleResult/panelLines(_:_:)``); the summary screen uses the
  /// detailed form.
  static func lines(
    for score: FrameworkScore,
    into pane: inout PaneWriter,
    buffer: inout ScreenBuffer,
    detailed: Bool
  ) {
    let layout = PanelLayout(
      name: detailed ? score.bank.name : shortName(of: score.bank),
      detailed: detailed,
      width: pane.rect.columns
    )
    for line in score.result.panelLines(score, layout) {
      switch line {
      case .text(let spans):
        pane.write(&buffer, spans.map { ($0.text, style($0.role)) })
      case .bar(let label, let fraction, let figure, let weak):
        bar(
          label: label,
          fraction: fraction,
          figure: figure,
          weak: weak,
          pane: &pane,
          buffer: &buffer
        )
      }
    }
  }

  /// The theme's style for a run of panel text.
  private static func style(_ role: PanelRole) -> Style {
    switch role {
    case .plain: .plain
    case .title: Theme.title
    case .dim: Theme.dim
    case .provisional: Theme.warning
    case .rung(let rung, let top): levelStyle(rung, of: top)
    }
  }

  /// One labelled bar: the label, a bar with its track shown, the figure
  /// and, on a weak bar, the weakest mark.
  private static func bar(
    label: String,
    fraction: Double,
    figure: String,
    weak: Bool,
    pane: inout PaneWriter,
    buffer: inout ScreenBuffer
  ) {
    let labelWidth = 9
    guard let row = pane.nextRow else {
      pane.blank()
      return
    }
    let column = pane.rect.column + 2
    buffer.write(
      label,
      column: column,
      row: row,
      style: weak ? Theme.weak : .plain,
      maxWidth: labelWidth
    )
    let barWidth = max(4, min(21, pane.rect.columns - labelWidth - 12))
    buffer.drawBar(
      column: column + labelWidth,
      row: row,
      width: barWidth,
      fraction: fraction,
      style: weak ? Theme.weakBar : Theme.bar,
      emptyStyle: Theme.emptyBar
    )
    // An empty bar still shows its track, also without colour.
    for offset in 0..<barWidth where buffer[column + labelWidth + offset, row].text == " " {
      buffer.write("░", column: column + labelWidth + offset, row: row, style: Theme.emptyBar)
    }
    let room = pane.rect.endColumn - column - labelWidth - barWidth
    let mark = room >= 15 ? " ◀ weakest" : " ◀"
    buffer.write(
      figure + (weak ? mark : ""),
      column: column + labelWidth + barWidth,
      row: row,
      style: weak ? Theme.weak : .plain,
      maxWidth: max(0, pane.rect.endColumn - column - labelWidth - barWidth)
    )
    pane.blank()
  }

  /// The bank's `shortName` (`Azure`, `Google`, `MLTS` for the shipped
  /// banks), or its name when it gives none.
  static func shortName(of bank: Bank) -> String { bank.compactName }

  static func levelStyle(_ level: Int, of maximum: Int) -> Style {
    if level == 0 { return Theme.weak }
    return level * 2 >= maximum ? Theme.good : Theme.warning
  }
}
