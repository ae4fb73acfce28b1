import MaturityCore
import TerminalUI

/// Workshop features: votes and agreement, not applicable, evidence,
/// targets, the discussion list and the action backlog.
extension WizardModel {
  // MARK: - Overlays

  mutating func handleWorkshopOverlayKey(_ key: Key, now: Timestamp) -> [WizardEffect] {
    switch overlay {
    case .notApplicable(let id, var reason):
      switch key {
      case .escape:
        cancelOverlay()
      case .enter:
        let text = reason.text.trimmingWhitespace()
        guard !text.isEmpty else {
          message = "not applicable needs a reason"
          return []
        }
        overlay = nil
        let effects = change(id, now: now) { session in
          session.setAnswer(id, value: Answer.notApplicableValue, now: now)
          session.answers[id]?.notApplicableReason = text
        }
        if current + 1 < entries.count { move(to: current + 1) }
        return effects
      default:
        reason.handle(key)
        overlay = .notApplicable(id: id, reason: reason)
      }
    case .votes(let id, let row):
      return handleVoteKey(key, id: id, row: row, now: now)
    case .agree(let id, var option, var rationale, var dissent, var field):
      guard let question = catalog.lookup(id)?.question else {
        overlay = nil
        return []
      }
      switch key {
      case .escape:
        cancelOverlay(showing: .votes(id: id, row: 0))
        return []
      case .tab, .down:
        field = (field + 1) % 3
      case .backTab, .up:
        field = (field + 2) % 3
      case .enter:
        overlay = nil
        let effects = change(id, now: now) { session in
          if session.value(of: id) != option { session.setAnswer(id, value: option, now: now) }
          session.answers[id]?.rationale = rationale.text.trimmingWhitespace().nonEmpty
          session.answers[id]?.dissent = dissent.text.trimmingWhitespace().nonEmpty
        }
        if current + 1 < entries.count { move(to: current + 1) }
        return effects
      case .left where field == 0, .right where field == 0:
        let position = question.options.firstIndex { $0.id == option } ?? 0
        let step = key == .left ? -1 : 1
        option = question.options[min(max(position + step, 0), question.options.count - 1)].id
      case .character(let typed) where field == 0:
        if let chosen = question.option(forKey: typed) {
          option = chosen.id
        } else {
          explainIdleKey(key, question: question)
        }
      default:
        if field == 1 { rationale.handle(key) } else if field == 2 { dissent.handle(key) }
      }
      overlay = .agree(id: id, option: option, rationale: rationale, dissent: dissent, field: field)
    case .evidence(let id, var lines, let confidence):
      switch key {
      case .escape:
        cancelOverlay()
      case .control("D"):
        overlay = nil
        let items = lines.text.split(separator: "\n").compactMap { Evidence(line: String($0)) }
        return change(id, now: now) { session in
          var answer = session.answers[id] ?? Answer()
          answer.evidence = items
          answer.confidence = confidence
          session.answers[id] = answer.isEmpty ? nil : answer
          session.updatedAt = now.iso8601
        }
      case .tab:
        let next: Confidence? =
          switch confidence {
          case .none: .assumed
          case .assumed: .verified
          case .verified: nil
          }
        overlay = .evidence(id: id, lines: lines, confidence: next)
      default:
        lines.handle(key)
        overlay = .evidence(id: id, lines: lines, confidence: confidence)
      }
    case .target(let bank, var value):
      switch key {
      case .escape:
        cancelOverlay()
      case .enter:
        let bankID = banks[bank].id
        let top = banks[bank].levels.count - 1
        let text = value.text.trimmingWhitespace()
        if text.isEmpty {
          overlay = nil
          guard session.targets[bankID] != nil else { return [] }
          session.targets[bankID] = nil
        } else {
          guard let level = Int(text), (0...top).contains(level) else {
            message = "the target is a number from 0 to \(top)"
            return []
          }
          overlay = nil
          session.targets[bankID] = level
        }
        session.updatedAt = now.iso8601
        rescore()
        return requestSave()
      default:
        value.handle(key)
        overlay = .target(bank: bank, value: value)
      }
    case .action(let id, var owner, var due, let field):
      switch key {
      case .escape:
        cancelOverlay()
      case .enter:
        let dueText = due.text.trimmingWhitespace()
        if !dueText.isEmpty && Timestamp(iso8601: dueText + "T00:00:00Z") == nil {
          message = "the due date is YYYY-MM-DD"
          return []
        }
        overlay = nil
        return change(id, now: now) { session in
          var answer = session.answers[id] ?? Answer()
          answer.owner = owner.text.trimmingWhitespace().nonEmpty
          answer.due = dueText.nonEmpty
          session.answers[id] = answer.isEmpty ? nil : answer
          session.updatedAt = now.iso8601
        }
      case .tab, .backTab, .up, .down:
        overlay = .action(id: id, owner: owner, due: due, field: 1 - field)
      default:
        if field == 0 { owner.handle(key) } else { due.handle(key) }
        overlay = .action(id: id, owner: owner, due: due, field: field)
      }
    default:
      break
    }
    return []
  }

