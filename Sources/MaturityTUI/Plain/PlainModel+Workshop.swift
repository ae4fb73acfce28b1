import MaturityCore

/// Workshop votes in plain mode: each participant's vote as a numbered
/// prompt, then the agreed answer, its rationale and any dissent.
extension PlainModel {
  /// The participants who vote: the session's, or P1…P5 when it names none.
  var voters: [String] {
    guard let session, !session.participants.isEmpty else { return (1...5).map { "P\($0)" } }
    return session.participants
  }

  mutating func startVotes() -> [Effect] {
    pendingVotes = [:]
    phase = .vote(0)
    let names = voters.joined(separator: ", ")
    return [
      .print(
        "Votes from \(voters.count) participants: \(safe(names)). Type each vote as a number, 0 for not applicable, or Enter for no vote.\n"
      )
    ] + votePrompt(0)
  }

  private func votePrompt(_ index: Int) -> [Effect] {
    [.print("Vote \(index + 1) of \(voters.count), \(safe(voters[index]))> ")]
  }

  mutating func voteLine(_ line: String, index: Int) -> [Effect] {
    guard let entryIndex = currentIndex else { return finish() }
    let question = entries[entryIndex].question
    let typed = line.trimmingWhitespace()
    var confirmation: String
    if typed.isEmpty {
      confirmation = "No vote from \(safe(voters[index]))."
    } else if typed == "0" || typed.lowercased() == "n/a" {
      pendingVotes[voters[index]] = Answer.notApplicableValue
      confirmation = "\(safe(voters[index])): not applicable."
    } else if let option = typed.count == 1
      ? typed.first.flatMap({ question.option(forKey: $0) }) : question.option(typed)
    {
      pendingVotes[voters[index]] = option.id
      confirmation = "\(safe(voters[index])): \(option.label)."
    } else {
      return [.print("Not an answer: type 1 to \(question.options.count), 0, or Enter.\n")]
        + votePrompt(index)
    }
    if index + 1 < voters.count {
      phase = .vote(index + 1)
      return [.print(confirmation + "\n")] + votePrompt(index + 1)
    }
    return [.print(confirmation + "\n")] + saveVotes(question)
  }

  private mutating func saveVotes(_ question: Question) -> [Effect] {
    guard var changed = session else { return [] }
    let before = changed
    var edits: [SessionEdit] =
      changed.participants.isEmpty && !pendingVotes.isEmpty
      ? voters.map { .addParticipant($0) } : []
    edits += voters.map { .vote(question: question.id, participant: $0, option: pendingVotes[$0]) }
    do {
      try changed.apply(edits, catalog: catalog, now: now)
    } catch {
      phase = .question
      return [.print("Votes not saved: \(safe(error.message)).\n")] + reprompt()
    }
    session = changed
    undoStack.append(before)
    undoLabels.append("the votes on \(question.id)")
    let spread = VoteSpread(question: question, votes: pendingVotes)
    var summary = spread.disagrees ? "The votes disagree." : "The votes agree."
    if spread.total + spread.notApplicableVotes == 0 { summary = "No votes." }
    phase = .agree
    let proposal = proposedOption(question, spread: spread)
    return [.print("Votes saved. \(summary)\n")] + persist()
      + [
        .print(
          "Agreed answer: type a number, 0 for not applicable, or Enter for \(proposal.label)> "
        )
      ]
  }

  /// The majority's answer, not applicable when most voted so, else the
  /// current answer or the first option.
  private func proposedOption(_ question: Question, spread: VoteSpread) -> (
    id: String, label: String
  ) {
    if spread.notApplicableVotes * 2 > spread.total + spread.notApplicableVotes {
      return (Answer.notApplicableValue, "not applicable")
    }
    if let majority = spread.majority { return (majority.id, majority.label) }
    if let current = session?.answers[question.id]?.value, let option = question.option(current) {
      return (option.id, option.label)
    }
    return (question.options[0].id, question.options[0].label)
  }

  mutating func agreeLine(_ line: String) -> [Effect] {
    guard let entryIndex = currentIndex else { return finish() }
    let question = entries[entryIndex].question
    let typed = line.trimmingWhitespace()
    let option: String
    if typed.isEmpty {
      let spread = VoteSpread(
        question: question,
        votes: session?.answers[question.id]?.votes ?? [:]
      )
      option = proposedOption(question, spread: spread).id
    } else if typed == "0" || typed.lowercased() == "n/a" {
      option = Answer.notApplicableValue
    } else if let chosen = typed.count == 1
      ? typed.first.flatMap({ question.option(forKey: $0) }) : question.option(typed)
    {
      option = chosen.id
    } else {
      return [.print("Not an answer: type 1 to \(question.options.count), 0, or Enter> ")]
    }
    phase = .rationale(option: option)
    let what =
      option == Answer.notApplicableValue
      ? "Why does it not apply? (needed)" : "Why did the team agree? (Enter for no rationale)"
    return [.print("\(what)> ")]
  }

  mutating func rationaleLine(_ line: String, option: String) -> [Effect] {
    let rationale = line.trimmingWhitespace()
    if option == Answer.notApplicableValue && rationale.isEmpty {
      return [.print("Not applicable needs a reason. Why does it not apply?> ")]
    }
    phase = .dissent(option: option, rationale: rationale)
    return [.print("Who disagreed, and why? (Enter for nobody)> ")]
  }

  mutating func dissentLine(_ line: String, option: String, rationale: String) -> [Effect] {
    guard let entryIndex = currentIndex else { return finish() }
    let question = entries[entryIndex].question
    let edit = SessionEdit.agree(
      question: question.id,
      option: option,
      rationale: rationale,
      dissent: line.trimmingWhitespace()
    )
    phase = .question
    let label = answerLabelFor(option, question: question)
    return record(edit, confirm: "Agreed: \(label).") + advance()
  }

  private func answerLabelFor(_ option: String, question: Question) -> String {
    option == Answer.notApplicableValue
      ? "not applicable" : question.option(option)?.label ?? option
  }
}
