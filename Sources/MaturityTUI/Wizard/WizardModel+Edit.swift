import MaturityCore

extension WizardModel {
  /// Applies `edits` to the session through the core's checks
  /// (``Session/apply(_:catalog:now:)``), records them for undo, rescores
  /// and asks to save.
  ///
  /// - Returns: the effects, or `nil` when the core refused an edit: then
  ///   nothing changed and ``message`` says why, so the caller can keep
  ///   its dialog open with what was typed.
  mutating func apply(_ edits: [SessionEdit], now: Timestamp) -> [WizardEffect]? {
    // Every edit passes here, so a read-only window can never change the
    // session, whatever key led here.
    guard !refusedAsReadOnly() else { return nil }
    let before = session
    do {
      try session.apply(edits, catalog: catalog, now: now)
    } catch {
      message = error.message
      return nil
    }
    var unchanged = session
    unchanged.updatedAt = before.updatedAt
    guard unchanged != before else {
      session = before
      return []
    }
    undoStack.append(UndoEntry(edits: edits, before: before))
    if undoStack.count > 1000 { undoStack.removeFirst(undoStack.count - 1000) }
    rescore()
    return requestSave()
  }

  /// ``apply(_:now:)`` for one edit.
  mutating func apply(_ edit: SessionEdit, now: Timestamp) -> [WizardEffect]? {
    apply([edit], now: now)
  }

  /// Undoes the last change: the session goes back to what it was before
  /// it, and the wizard shows the question it was about.
  mutating func undo(now: Timestamp) -> [WizardEffect] {
    guard let last = undoStack.popLast() else {
      message = "nothing to undo"
      return []
    }
    session = last.before
    session.updatedAt = now.iso8601
    if let id = last.questionID {
      if let index = entries.firstIndex(where: { $0.question.id == id }) { move(to: index) }
      message = "undone: \(id)"
    } else {
      message = "undone: \(Self.describe(last.edits.first))"
    }
    rescore()
    return requestSave()
  }

  private static func describe(_ edit: SessionEdit?) -> String {
    switch edit {
    case .target(let framework, _): "target of \(framework)"
    case .timebox: "timebox"
    case .addParticipant(let name): "participant \(name)"
    case .removeParticipant(let name, let keepVotes):
      "removal of \(name)" + (keepVotes ? "" : "; their votes are back")
    case .renameParticipant(let from, let to): "renaming \(from) to \(to)"
    case .team: "team name"
    case .system: "ML system name"
    case .facilitator: "facilitator"
    case .date: "assessment date"
    case .anonymousVotes(let on): "anonymous votes \(on ? "on" : "off")"
    case .context(let key, _): "\(key)"
    default: "last change"
    }
  }
}
