import MaturityCore
import TerminalUI

/// What the wizard reacts to: keys, and the outcomes of effects it asked for.
public enum WizardEvent: Sendable, Equatable {
  /// A key press (or `.resize`, `.timeout`, `.hangup`).
  case key(Key)
  /// Leave now (a signal, or `q` on a screen too small to show anything):
  /// a note being edited is kept, then the wizard saves and quits.
  case quitRequested
  /// A save finished; the file now holds the session as of that save.
  case saved(path: String)
  /// A save failed; the message says why. The answers stay in memory.
  case saveFailed(String)
  /// `$EDITOR` returned: the edited note, or `nil` when it failed or was
  /// cancelled (with a message).
  case externalEditFinished(text: String?, message: String?)
}

/// What the wizard asks its runner to do. The wizard itself never touches
/// files or the terminal, so it can be tested with plain values.
public enum WizardEffect: Sendable, Equatable {
  /// Write the session to `path` atomically, then send `.saved` or
  /// `.saveFailed`.
  case save(Session, path: String)
  /// Open `$EDITOR` on `text`, then send `.externalEditFinished`.
  case editExternally(text: String)
  /// Leave the wizard.
  case quit
}
