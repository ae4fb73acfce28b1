import MaturityCore
import TerminalUI

/// The projector view (F5): the current question for a room to read from
/// the back — its title, the question, each option with its keys and the
/// live vote spread as a bar with a count — and nothing else but one line
/// of keys. Every key of the questions screen works in it.
enum ProjectorView {
  /// Style of an option's keys: reversed, so they read at a distance.
  private static let keyStyle = Style(foreground: .yellow, bold: true, reverse: true)
  /// Style of the chosen option.
  private static let chosenStyle = Style(foreground: .green, bold: true)

  /// Draws the whole screen for `model`.
  /// `question 13 of 87 that apply` (counted as the header's `13/87
  /// answered` counts them: questions that do not apply to the system are
  /// left out), or `question 14 of 90` when all apply.
  static func position(_ model: WizardModel) -> String {
    let applies = model.entries.map { entry in
      model.score(ofBank: entry.bankIndex)?.sheet.applies(entry.question) ?? true
    }
    let total = applies.filter { $0 }.count
    guard total < model.entries.count else {
      return "question \(model.current + 1) of \(model.entries.count)"
    }
    guard applies.indices.contains(model.current), applies[model.current] else {
      return "a question that does not apply (\(total) do)"
    }
    let place = applies.prefix(model.current + 1).filter { $0 }.count
    return "question \(place) of \(total) that apply"
  }

