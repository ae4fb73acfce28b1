import MaturityCore

/// The question loop: answer, skip, not applicable, note, back, go to,
/// undo, summary and help.
extension PlainModel {
  /// Letters that are commands at the answer prompt; an option with the
  /// same letter is answered by its number or id.
  static let commandLetters: Set<String> = ["b", "g", "n", "q", "s", "u", "v", "0", "?", "h"]

  /// Starts a pass: asks whether to continue or review when some questions
  /// are answered, else asks the first question.
  mutating func beginPass() -> [Effect] {
    guard let session else { return [] }
    var notes: [Effect] = []
    if SessionUpgrade(session, catalog: catalog).isNeeded, let path {
      notes.append(
        .print(
          "This session was answered with older question banks; `mlmaturity upgrade \(safe(path))` moves it to the current ones.\n"
        )
      )
    }
    let answered = applying.filter { session.answers[entries[$0].question.id]?.value != nil }.count
    if answered == 0 {
      return notes + startPass(review: false)
    }
    phase = .resume
    let total = applying.count
    let open = total - answered
    let choice =
      open > 0
      ? "Type c to continue with the \(open) unanswered, r to review all \(total), s for the summary, or q to quit> "
      : "Every question is answered. Type r to review all \(total), s for the summary, or q to quit> "
    return notes + [.print("\(answered) of \(total) questions are answered.\n" + choice)]
  }

  mutating func resumeLine(_ line: String) -> [Effect] {
    switch line.trimmingWhitespace().lowercased() {
    case "c", "": return startPass(review: false)
    case "r": return startPass(review: true)
    case "s": return [.print(summaryText())] + beginPass()
    case "q": return finish()
    default: return [.print("Type c, r, s or q.\n")] + beginPass()
    }
  }

  private mutating func startPass(review: Bool) -> [Effect] {
    guard let session else { return [] }
    reviewing = review
    queue =
      review
      ? applying
      : applying.filter { session.answers[entries[$0].question.id]?.value == nil }
    position = 0
    guard !queue.isEmpty else { return finish() }
    let what =
      review ? "Reviewing all \(queue.count) questions" : "\(queue.count) questions to answer"
    return [.print("\(what). Type ? at any question for the commands.\n")] + ask()
  }

  /// The current entry position, if any.
  var currentIndex: Int? { queue.indices.contains(position) ? queue[position] : nil }

  /// Prints the current question and its prompt.
  mutating func ask() -> [Effect] {
    guard let index = currentIndex, let session else { return finish() }
    phase = .question
    let entry = entries[index]
    let bank = banks[entry.bankIndex]
    let section = bank.sections[entry.sectionIndex]
    let question = entry.question
    var lines = [
      "",
      // Counted among the questions that apply, so the numbers run to the
      // end without gaps (a batch system skips the online-only ones).
      "Question \((applying.firstIndex(of: index) ?? index) + 1) of \(applying.count), \(bank.name), \(section.title) \(entry.questionIndex + 1) of \(section.questions.count).",
      "\(question.title) (\(question.id))",
      question.prompt,
    ]
    for (number, option) in question.options.enumerated() {
      let letter = Self.commandLetters.contains(String(option.key)) ? "" : " or \(option.key)"
      lines.append("\(number + 1)\(letter): \(option.label)")
    }
    lines.append("0: not applicable (asks why)")
    let answer = session.answers[question.id]
    if let current = answer?.value {
      lines.append("Current answer: \(answerLabel(current, question: question)). Enter keeps it.")
    }
    if let note = answer?.note { lines.append("Note: \(safe(note))") }
    if let previous = session.previous, let value = previous.answers[question.id],
      answer?.value == nil
    {
      let when = previous.date.isEmpty ? "Last time" : "Last time (\(previous.date))"
      lines.append(
        "\(when): \(lastTimeLabel(value, question: question, previous)). Type = to accept it."
      )
    }
    return [.print(lines.joined(separator: "\n") + "\nAnswer> ")]
  }

