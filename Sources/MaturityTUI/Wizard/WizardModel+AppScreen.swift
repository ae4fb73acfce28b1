import MaturityCore
import TerminalUI

/// The wizard as a screen of the app: app events become wizard events, and
/// wizard effects app effects.
extension WizardModel: AppScreen {
  public mutating func handle(_ event: AppEvent, now: Timestamp) -> [AppEffect] {
    let effects: [WizardEffect]
    switch event {
    case .key(let key):
      effects = update(.key(key), now: now)
    case .resize(let size):
      screenSize = size
      return []
    case .signal:
      effects = update(.quitRequested, now: now)
    case .saved(let path):
      effects = update(.saved(path: path), now: now)
    case .saveFailed(let reason):
      effects = update(.saveFailed(reason), now: now)
    case .externalEditFinished(let text, let message):
      let note = text.map(Self.note(fromEditorFile:))
      effects = update(.externalEditFinished(text: note, message: message), now: now)
    case .sessionOpened, .sessionCreated, .diffLoaded, .loadFailed, .savesFinished:
      return []
    }
    return effects.map { effect in
      switch effect {
      case .save(let session, let path): .save(session, path: path)
      case .editExternally(let text): .editExternally(text: Self.editorFile(of: text))
      case .quit: .quit(code: 0, farewell: [])
      }
    }
  }

  public func render(size: Size) -> Frame { WizardView.render(self, size: size) }

  /// The wizard says itself that only q works on a too-small terminal.
  public var handlesTooSmall: Bool { true }

  /// How the session was left: saved, read-only, or not saved and why.
  public var farewell: [String] {
    if case .failed(let reason) = saveState {
      return ["mlmaturity: quit without saving: \(reason)"]
    }
    if readOnly {
      return ["mlmaturity: read-only (another mlmaturity has \(path) open): nothing was changed"]
    }
    return ["mlmaturity: session saved to \(path)"]
  }

  /// The file `$EDITOR` opens for `note`: the note and a final line feed,
  /// as editors expect a text file to end.
  static func editorFile(of note: String) -> String { note + "\n" }

  /// The note in the file `$EDITOR` left: without exactly one final line
  /// feed (editors add one; any further blank lines are the user's).
  static func note(fromEditorFile text: String) -> String {
    text.hasSuffix("\n") ? String(text.dropLast()) : text
  }

  /// Shows the first of `warnings` (what `validate` says about the file) on
  /// the status line as the wizard opens, with how many more there are;
  /// unless it opened read-only (that notice comes first).
  public mutating func announceWarnings(_ warnings: [String]) {
    guard !readOnly, let first = warnings.first else { return }
    let more =
      warnings.count == 1
      ? "" : " (and \(warnings.count - 1) more: `mlmaturity validate \(path)` lists them)"
    announce("warning: \(first)\(more)")
  }
}
