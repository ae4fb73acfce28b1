import MaturityCore
import TerminalUI

/// What the app reacts to: keys, the terminal's size, and the outcomes of
/// the effects it asked for (saves, `$EDITOR`, loads).
public enum AppEvent: Sendable {
  /// A key press (or `.timeout`, `.hangup`).
  case key(Key)
  /// The terminal's size, sent first and whenever it changes.
  case resize(Size)
  /// A signal arrived: leave now (a note being edited is kept and saved).
  case signal(Int32)
  /// A save finished; the file now holds the session as of that save.
  case saved(path: String)
  /// A save failed; the message says why.
  case saveFailed(String)
  /// `$EDITOR` returned: the file's text as the editor left it, or `nil`
  /// when it failed (with a message).
  case externalEditFinished(text: String?, message: String?)
  /// ``AppEffect/open(_:)`` loaded the session at `path`: with this
  /// process's lock, or read-only when another mlmaturity holds it;
  /// `warnings` are what `validate` would say about it.
  case sessionOpened(Session, path: String, readOnly: Bool, warnings: [String])
  /// ``AppEffect/create(_:)`` or ``AppEffect/nextRound(_:)`` wrote a new
  /// session at `path` (`nextRoundOf`: the previous round's path).
  case sessionCreated(Session, path: String, nextRoundOf: String?)
  /// ``AppEffect/compare(old:new:)`` loaded both sessions.
  case diffLoaded(SessionDiff, old: String, new: String)
  /// A load or create failed; the message says why.
  case loadFailed(String)
  /// Every save asked for has finished (after ``AppEffect/finishSaves``).
  case savesFinished
}

/// What the app asks its runner to do. The app itself never touches files
/// or the terminal, so it can be tested with plain values.
public enum AppEffect: Sendable, Equatable {
  /// Load the session at this path (taking its lock), then send
  /// `.sessionOpened` or `.loadFailed`.
  case open(String)
  /// Create a session from the form, then send `.sessionCreated` or
  /// `.loadFailed`.
  case create(NewSessionRequest)
  /// Start the next round of the session at this path (dated today), then
  /// send `.sessionCreated` or `.loadFailed`.
  case nextRound(String)
  /// Load two sessions to compare (the older first), then send
  /// `.diffLoaded` or `.loadFailed`.
  case compare(old: String, new: String)
  /// Write the session to `path` atomically (in the background), then send
  /// `.saved` or `.saveFailed`.
  case save(Session, path: String)
  /// Open `$EDITOR` on a file holding `text`, then send
  /// `.externalEditFinished` with the file's text.
  case editExternally(text: String)
  /// Wait until every save has finished, deliver their outcomes, then send
  /// `.savesFinished`.
  case finishSaves
  /// Restore the terminal, print `farewell` to standard error, exit `code`.
  case quit(code: Int32, farewell: [String])
  /// A screen is done: the app shows the screen it was opened from (never
  /// reaches the runner).
  case back
}