  private func lastTimeLabel(_ value: String, question: Question, _ previous: PreviousRound)
    -> String
  {
    if value == Answer.notApplicableValue {
      return "not applicable, because \(safe(previous.reasons[question.id] ?? ""))"
    }
    return question.option(value)?.label ?? "unknown answer \(safe(value))"
  }

  func answerLabel(_ value: String, question: Question) -> String {
    if value == Answer.notApplicableValue {
      let reason = session?.answers[question.id]?.notApplicableReason ?? ""
      return "not applicable, because \(safe(reason))"
    }
    return question.option(value)?.label ?? "unknown answer \(safe(value))"
  }

  mutating func questionLine(_ line: String) -> [Effect] {
    guard let index = currentIndex else { return finish() }
    let question = entries[index].question
    let typed = line.trimmingWhitespace()
    let word = typed.lowercased()
    switch word {
    case "":
      let kept = session?.answers[question.id]?.value != nil
      return [.print(kept ? "Kept.\n" : "Skipped.\n")] + advance()
    case "?", "h", "help":
      return [.print(helpText)] + reprompt()
    case "q", "quit":
      return finish()
    case "b", "back":
      guard position > 0 else {
        return [.print("This is the first question of the pass.\n")] + reprompt()
      }
      position -= 1
      return [.print("Back.\n")] + ask()
    case "u", "undo":
      return undo()
    case "s", "summary":
      return [.print(summaryText())] + reprompt()
    case "n", "note":
      phase = .note
      return [.print("Note for this question, on one line (a single - removes the note)> ")]
    case "0", "n/a", "na":
      phase = .reason
      return [.print("Why does this question not apply?> ")]
    case "v", "vote":
      return startVotes()
    case "=":
      guard let edit = session?.previous?.acceptEdit(for: question.id) else {
        return [.print("There is no answer from last time for this question.\n")] + reprompt()
      }
      return record(edit, confirm: "Saved: the answer from last time.") + advance()
    default:
      break
    }
    if word.hasPrefix("g ") || word.hasPrefix("go ") {
      return goTo(String(typed.drop { $0 != " " }).trimmingWhitespace())
    }
    let option =
      typed.count == 1 && !Self.commandLetters.contains(word)
      ? typed.first.flatMap { question.option(forKey: $0) } : question.option(typed)
    guard let option else {
      return [
        .print(
          "Not an answer: type 1 to \(question.options.count), 0, a letter, an answer id, or ? for help.\n"
        )
      ] + reprompt()
    }
    return record(
      .answer(question: question.id, option: option.id),
      confirm: "Saved: \(option.label)."
    )
      + advance()
  }

  /// The prompt again, without the whole question.
  func reprompt() -> [Effect] { [.print("Answer> ")] }

  /// Applies `edit`, saves, and confirms; on a refusal says why.
  mutating func record(_ edit: SessionEdit, confirm: String) -> [Effect] {
    guard var changed = session else { return [] }
    let before = changed
    do {
      try changed.apply(edit, catalog: catalog, now: now)
    } catch {
      return [.print("Not saved: \(safe(error.message)).\n")]
    }
    session = changed
    undoStack.append(before)
    undoLabels.append(edit.questionID.map { "the change to \($0)" } ?? "the last change")
    return [.print(confirm + "\n")] + persist()
  }

  /// Saves the session, creating its file first when there is none yet.
  mutating func persist() -> [Effect] {
    guard let session else { return [] }
    if let path { return [.save(session, path: path)] }
    return [.create(session, path: request.path.nonEmpty)]
  }

  mutating func advance() -> [Effect] {
    position += 1
    return ask()
  }

  mutating func reasonLine(_ line: String) -> [Effect] {
    guard let index = currentIndex else { return finish() }
    let reason = line.trimmingWhitespace()
    guard !reason.isEmpty else {
      phase = .question
      return [.print("Not applicable needs a reason; the answer is unchanged.\n")] + reprompt()
    }
    let id = entries[index].question.id
    return record(.notApplicable(question: id, reason: reason), confirm: "Saved: not applicable.")
      + advance()
  }

