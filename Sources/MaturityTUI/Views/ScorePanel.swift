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
      let more = needed.count > 2 ? " and \(needed.count - 2) more" : ""
      let kind = gap.isDefaultTarget ? "next" : "target"
      let label = "\(shortName(of: score.bank)) → \(kind) \(gap.target): "
      // Wrapped, never cut: these lines say what to do next.
      pane.wrapped(
        &buffer,
        titles.joined(separator: "; ") + more,
        style: Theme.dim,
        prefix: label,
        prefixStyle: Theme.title,
        indent: 2
      )
    }
  }

  /// The lines of one framework; the summary screen uses the detailed form.
  static func lines(
    for score: FrameworkScore,
    into pane: inout PaneWriter,
    buffer: inout ScreenBuffer,
    detailed: Bool
  ) {
    let provisional: (String, Style) = score.provisional ? ("*", Theme.warning) : ("", .plain)
    let name = (detailed ? score.bank.name : shortName(of: score.bank)) + "  "
    switch score.result {
    case .azure(let azure):
      let dimensions = azure.dimensions.map { "\($0.dimension.title) \($0.level)" }
        .joined(separator: " · ")
      let head: [(String, Style)] = [
        (name, Theme.title), ("L\(azure.level) \(score.rungName)", levelStyle(azure.level, of: 4)),
        provisional,
      ]
      let fullWidth =
        head.reduce(0) { $0 + DisplayWidth.of($1.0) } + DisplayWidth.of(dimensions) + 2
      if detailed || fullWidth <= pane.rect.columns {
        writeFitting(
          head,
          ("  " + dimensions, .plain),
          detailed: detailed,
          into: &pane,
          buffer: &buffer
        )
      } else {
        // Narrow: the dimensions matter more than the level's name, which
        // the summary screen shows.
        let short = azure.dimensions.map {
          "\($0.dimension == .technology ? "Tech" : $0.dimension.title) \($0.level)"
        }.joined(separator: " · ")
        let line: [(String, Style)] = [
          (name, Theme.title), ("L\(azure.level)", levelStyle(azure.level, of: 4)), provisional,
          ("  " + short, .plain),
        ]
        if line.reduce(0, { $0 + DisplayWidth.of($1.0) }) <= pane.rect.columns {
          pane.write(&buffer, line)
        } else {
          // Two lines: the level with its name, then the dimensions.
          pane.write(&buffer, head)
          pane.write(&buffer, [("  " + short, .plain)])
        }
      }
    case .google(let google):
      let next =
        google.nextLevel.map {
          "  to L\($0): \(google.metTowardNext)/\(google.requiredTowardNext) in place"
        } ?? ""
      let head: [(String, Style)] = [
        (name, Theme.title),
        (
          "L\(google.level) \(detailed ? score.rungName : shortRung(score.rungName))",
          levelStyle(google.level, of: 2)
        ),
        provisional,
      ]
      writeFitting(
        head,
        (detailed ? "" : next, .plain),
        detailed: detailed,
        into: &pane,
        buffer: &buffer
      )
      if detailed {
        for progress in google.perLevel {
          pane.write(
            &buffer,
            [
              (
                "  level \(progress.level): \(progress.met) of \(progress.required) required",
                Theme.dim
              )
            ]
          )
        }
      }
    case .mlTestScore(let mlts):
      pane.write(
        &buffer,
        [
          (name, Theme.title),
          ("\(ScoreText.points(mlts.final)) band \(score.rungName)", levelStyle(mlts.band, of: 5)),
          provisional,
        ]
      )
      let labelWidth = 9
      for section in mlts.sections {
        guard let row = pane.nextRow else {
          pane.blank()
          continue
        }
        // Mark the weakest only when some section is stronger.
        let weakest = mlts.weakest.contains(section.id) && mlts.weakest.count < mlts.sections.count
        let label = shortName(section.id, title: section.title)
        let column = pane.rect.column + 2
        buffer.write(
          label,
          column: column,
          row: row,
          style: weakest ? Theme.weak : .plain,
          maxWidth: labelWidth
        )
        let barWidth = max(4, min(21, pane.rect.columns - labelWidth - 12))
        buffer.drawBar(
          column: column + labelWidth,
          row: row,
          width: barWidth,
          fraction: section.points / max(1, section.maximum),
          style: weakest ? Theme.weakBar : Theme.bar,
          emptyStyle: Theme.emptyBar
        )
        // An empty bar still shows its track, also without colour.
        for offset in 0..<barWidth where buffer[column + labelWidth + offset, row].text == " " {
          buffer.write("░", column: column + labelWidth + offset, row: row, style: Theme.emptyBar)
        }
        let room = pane.rect.endColumn - column - labelWidth - barWidth
        let mark = room >= 15 ? " ◀ weakest" : " ◀"
        let figure = " \(ScoreText.points(section.points))" + (weakest ? mark : "")
        buffer.write(
          figure,
          column: column + labelWidth + barWidth,
          row: row,
          style: weakest ? Theme.weak : .plain,
          maxWidth: max(0, pane.rect.endColumn - column - labelWidth - barWidth)
        )
        pane.blank()
      }
    }
  }

  /// Writes `head` and `tail` on one line when they fit (and not
  /// `detailed`), else `tail` on a line of its own.
  private static func writeFitting(
    _ head: [(String, Style)],
    _ tail: (String, Style),
    detailed: Bool,
    into pane: inout PaneWriter,
    buffer: inout ScreenBuffer
  ) {
    let width = (head + [tail]).reduce(0) { $0 + DisplayWidth.of($1.0) }
    if !detailed && width <= pane.rect.columns {
      pane.write(&buffer, head + [tail])
      return
    }
    pane.write(&buffer, head)
    if !tail.0.isEmpty { pane.write(&buffer, [tail]) }
  }

  /// A level name without its `MLOps level N: ` prefix.
  static func shortRung(_ name: String) -> String {
    guard let colon = name.firstIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...]).trimmingWhitespace()
  }

  /// The bank's `shortName` (`Azure`, `Google`, `MLTS` for the shipped
  /// banks), or its name when it gives none.
  static func shortName(of bank: Bank) -> String { bank.compactName }

  static func blockerSummary(_ score: FrameworkScore) -> String {
    let titles = score.blockers.prefix(3).compactMap { score.bank.question($0)?.title }
    let more = score.blockers.count > 3 ? " +\(score.blockers.count - 3) more" : ""
    return titles.joined(separator: "; ") + more
  }

  static func levelStyle(_ level: Int, of maximum: Int) -> Style {
    if level == 0 { return Theme.weak }
    return level * 2 >= maximum ? Theme.good : Theme.warning
  }

  /// `Data`, `Model`, `Infra`, `Monitor` for the ML Test Score sections.
  static func shortName(_ id: String, title: String) -> String {
    switch id {
    case "data": "Data"
    case "model": "Model"
    case "infra": "Infra"
    case "monitor": "Monitor"
    default: String(title.prefix(8))
    }
  }
}
