import MaturityCore
import TerminalUI

/// The current question: where it is, its title and prompt, its options
/// with their keys, the note and the help text.
enum QuestionPane {
  /// Votes, agreement, evidence and the action, when recorded.
  private static func workshopLines(
    _ answer: Answer,
    question: Question,
    into pane: inout PaneWriter,
    buffer: inout ScreenBuffer
  ) {
    if !answer.votes.isEmpty {
      let spread = VoteSpread(question: question, votes: answer.votes)
      let counts = spread.counts.enumerated().map { "\($0.offset + 1):\($0.element.votes)" }
      let extra = spread.notApplicableVotes > 0 ? ["n/a:\(spread.notApplicableVotes)"] : []
      pane.blank()
      pane.write(
        &buffer,
        [
          ("Votes ", Theme.title), ((counts + extra).joined(separator: " "), .plain),
          (
            spread.disagrees ? "  ≠ disagree" : "  = agree",
            spread.disagrees ? Theme.weak : Theme.good
          ),
        ]
      )
    }
    if let changed = QuestionDetail.changedAfterVoteText(answer, question: question) {
      pane.wrapped(
        &buffer,
        "the answer " + changed,
        style: Theme.weak,
        prefix: "! ",
        indent: 2
      )
    }
    if let rationale = answer.rationale {
      pane.wrapped(&buffer, rationale, prefix: "Why: ", prefixStyle: Theme.title, indent: 5)
    }
    if let dissent = answer.dissent {
      pane.wrapped(&buffer, dissent, prefix: "Dissent: ", prefixStyle: Theme.title, indent: 9)
    }
    if !answer.evidence.isEmpty || answer.confidence != nil {
      let confidence = answer.confidence.map { " (\($0.rawValue))" } ?? ""
      pane.write(
        &buffer,
        [("Evidence\(confidence): ", Theme.title), ("\(answer.evidence.count) item(s)", .plain)]
      )
      for item in answer.evidence.prefix(3) {
        pane.wrapped(&buffer, item.line, style: Theme.dim, prefix: "  ", indent: 4)
      }
    }
    if answer.owner != nil || answer.due != nil {
      let owner = answer.owner.map { "owner \($0)" } ?? "no owner"
      let due = answer.due.map { ", due \($0)" } ?? ""
      pane.write(&buffer, [("Action: ", Theme.title), (owner + due, .plain)])
    }
  }

  static func draw(_ model: WizardModel, in rect: Rect, into buffer: inout ScreenBuffer) {
    guard let entry = model.currentEntry else {
      _ = MainScreen.frame("Question", rect, focused: false, into: &buffer)
      return
    }
    let bank = model.banks[entry.bankIndex]
    let section = bank.sections[entry.sectionIndex]
    let question = entry.question
    let title = Self.title(bank: bank, section: section, entry: entry, width: rect.columns - 6)
    let inner = MainScreen.frame(title, rect, focused: model.focus == .question, into: &buffer)
    // Measuring the content costs a second layout: only when scrolled.
    let scroll =
      model.questionScroll == 0
      ? 0
      : min(
        model.questionScroll,
        max(0, lineCount(model, width: inner.columns, rows: inner.rows) - inner.rows)
      )
    var pane = PaneWriter(inner, scroll: scroll, stopsWhenFull: true)
    drawContent(model, entry: entry, compact: isCompact(inner.rows), into: &pane, buffer: &buffer)
    if pane.overflows {
      buffer.write(
        " more ↓ (Tab, PgDn) ",
        column: rect.endColumn - 21,
        row: rect.endRow - 1,
        style: Theme.dim,
        maxWidth: 20
      )
    }
  }

  /// The pane title that fits in `width`: the bank and section names with
  /// the question's position, shortened step by step (short names, then
  /// the section alone) so the counter always shows.
  static func title(bank: Bank, section: Section, entry: QuestionEntry, width: Int) -> String {
    let counter = " · \(entry.questionIndex + 1)/\(section.questions.count)"
    let candidates = [
      "\(bank.name) › \(section.title)", "\(ScorePanel.shortName(of: bank)) › \(section.title)",
      "\(ScorePanel.shortName(of: bank)) › \(section.compactTitle)", section.compactTitle,
    ]
    let room = width - DisplayWidth.of(counter)
    let name =
      candidates.first { DisplayWidth.of($0) <= room }
      ?? DisplayWidth.truncate(section.compactTitle, to: max(1, room))
    return name + counter
  }

  /// Whether a pane of `rows` lines is short enough to show the options
  /// before the prompt.
  static func isCompact(_ rows: Int) -> Bool { rows < 9 }