  mutating func noteLine(_ line: String) -> [Effect] {
    guard let index = currentIndex else { return finish() }
    phase = .question
    let id = entries[index].question.id
    let text = line.trimmingWhitespace()
    if text.isEmpty { return [.print("Note unchanged.\n")] + reprompt() }
    let note = text == "-" ? "" : line
    return record(
      .note(question: id, text: note),
      confirm: text == "-" ? "Note removed." : "Note saved."
    )
      + reprompt()
  }

  private mutating func undo() -> [Effect] {
    guard let previous = undoStack.popLast() else {
      return [.print("Nothing to undo.\n")] + reprompt()
    }
    session = previous
    let what = undoLabels.popLast() ?? "the last change"
    var effects: [Effect] = [.print("Undone: \(what) is taken back.\n")]
    effects += persist()
    return effects + reprompt()
  }

  private mutating func goTo(_ target: String) -> [Effect] {
    let words = target.lowercased().split(separator: " ")
    let match = entries.indices.first { index in
      let question = entries[index].question
      if question.id.lowercased() == target.lowercased() { return true }
      let haystack = (question.id + " " + question.title).lowercased()
      return !words.isEmpty && words.allSatisfy { haystack.contains($0) }
    }
    guard let match else {
      return [.print("No question matches \"\(safe(target))\".\n")] + reprompt()
    }
    let id = entries[match].question.id
    if let session,
      let reason = Scorer.score(session, catalog: catalog).lazy.compactMap({
        $0.sheet.doesNotApply[id]
      }).first
    {
      return [.print("\(id) does not apply: \(safe(reason)).\n")] + reprompt()
    }
    if let inQueue = queue.firstIndex(of: match) {
      position = inQueue
    } else {
      queue.insert(match, at: position)
    }
    return [.print("Going to \(entries[match].question.id).\n")] + ask()
  }

  var helpText: String {
    """
    Commands at the answer prompt:
      1, 2, 3 …, the option's letter or its id: answer and go on
      0: not applicable (asks why)
      =: accept the answer from last time (in a next round)
      Enter: skip, or keep the current answer
      n: add a note on one line
      v: record each participant's vote, then the agreed answer
      b: back to the previous question
      g ID or words: go to a question
      u: undo the last change
      s: the summary, with how each result is computed
      q: save and quit
      ?: this help

    """
  }

  /// The results in words, with how each is computed.
  func summaryText() -> String {
    guard let session else { return "" }
    let scores = Scorer.score(session, catalog: catalog)
    var lines = ["", "Summary."]
    for score in scores {
      lines.append("")
      lines += ScoreText.describe(score).map { $0.trimmingWhitespace() }
      lines.append("How it is computed:")
      lines += Explanation.lines(for: score).filter { !$0.isEmpty }.map { $0.trimmingWhitespace() }
    }
    return safe(lines.joined(separator: "\n")) + "\n\n"
  }

  /// The scores in words, the file, how to open the report; then quit.
  mutating func finish() -> [Effect] {
    phase = .finished
    guard let session else { return [.print("Nothing was saved.\n"), .quit(0)] }
    let scores = Scorer.score(session, catalog: catalog)
    var lines = [""]
    for score in scores {
      lines += ScoreText.describe(score).prefix(1).map { $0.trimmingWhitespace() }
    }
    var effects: [Effect] = [.print(safe(lines.joined(separator: "\n")) + "\n")]
    if let path {
      effects.append(
        .print(
          "Session saved to \(safe(path)).\nFor a report: mlmaturity report \(safe(path)) --format html -o report.html\n"
        )
      )
    } else if Self.hasContent(session) {
      effects.append(.create(session, path: request.path.nonEmpty))
    } else {
      effects.append(.print("Nothing was answered, so no file was created.\n"))
    }
    return effects + [.quit(0)]
  }
}