  static func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) {
    let size = buffer.size
    guard let entry = model.currentEntry else { return }
    let question = entry.question
    let answer = model.session.answers[question.id]
    let spread = VoteSpread(question: question, votes: answer?.votes ?? [:])
    let bank = model.banks[entry.bankIndex]
    let section = bank.sections[entry.sectionIndex]

    buffer.fill(Rect(column: 0, row: 0, columns: size.columns, rows: 1), style: Theme.header)
    let place =
      " \(ScorePanel.shortName(of: bank)) › \(section.compactTitle) · "
      + position(model)
    let counts = " \(model.answeredCount)/\(model.totalCount) answered "
    let right = size.columns - DisplayWidth.of(counts)
    buffer.write(place, column: 0, row: 0, style: Theme.header, maxWidth: max(0, right - 1))
    buffer.write(counts, column: right, row: 0, style: Theme.header)

    let area = Rect(column: 2, row: 2, columns: max(1, size.columns - 4), rows: size.rows - 4)
    let optionRows = optionBlock(question, spread: spread, width: area.columns)
    let extra = extraLines(model, question: question, spread: spread)
    // The title and options always show; the question gets the rows left.
    let titleLines = TextWrap.wrap(question.title, width: area.columns).prefix(2)
    let promptRoom = max(0, area.rows - titleLines.count - 2 - optionRows.count - extra.count)
    var prompt = TextWrap.wrap(question.prompt, width: area.columns)
    if prompt.count > promptRoom {
      prompt = Array(prompt.prefix(promptRoom))
      if let last = prompt.indices.last {
        prompt[last] = DisplayWidth.truncate(prompt[last] + " …", to: area.columns)
      }
    }
    // A blank line between options when the screen has the rows for it.
    let spare = promptRoom - prompt.count
    let spaced = spare >= question.options.count - 1
    var row = area.row
    for line in titleLines {
      buffer.write(line, column: area.column, row: row, style: Style(bold: true, underline: true))
      row += 1
    }
    row += 1
    for line in prompt {
      buffer.write(line, column: area.column, row: row, style: Style(bold: true))
      row += 1
    }
    if !prompt.isEmpty { row += 1 }
    let maxVotes = max(1, model.voters.count)
    for line in optionRows where row < area.endRow {
      if spaced && line.first && line.position > 0 { row += 1 }
      drawOptionLine(
        line,
        chosen: answer?.value,
        maxVotes: maxVotes,
        column: area.column,
        row: row,
        width: area.columns,
        into: &buffer
      )
      row += 1
    }
    for (text, style) in extra where row < area.endRow {
      buffer.write(text, column: area.column, row: row, style: style, maxWidth: area.columns)
      row += 1
    }
    let hints = "F5 leaves  1-9/letter answer  v vote  ↑/↓ question  = last time  ? help"
    let bottom = model.message.map { ($0, Theme.warning) } ?? (hints, Theme.dim)
    buffer.write(
      " " + DisplayWidth.truncate(bottom.0, to: size.columns - 2),
      column: 0,
      row: size.rows - 1,
      style: bottom.1
    )
  }

  /// One row of the option block: an option's first line (with its keys,
  /// bar and count) or a continuation of its label.
  private struct OptionLine {
    var option: AnswerOption
    var position = 0
    var votes = 0
    var text = ""
    var first = false
  }

  /// Width of the label column: the rest goes to the bar and the count.
  private static func labelWidth(_ width: Int) -> Int { max(10, (width - 6) * 11 / 20) }

  /// The option rows: each label wrapped (two lines at most) beside its
  /// keys.
  private static func optionBlock(_ question: Question, spread: VoteSpread, width: Int)
    -> [OptionLine]
  {
    var lines: [OptionLine] = []
    for (position, entry) in spread.counts.enumerated() {
      let wrapped = TextWrap.wrap(entry.option.label, width: labelWidth(width)).prefix(2)
      for (index, text) in wrapped.enumerated() {
        lines.append(
          OptionLine(
            option: entry.option,
            position: position,
            votes: entry.votes,
            text: text,
            first: index == 0
          )
        )
      }
    }
    return lines
  }

  private static func drawOptionLine(
    _ line: OptionLine,
    chosen: String?,
    maxVotes: Int,
    column: Int,
    row: Int,
    width: Int,
    into buffer: inout ScreenBuffer
  ) {
    let option = line.option
    let isChosen = chosen == option.id
    if line.first {
      buffer.write(
        " \(line.position + 1) \(option.key) ",
        column: column,
        row: row,
        style: keyStyle
      )
    }
    let labelColumn = column + 6
    buffer.write(
      line.text,
      column: labelColumn,
      row: row,
      style: isChosen ? chosenStyle : Style(bold: true),
      maxWidth: labelWidth(width)
    )
    guard line.first else { return }
    if isChosen { buffer.write("●", column: labelColumn - 1, row: row, style: chosenStyle) }
    let barColumn = labelColumn + labelWidth(width) + 1
    let barWidth = max(1, column + width - barColumn - 4)
    buffer.drawBar(
      column: barColumn,
      row: row,
      width: barWidth,
      fraction: Double(line.votes) / Double(maxVotes),
      style: Style(foreground: .cyan, bold: true),
      emptyStyle: Theme.emptyBar
    )
    buffer.write(
      String(line.votes),
      alignment: .right,
      column: barColumn + barWidth,
      row: row,
      width: 4,
      style: Style(bold: true)
    )
  }

  /// Lines under the options: not-applicable votes, whether the room
  /// agrees, and last round's answer.
  private static func extraLines(_ model: WizardModel, question: Question, spread: VoteSpread)
    -> [(String, Style)]
  {
    var lines: [(String, Style)] = [("", .plain)]
    let cast = spread.total + spread.notApplicableVotes
    var summary = "\(cast) of \(model.voters.count) voted"
    if spread.notApplicableVotes > 0 { summary += " · \(spread.notApplicableVotes) not applicable" }
    if cast > 0 { summary += spread.disagrees ? " · ≠ the room disagrees" : " · = the room agrees" }
    lines.append((summary, spread.disagrees ? Theme.weak : Style(bold: true)))
    if model.session.answers[question.id]?.value == nil,
      let last = model.previousAnswerText(for: question.id),
      let date = model.session.previous?.date
    {
      lines.append(("last time (\(date)): \(last)  (= accepts)", Theme.key))
    }
    return lines
  }
}
