import MaturityCore
import TerminalUI

/// Workshop features: votes and agreement, not applicable, evidence,
/// targets, the discussion list and the action backlog.
extension WizardModel {
  // MARK: - Overlays

  mutating func handleWorkshopOverlayKey(_ key: Key, now: Timestamp) -> [WizardEffect] {
    switch overlay {
    case .notApplicable(var window):
      switch NotApplicableWindow.keys.action(for: key) {
      case .cancel:
        cancelOverlay()
      case .save:
        let edit = SessionEdit.notApplicable(question: window.id, reason: window.reason.text)
        guard let effects = apply(edit, now: now) else { return [] }
        overlay = nil
        if current + 1 < entries.count { move(to: current + 1) }
        return effects
      default:
        window.reason.handle(key)
        overlay = .notApplicable(window)
      }
    case .votes(let window):
      return handleVoteKey(key, window: window, now: now)
    case .agree(let window):
      return handleAgreeKey(key, window: window, now: now)
    case .evidence(var window):
      switch EvidenceWindow.keys.action(for: key) {
      case .cancel:
        cancelOverlay()
      case .save:
        var items: [Evidence] = []
        for (number, line) in window.lines.text.split(separator: "\n").enumerated()
        where !line.allSatisfy(\.isWhitespace) {
          guard let item = Evidence(line: String(line)) else {
            message = "evidence line \(number + 1) needs a link or a path before the first |"
            return []
          }
          items.append(item)
        }
        let edits: [SessionEdit] = [
          .evidence(question: window.id, items: items),
          .confidence(question: window.id, level: window.confidence),
        ]
        guard let effects = apply(edits, now: now) else { return [] }
        overlay = nil
        return effects
      case .confidence:
        window.stepConfidence()
        overlay = .evidence(window)
      default:
        window.lines.handle(key)
        overlay = .evidence(window)
      }
    case .target(var window):
      switch TargetWindow.keys.action(for: key) {
      case .cancel:
        cancelOverlay()
      case .save:
        let bank = banks[window.bank]
        let text = window.value.text.trimmingWhitespace()
        guard text.isEmpty || Int(text) != nil else {
          message = "the target is a number from 0 to \(bank.levels.count - 1)"
          return []
        }
        guard let effects = apply(.target(framework: bank.id, level: Int(text)), now: now) else {
          return []
        }
        overlay = nil
        return effects
      default:
        window.value.handle(key)
        overlay = .target(window)
      }
    case .action(var window):
      switch ActionWindow.keys.action(for: key) {
      case .cancel:
        cancelOverlay()
      case .save:
        let edits: [SessionEdit] = [
          .owner(question: window.id, name: window.owner.text),
          .due(question: window.id, day: window.due.text),
        ]
        guard let effects = apply(edits, now: now) else { return [] }
        overlay = nil
        return effects
      case .switchField:
        window.focus = window.focus == .owner ? .due : .owner
        overlay = .action(window)
      case .none:
        window.type(key)
        overlay = .action(window)
      }
    default:
      break
    }
    return []
  }

  private mutating func handleAgreeKey(_ key: Key, window: AgreeWindow, now: Timestamp)
    -> [WizardEffect]
  {
    var window = window
    guard let question = catalog.lookup(window.id)?.question else {
      overlay = nil
      return []
    }
    switch AgreeWindow.keys.action(for: key) {
    case .cancel:
      cancelOverlay(showing: .votes(VotesWindow(id: window.id)))
      return []
    case .nextField:
      window.moveFocus(by: 1)
    case .previousField:
      window.moveFocus(by: -1)
    case .save:
      if window.option == Answer.notApplicableValue
        && window.rationale.text.trimmingWhitespace().isEmpty
      {
        message = "N/A needs a reason: write why it does not apply"
        window.focus = .rationale
        break
      }
      let edit = SessionEdit.agree(
        question: window.id,
        option: window.option,
        rationale: window.rationale.text,
        dissent: window.dissent.text
      )
      guard let effects = apply(edit, now: now) else { return [] }
      overlay = nil
      if current + 1 < entries.count { move(to: current + 1) }
      return effects
    case .chooseAnswer where window.focus == .answer:
      window.stepAnswer(key, of: question)
    case .chooseAnswer, .none:
      switch (window.focus, key) {
      case (.answer, .character("0")):
        window.option = Answer.notApplicableValue
      case (.answer, .character(let typed)):
        if let chosen = question.option(forKey: typed) {
          window.option = chosen.id
        } else {
          explainIdleKey(key, question: question)
        }
      default:
        window.type(key)
      }
    }
    overlay = .agree(window)
    return []
  }