  /// Lines the current question needs at `width` in a pane of `rows` lines
  /// (for scroll limits).
  static func lineCount(_ model: WizardModel, width: Int, rows: Int) -> Int {
    guard let entry = model.currentEntry else { return 0 }
    var scratch = ScreenBuffer(size: Size(columns: max(1, width), rows: 1))
    var pane = PaneWriter(Rect(column: 0, row: 0, columns: max(1, width), rows: 1))
    drawContent(model, entry: entry, compact: isCompact(rows), into: &pane, buffer: &scratch)
    return pane.line
  }

  private static func drawContent(
    _ model: WizardModel,
    entry: QuestionEntry,
    compact: Bool,
    into pane: inout PaneWriter,
    buffer: inout ScreenBuffer
  ) {
    let question = entry.question
    let answer = model.shownAnswer(question.id)
    var heading: [(String, Style)] = [(question.title, Theme.title)]
    if let level = question.level {
      heading.append(("  level \(level)\(question.roleNote.map { ", " + $0 } ?? "")", Theme.dim))
    }
    heading.append(("  " + question.id, Theme.dim))
    // On a short pane (the smallest terminals) the question is asked first
    // and its options follow at once: the title is highlighted in the
    // index, and the id is in the go-to list.
    if compact {
      pane.wrapped(&buffer, question.prompt, style: Theme.title)
      drawOptions(model, question: question, answer: answer, into: &pane, buffer: &buffer)
    } else {
      pane.wrapped(&buffer, heading.map(\.0).joined(), style: Theme.title)
      pane.wrapped(&buffer, question.prompt)
      pane.blank()
      drawOptions(model, question: question, answer: answer, into: &pane, buffer: &buffer)
    }
    if answer?.value == nil, let last = model.previousAnswerText(for: question.id),
      let date = model.session.previous?.date
    {
      pane.wrapped(
        &buffer,
        last + "  (= accepts)",
        style: Theme.key,
        prefix: "last time (\(date)): ",
        prefixStyle: Theme.title,
        indent: 2
      )
    }
    if let reason = model.score(ofBank: entry.bankIndex)?.sheet.doesNotApply[question.id] {
      pane.wrapped(&buffer, "does not apply: \(reason)", style: Theme.warning, indent: 2)
    }
    if let answer, answer.isNotApplicable {
      pane.wrapped(
        &buffer,
        answer.notApplicableReason ?? "",
        style: Theme.warning,
        prefix: "– Not applicable: ",
        indent: 2
      )
    } else if let value = answer?.value, question.option(value) == nil {
      pane.wrapped(
        &buffer,
        "stored answer \"\(value)\" is not an option of this question",
        style: Theme.weak
      )
    }
    if let answer { workshopLines(answer, question: question, into: &pane, buffer: &buffer) }
    if let note = answer?.note {
      pane.blank()
      // Line by line until the pane is full: a long note costs a screenful.
      var rest = note[...]
      var first = true
      while !pane.isFull {
        let end = rest.firstIndex(of: "\n") ?? rest.endIndex
        pane.wrapped(
          &buffer,
          String(rest[..<end]),
          prefix: first ? "Note: " : "      ",
          prefixStyle: Theme.title,
          indent: 6
        )
        first = false
        guard end < rest.endIndex else { break }
        rest = rest[rest.index(after: end)...]
      }
    }
    pane.blank()
    pane.wrapped(&buffer, question.help, style: Theme.dim)
  }

  /// Why the option letters skip some (`a c d f`): `b` and `e` are the
  /// back and evidence keys. `nil` when the letters read naturally (a
  /// run from `a`, or mnemonic ones such as `x p y`).
  static func letterNote(_ question: Question) -> String? {
    let letters = question.options.map(\.key)
    let natural = Array("abcdefghijklmnopqrstuvwxyz".prefix(letters.count))
    let skipping = Array("acdfghijklmnopqrstuvwxyz".prefix(letters.count))
    guard letters.count > 1, letters == skipping, letters != natural else { return nil }
    let why = letters.contains("f") ? "b and e: b goes back, e opens evidence" : "b: b goes back"
    return "Keys: 1-\(letters.count) or \(letters.map(String.init).joined(separator: " ")) "
      + "(letters skip \(why))"
  }

  private static func drawOptions(
    _ model: WizardModel,
    question: Question,
    answer: Answer?,
    into pane: inout PaneWriter,
    buffer: inout ScreenBuffer
  ) {
    defer {
      if let note = letterNote(question) { pane.wrapped(&buffer, note, style: Theme.dim) }
    }
    for (position, option) in question.options.enumerated() {
      let chosen = answer?.value == option.id
      let highlighted = model.focus == .question && position == model.optionCursor
      var style: Style = chosen ? Theme.answered : .plain
      if highlighted { style.reverse = true }
      let marker = chosen ? "●" : "○"
      let prefix = "\(marker) \(position + 1) \(option.key)  "
      pane.wrapped(
        &buffer,
        option.label,
        style: style,
        prefix: prefix,
        prefixStyle: chosen ? Theme.good : Theme.key,
        indent: DisplayWidth.of(prefix)
      )
    }
  }
}
