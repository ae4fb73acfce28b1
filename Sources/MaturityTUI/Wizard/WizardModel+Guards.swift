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
      open(.saveAs(TextEditor(text: copyPath)))
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
    guard case .character(let typed) = key else {
      message = "that key does nothing here; ? lists the keys"
      return
    }
    if let question, typed.isNumber || typed.isLetter {
      message = "\(typed) is not an answer here: \(Self.answerKeys(question))"
    } else {
      message = "\(typed) does nothing here; ? lists the keys"
    }
  }

  /// `answers 1-2 or a c` (the digits, then the letters).
  static func answerKeys(_ question: Question) -> String {
    let letters = question.options.map { String($0.key) }.joined(separator: " ")
    return "answers are 1-\(question.options.count) or \(letters)"
  }
}

extension WizardModel.Overlay {
  /// What a draft of this window is kept under: the window and its question
  /// (`nil`: not a text window).
  var draftKey: String? {
    switch self {
    case .note(let id, _): "note \(id)"
    case .notApplicable(let id, _): "n/a \(id)"
    case .agree(let window): "agree \(window.id)"
    case .evidence(let id, _, _): "evidence \(id)"
    case .target(let bank, _): "target \(bank)"
    case .action(let window): "action \(window.id)"
    case .participants(_, .add): "participant add"
    case .participants(let row, .rename): "participant rename \(row)"
    case .saveAs: "save as"
    default: nil
    }
  }

  /// The values a user typed or chose in it (`nil`: not a text window).
  var typedContent: [String]? {
    switch self {
    case .note(_, let editor): [editor.text]
    case .notApplicable(_, let reason): [reason.text]
    case .agree(let window): [window.option, window.rationale.text, window.dissent.text]
    case .evidence(_, let lines, let confidence): [lines.text, confidence?.rawValue ?? ""]
    case .target(_, let value): [value.text]
    case .action(let window): [window.owner.text, window.due.text]
    case .participants(_, .add(let name)), .participants(_, .rename(let name)): [name.text]
    case .saveAs(let editor): [editor.text]
    default: nil
    }
  }

  /// What the draft holds, for messages.
  var draftName: String {
    switch self {
    case .note: "note"
    case .notApplicable: "not-applicable reason"
    case .agree: "agreement"
    case .evidence: "evidence"
    case .target: "target"
    case .action: "owner and due date"
    case .participants: "participant name"
    case .saveAs: "save-as path"
    default: "text"
    }
  }

  /// The status line after Esc kept this window's text as a draft.
  var draftHint: String {
    switch self {
    case .note: "note not saved (Ctrl+D saves); n brings your text back"
    case .notApplicable: "not applicable not saved; 0 brings your reason back"
    case .agree: "agreement not saved; Enter brings it back"
    case .evidence: "evidence not saved (Ctrl+D saves); e brings it back"
    case .target: "target not saved; t brings it back"
    case .action: "owner and due date not saved; Enter brings them back"
    case .participants(_, .add): "participant not added; a brings the name back"
    case .participants: "rename not saved; r brings the name back"
    case .saveAs: "not saved elsewhere; w brings the path back"
    default: "not saved"
    }
  }
}
