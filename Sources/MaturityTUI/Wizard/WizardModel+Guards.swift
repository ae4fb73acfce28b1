import MaturityCore
import TerminalUI

/// The rules that keep a workshop safe from stray keys: a read-only window
/// refuses edits and offers a copy; Esc cancels a window but keeps what was
/// typed as a draft, in every window that takes text (the one Esc rule,
/// ``OverlayKeys/escapeRule``); a key that does nothing says so.
extension WizardModel {
  // MARK: - Read-only

  /// In a read-only window, refuses an edit: opens the read-only prompt
  /// (`w` saves a copy) and returns `true`. Returns `false` otherwise.
  mutating func refusedAsReadOnly() -> Bool {
    guard readOnly else { return false }
    overlay = .readOnly
    return true
  }

  /// Where the read-only prompt suggests saving a copy: `name-copy.json`
  /// next to the session.
  var copyPath: String {
    let name = path.hasSuffix(".json") ? String(path.dropLast(5)) : path
    return name + "-copy.json"
  }

  /// The read-only prompt: `w` goes on to save a copy, any other key closes.
  mutating func handleReadOnlyPromptKey(_ key: Key) {
    if OverlayKeys.readOnly.action(for: key) == .saveElsewhere {
      open(.saveAs(SaveAsWindow(path: TextEditor(text: copyPath))))
    } else {
      overlay = nil
    }
  }

  /// A save finished at `savedPath`: a copy saved from a read-only window
  /// is this window's own file, so it takes edits from now on.
  mutating func adoptSavedCopy(at savedPath: String) {
    guard savedPath != path else { return }
    path = savedPath
    readOnly = false
    message = "saved a copy to \(savedPath); further changes go there"
  }

  // MARK: - Esc cancels, typing is never lost

  /// Opens `fresh`, or the draft of the same window on the same question
  /// when one was kept by Esc.
  mutating func open(_ fresh: Overlay) {
    if let draft, draft.draftKey == fresh.draftKey {
      overlay = draft
      self.draft = nil
      overlayOpenedWith = fresh.typedContent ?? []
      message = "your unsaved text is back (Esc keeps it again)"
    } else {
      overlay = fresh
      overlayOpenedWith = fresh.typedContent ?? []
    }
  }

  /// Closes the window (Esc) without saving, then shows `next`. Text that
  /// differs from what is saved is kept as the draft, and the status line
  /// says how to get it back.
  mutating func cancelOverlay(showing next: Overlay? = nil) {
    if let current = overlay, let content = current.typedContent, content != overlayOpenedWith {
      draft = current
      quitWarnedOfDraft = false
      message = current.draftHint
    }
    overlay = next
  }

  /// With a draft kept by Esc, the first q says what would be lost and
  /// returns `true`; the next q quits (the draft is then dropped).
  mutating func holdQuitForDraft() -> Bool {
    guard let kept = draft, !quitWarnedOfDraft else { return false }
    quitWarnedOfDraft = true
    message = "your \(kept.draftName) draft is not saved; q again quits without it"
    return true
  }

  // MARK: - Keys that do nothing

  /// Says on the status line why `key` did nothing (for `question`'s
  /// answers where it looks like an answer key).
  mutating func explainIdleKey(_ key: Key, question: Question? = nil) {
    if let question, case .character(let typed) = key, typed.isNumber || typed.isLetter {
      message = "\(typed) is not an answer here: \(Self.answerKeys(question))"
    } else {
      message = Self.idleKeyMessage(key)
    }
  }

  /// What the status line says of a key that does nothing on a screen
  /// with `?` help (the wizard's and the start screen's).
  static func idleKeyMessage(_ key: Key) -> String {
    guard case .character(let typed) = key else {
      return "that key does nothing here; ? lists the keys"
    }
    return "\(typed) does nothing here; ? lists the keys"
  }

  /// `answers 1-2 or a c` (the digits, then the letters).
  static func answerKeys(_ question: Question) -> String {
    let letters = question.options.map { String($0.key) }.joined(separator: " ")
    return "answers are 1-\(question.options.count) or \(letters)"
  }
}