  private mutating func handleVoteKey(_ key: Key, window: VotesWindow, now: Timestamp)
    -> [WizardEffect]
  {
    let (id, row) = (window.id, window.row)
    guard let entry = entries.first(where: { $0.question.id == id }) else {
      overlay = nil
      return []
    }
    let voters = self.voters
    // Past the last voter (`row == voters.count`) every voter has voted: a
    // further vote key must not overwrite the last one.
    var isVoteKey = key == .backspace || key == .delete
    if case .character = key { isVoteKey = true }
    if isVoteKey && window.isPastLastVoter(voters.count) {
      message = "everyone has voted: Enter agrees, ↑ changes a vote"
      return []
    }
    switch key {
    case .escape:
      overlay = nil
    case .down, .tab, .up, .backTab:
      var next = window
      if key == .down || key == .tab {
        next.next(of: voters.count)
      } else {
        next.previous(of: voters.count)
      }
      overlay = .votes(next)
    case .enter:
      guard !refusedAsReadOnly() else { return [] }
      let spread = VoteSpread(question: entry.question, votes: session.answers[id]?.votes ?? [:])
      let option =
        spread.proposesNotApplicable
        ? Answer.notApplicableValue : (spread.majority ?? entry.question.options[0]).id
      let answer = session.answers[id]
      open(
        .agree(
          AgreeWindow(
            id: id,
            option: option,
            rationale: TextEditor(text: answer?.rationale ?? ""),
            dissent: TextEditor(text: answer?.dissent ?? "")
          )
        )
      )
    case .backspace, .delete, .character("0"):
      guard !refusedAsReadOnly() else { return [] }
      let value: String? = key == .character("0") ? Answer.notApplicableValue : nil
      overlay = .votes(VotesWindow(id: id, row: row + 1))
      return vote(value, on: id, row: row, now: now)
    case .character(let typed):
      guard let option = entry.question.option(forKey: typed) else {
        explainIdleKey(key, question: entry.question)
        return []
      }
      guard !refusedAsReadOnly() else { return [] }
      overlay = .votes(VotesWindow(id: id, row: row + 1))
      return vote(option.id, on: id, row: row, now: now)
    default:
      break
    }
    return []
  }

  /// Records the vote of the voter in `row`. Without named participants
  /// the placeholders P1…P5 become the participants at the first vote, so
  /// the grid stays the same and the file names who voted.
  private mutating func vote(_ option: String?, on id: String, row: Int, now: Timestamp)
    -> [WizardEffect]
  {
    let voters = self.voters
    let placeholders: [SessionEdit] =
      session.participants.isEmpty && option != nil ? voters.map { .addParticipant($0) } : []
    let edit = SessionEdit.vote(question: id, participant: voters[row], option: option)
    return apply(placeholders + [edit], now: now) ?? []
  }

  // MARK: - Screens

  /// Entry positions of questions with votes, the most split room first:
  /// the lowest share of the most common answer, then the widest distance
  /// between the answers voted, then question order.
  public var discussionOrder: [Int] {
    let voted = entries.indices.compactMap { index -> (Int, VoteSpread)? in
      guard let votes = session.answers[entries[index].question.id]?.votes, !votes.isEmpty else {
        return nil
      }
      return (index, VoteSpread(question: entries[index].question, votes: votes))
    }
    return voted.sorted { lhs, rhs in
      if lhs.1.topShare != rhs.1.topShare { return lhs.1.topShare < rhs.1.topShare }
      return (lhs.1.range, -lhs.0) > (rhs.1.range, -rhs.0)
    }.map(\.0)
  }

  /// The backlog of the session as it stands.
  public var backlog: Backlog { Backlog(session: session, scores: scores) }

  /// The backlog's items as the screen lists them: those that close a gap
  /// to a target first, in the command line's order.
  public var backlogItems: [Backlog.Item] { BacklogReport.ordered(backlog) }
}