  private mutating func handleVoteKey(_ key: Key, id: String, row: Int, now: Timestamp)
    -> [WizardEffect]
  {
    guard let entry = entries.first(where: { $0.question.id == id }) else {
      overlay = nil
      return []
    }
    let voters = self.voters
    // Past the last voter (`row == voters.count`) every voter has voted: a
    // further vote key must not overwrite the last one.
    var isVoteKey = key == .backspace || key == .delete
    if case .character = key { isVoteKey = true }
    if isVoteKey && row >= voters.count {
      message = "everyone has voted: Enter agrees, ↑ changes a vote"
      return []
    }
    switch key {
    case .escape:
      overlay = nil
    case .down, .tab:
      overlay = .votes(id: id, row: row >= voters.count ? row : min(row + 1, voters.count - 1))
    case .up, .backTab:
      overlay = .votes(id: id, row: max(min(row, voters.count) - 1, 0))
    case .enter:
      guard !refusedAsReadOnly() else { return [] }
      let spread = VoteSpread(question: entry.question, votes: session.answers[id]?.votes ?? [:])
      let option = spread.majority ?? entry.question.options[0]
      let answer = session.answers[id]
      open(
        .agree(
          id: id,
          option: option.id,
          rationale: TextEditor(text: answer?.rationale ?? ""),
          dissent: TextEditor(text: answer?.dissent ?? ""),
          field: 0
        )
      )
    case .backspace, .delete, .character("0"):
      guard !refusedAsReadOnly() else { return [] }
      let voter = voters[row]
      let value: String? = key == .character("0") ? Answer.notApplicableValue : nil
      overlay = .votes(id: id, row: row + 1)
      return change(id, now: now) { session in
        var answer = session.answers[id] ?? Answer()
        answer.votes[voter] = value
        session.answers[id] = answer.isEmpty ? nil : answer
        session.updatedAt = now.iso8601
      }
    case .character(let typed):
      guard let option = entry.question.option(forKey: typed) else {
        explainIdleKey(key, question: entry.question)
        return []
      }
      guard !refusedAsReadOnly() else { return [] }
      let voter = voters[row]
      overlay = .votes(id: id, row: row + 1)
      return change(id, now: now) { session in
        var answer = session.answers[id] ?? Answer()
        answer.votes[voter] = option.id
        session.answers[id] = answer
        session.updatedAt = now.iso8601
      }
    default:
      break
    }
    return []
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

  mutating func handleDiscussionKey(_ key: Key, selected: Int) -> [WizardEffect] {
    let order = discussionOrder
    if let next = Self.listMove(key, selected: selected, count: order.count) {
      screen = .discussion(selected: next)
      return []
    }
    switch key {
    case .enter:
      if order.indices.contains(selected) { move(to: order[selected]) }
      screen = .questions
    default:
      return leaveOrHelp(key, toggle: "w")
    }
    return []
  }

  mutating func handleBacklogKey(_ key: Key, selected: Int) -> [WizardEffect] {
    let items = backlogItems
    if let next = Self.listMove(key, selected: selected, count: items.count) {
      screen = .backlog(selected: next)
      return []
    }
    switch key {
    case .enter, .character("e"):
      guard items.indices.contains(selected), !refusedAsReadOnly() else { return [] }
      let item = items[selected]
      open(
        .action(
          id: item.questionID,
          owner: TextEditor(text: item.owner),
          due: TextEditor(text: item.due),
          field: 0
        )
      )
    case .character("g"):
      if items.indices.contains(selected),
        let index = entries.firstIndex(where: { $0.question.id == items[selected].questionID })
      {
        move(to: index)
        screen = .questions
      }
    default:
      return leaveOrHelp(key, toggle: "l")
    }
    return []
  }

  /// Keys every list screen shares: back to the questions (Esc, b, ←,
  /// Backspace or the key that opened it), help, and quit (which asks
  /// first when the last save failed).
  private mutating func leaveOrHelp(_ key: Key, toggle: Character) -> [WizardEffect] {
    switch key {
    case .escape, .character("b"), .backspace, .left, .character(toggle):
      screen = .questions
    case .character("?"), .function(1):
      overlay = .help(scroll: 0)
    case .character("q"):
      return quit()
    default:
      explainIdleKey(key)
    }
    return []
  }
}

extension WizardModel {
  /// The new selection after a list-moving key (↑/↓, j/k, PgUp/PgDn,
  /// Home/End) in a list of `count` rows, or `nil` for other keys.
  static func listMove(_ key: Key, selected: Int, count: Int) -> Int? {
    let last = max(0, count - 1)
    switch key {
    case .down, .character("j"): return min(selected + 1, last)
    case .up, .character("k"): return max(selected - 1, 0)
    case .pageDown: return min(selected + pageSize, last)
    case .pageUp: return max(selected - pageSize, 0)
    case .home: return 0
    case .end: return last
    default: return nil
    }
  }
}
