import MaturityCore
import TerminalUI

/// The index: frameworks, their sections and every question with its
/// answer state; the current question highlighted and kept in view.
enum IndexPane {
  private struct Row {
    var segments: [(String, Style)]
    /// The segment shortened (with "…") when the row is too wide, so the
    /// others (marks, counts) stay whole.
    var shrinkable = 0
    /// Shorter forms of the shrinkable segment, tried in order before it is
    /// cut (e.g. a section's short title), so two headings never cut to
    /// the same text.
    var shorter: [String] = []
    var isCurrent = false
  }

  static func draw(_ model: WizardModel, in rect: Rect, into buffer: inout ScreenBuffer) {
    let inner = MainScreen.frame("Questions", rect, focused: model.focus == .index, into: &buffer)
    let inside = Rect(
      column: inner.column - 1,
      row: inner.row,
      columns: inner.columns + 1,
      rows: inner.rows
    )
    let rows = self.rows(model)
    let selected = rows.firstIndex { $0.isCurrent } ?? 0
    // Scroll in steps of half a page, keeping the current question in the
    // upper part, so that answering question after question redraws the
    // index only every few answers (less to send over a slow link).
    let height = min(inside.rows, rows.count)
    let step = max(1, inside.rows / 2)
    let anchored = max(0, selected - inside.rows / 4) / step * step
    let top = min(anchored, rows.count - height)
    let visible = top..<(top + height)
    for (offset, position) in visible.enumerated() {
      let row = rows[position]
      let screenRow = inside.row + offset
      if row.isCurrent {
        buffer.fill(
          Rect(column: inside.column, row: screenRow, columns: inside.columns, rows: 1),
          style: Theme.selected
        )
      }
      var column = inside.column
      var segments = row.segments
      var overflow = segments.reduce(0) { $0 + DisplayWidth.of($1.0) } - inside.columns
      for candidate in row.shorter where overflow > 0 {
        overflow += DisplayWidth.of(candidate) - DisplayWidth.of(segments[row.shrinkable].0)
        segments[row.shrinkable].0 = candidate
      }
      if overflow > 0 {
        let text = segments[row.shrinkable].0
        segments[row.shrinkable].0 = DisplayWidth.truncate(
          text,
          to: max(1, DisplayWidth.of(text) - overflow)
        )
      }
      for (text, style) in segments {
        var style = style
        if row.isCurrent { style.reverse = true }
        column = buffer.write(
          text,
          column: column,
          row: screenRow,
          style: style,
          maxWidth: inside.endColumn - column
        )
      }
    }
  }

  private static func rows(_ model: WizardModel) -> [Row] {
    var rows: [Row] = []
    var position = 0
    for (bankIndex, bank) in model.banks.enumerated() {
      let score = model.score(ofBank: bankIndex)
      // Counts leave out what the context rules out; a team's N/A counts
      // as answered (it carries a reason), as the header counts.
      let counts =
        "\(score?.sheet.answeredCount ?? 0)/\(score?.sheet.totalCount ?? bank.questions.count)"
      rows.append(
        Row(
          segments: [(" " + bank.name + " ", Theme.title), (counts, Theme.dim)],
          shorter: [" " + ScorePanel.shortName(of: bank) + " "]
        )
      )
      for section in bank.sections {
        let counted = section.questions.filter { score?.sheet.applies($0) ?? true }
        let answered = counted.filter {
          score?.sheet.chosen[$0.id] != nil || score?.sheet.notApplicable[$0.id] != nil
        }.count
        let done = answered == counted.count
        rows.append(
          Row(
            segments: [
              (" " + section.title + " ", Style(bold: false)),
              ("\(answered)/\(counted.count)", done ? Theme.answered : Theme.dim),
            ],
            shorter: section.shortTitle.map { [" " + $0 + " "] } ?? []
          )
        )
        for question in section.questions {
          let answer = model.session.answers[question.id]
          let chosen = score?.sheet.chosen[question.id]
          let mark: (String, Style) =
            chosen != nil
            ? ("✓", Theme.answered)
            : answer?.isNotApplicable == true
              ? ("–", Theme.warning)
              : (answer?.value != nil ? ("!", Theme.weak) : ("·", Theme.unanswered))
          let note = answer?.note != nil ? "✎" : " "
          let exempt = score?.sheet.doesNotApply[question.id]
          rows.append(
            Row(
              // "○": the system's context rules it out (the question pane
              // says why: "does not apply: batch serving").
              segments: [
                exempt == nil ? ("  " + mark.0, mark.1) : ("  ○", Theme.dim), (note, Theme.dim),
                (question.title, exempt == nil ? .plain : Theme.dim),
              ],
              shrinkable: 2,
              isCurrent: position == model.current
            )
          )
          position += 1
        }
      }
    }
    return rows
  }
}
