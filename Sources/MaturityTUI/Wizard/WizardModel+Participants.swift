import MaturityCore
import TerminalUI

/// The participants window (`P`): add, rename (votes move with the name)
/// and remove (keeping or dropping that person's votes) during a session;
/// and how voters are shown when votes are anonymous.
extension WizardModel {
  /// How the vote grid names voter `index` of ``voters``: `P1`…`Pn` when
  /// the session's votes are anonymous, else the name.
  public func voterLabel(_ index: Int) -> String {
    session.anonymousVotes ? "P\(index + 1)" : voters[index]
  }

  /// Question `id`'s answer as the question pane shows it: with anonymous
  /// votes, a voter's name in a note, rationale or dissent reads P1…Pn, as
  /// in reports (``Session/forSharing``).
  public func shownAnswer(_ id: String) -> Answer? {
    session.anonymousVotes ? session.forSharing.answers[id] : session.answers[id]
  }

  mutating func handleParticipantsKey(
    _ key: Key,
    window: ParticipantsWindow,
    now: Timestamp
  ) -> [WizardEffect] {
    let names = session.participants
    let row = min(window.row, max(0, names.count - 1))
    let step = window.step
    switch step {
    case .list:
      var list = ListState(selected: row, count: names.count)
      if list.handle(key) {
        overlay = .participants(ParticipantsWindow(row: list.selected, step: .list))
        return []
      }
      switch ParticipantsWindow.keys.action(for: key) {
      case .cancel:
        overlay = nil
      case .add:
        guard !refusedAsReadOnly() else { return [] }
        open(.participants(ParticipantsWindow(row: row, step: .add(TextEditor()))))
      case .rename:
        guard names.indices.contains(row), !refusedAsReadOnly() else { return [] }
        open(
          .participants(ParticipantsWindow(row: row, step: .rename(TextEditor(text: names[row]))))
        )
      case .remove:
        guard names.indices.contains(row), !refusedAsReadOnly() else { return [] }
        overlay = .participants(ParticipantsWindow(row: row, step: .remove))
      default:
        message = "a adds, r renames, d removes, Esc closes"
      }
    case .add(var editor), .rename(var editor):
      let adding = if case .add = step { true } else { false }
      switch ParticipantsWindow.nameKeys.action(for: key) {
      case .cancel:
        cancelOverlay(showing: .participants(ParticipantsWindow(row: row, step: .list)))
      case .save:
        let name = editor.text.trimmingWhitespace()
        let edit: SessionEdit =
          adding ? .addParticipant(name) : .renameParticipant(from: names[row], to: name)
        guard let effects = apply(edit, now: now) else { return [] }
        let position = session.participants.firstIndex(of: name) ?? row
        overlay = .participants(ParticipantsWindow(row: position, step: .list))
        return effects
      default:
        editor.handle(key)
        overlay = .participants(
          ParticipantsWindow(row: row, step: adding ? .add(editor) : .rename(editor))
        )
      }
    case .remove:
      guard names.indices.contains(row) else {
        overlay = .participants(ParticipantsWindow(row: row, step: .list))
        return []
      }
      let action = ParticipantsWindow.removalKeys.action(for: key)
      switch action {
      case .keepVotes, .dropVotes:
        let edit = SessionEdit.removeParticipant(names[row], keepVotes: action == .keepVotes)
        guard let effects = apply(edit, now: now) else { return [] }
        overlay = .participants(ParticipantsWindow(row: max(0, row - 1), step: .list))
        message =
          action == .keepVotes
          ? "removed \(names[row]); their votes stay in the file"
          : "removed \(names[row]) and their votes"
        return effects
      case .cancel:
        overlay = .participants(ParticipantsWindow(row: row, step: .list))
      default:
        message = "k keeps their votes, d drops them, Esc keeps the participant"
      }
    }
    return []
  }
}
