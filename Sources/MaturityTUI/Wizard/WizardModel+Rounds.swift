import MaturityCore
import TerminalUI

/// Workshop rounds in the wizard: accepting last round's answer with one
/// key, and accepting a question everyone voted alike on from the
/// discussion list.
extension WizardModel {
  /// The rationale recorded when a unanimous vote is accepted from the
  /// discussion list: the file then says why nobody argued.
  public static let unanimousRationale = "unanimous"

  /// Last round's answer to question `id`, as the question pane shows it:
  /// `Manual`, or `not applicable: reason`; `nil` without one.
  public func previousAnswerText(for id: String) -> String? {
    guard let previous = session.previous, let value = previous.answers[id] else { return nil }
    if value == Answer.notApplicableValue {
      return "not applicable: " + (previous.reasons[id] ?? "")
    }
    return catalog.lookup(id)?.question.option(value)?.label ?? value
  }

  /// `=`: gives the current question its answer from last round and moves
  /// on, as answering does.
  mutating func acceptPrevious(now: Timestamp) -> [WizardEffect] {
    guard let entry = currentEntry else { return [] }
    guard let previous = session.previous else {
      message = "= accepts last round's answer: this session is not a next round"
      return []
    }
    guard let edit = previous.acceptEdit(for: entry.question.id) else {
      message = "no answer last time (\(previous.date)) to accept: answer with a key"
      return []
    }
    return record(edit, now: now)
  }

  /// The answer every vote on question `id` names (an option id or `n/a`),
  /// or `nil` when nobody voted or the votes differ.
  func unanimousVote(on id: String) -> String? {
    let values = Set(session.answers[id]?.votes.values.map { $0 } ?? [])
    return values.count == 1 ? values.first : nil
  }

  /// `a` on the discussion list: agrees on the option everyone voted for
  /// the highlighted question (rationale ``unanimousRationale``, any
  /// dissent kept) and highlights the next row. A unanimous n/a is not
  /// agreed this way: it needs a reason, written in the agree window.
  mutating func acceptUnanimous(selected: Int, order: [Int], now: Timestamp) -> [WizardEffect] {
    guard order.indices.contains(selected) else { return [] }
    let id = entries[order[selected]].question.id
    guard let option = unanimousVote(on: id) else {
      message = "\(id): the votes differ; Enter opens it to discuss and agree"
      return []
    }
    // Not applicable needs a reason of its own, which votes do not carry.
    guard option != Answer.notApplicableValue else {
      message = "\(id): everyone voted n/a; Enter opens it, v then Enter to write why"
      return []
    }
    let dissent = session.answers[id]?.dissent ?? ""
    let edit = SessionEdit.agree(
      question: id,
      option: option,
      rationale: Self.unanimousRationale,
      dissent: dissent
    )
    guard let effects = apply(edit, now: now) else { return [] }
    show(DiscussionPage(selected: min(selected + 1, max(0, order.count - 1))))
    message = "\(id): agreed unanimously"
    return effects
  }
}
