/// One input event from the terminal: a key press, a resize, a hang-up, or
/// the end of a poll interval with no input.
///
/// The backend turns raw terminal input into these; apps and tests only
/// see `Key`.
///
/// ```swift
/// switch key {
/// case .character("q"), .escape: quit()
/// case .down: selection += 1
/// case .control("E"): openEditor()
/// default: break
/// }
/// ```
public enum Key: Hashable, Sendable {
  /// A printable character, as typed (`"é"`, `"漢"`, `" "`).
  case character(Character)
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Page Up.
  case pageUp
  /// Page Down.
  case pageDown
  /// Home.
  case home
  /// End.
  case end
  /// Enter or Return (CR, LF or the keypad Enter).
  case enter
  /// Tab (also Ctrl+I).
  case tab
  /// Shift+Tab.
  case backTab
  /// Backspace (also Ctrl+H and DEL).
  case backspace
  /// Delete (forward delete).
  case delete
  /// A lone Escape.
  case escape
  /// The terminal changed size; read the new size from the backend.
  case resize
  /// Function key F1, F2, …
  case function(Int)
  /// Ctrl plus a key, named by its upper-case letter or symbol: `"E"` for
  /// Ctrl+E. Ctrl+I, Ctrl+M, Ctrl+J, Ctrl+H and Ctrl+[ arrive as `.tab`,
  /// `.enter`, `.backspace` and `.escape`, because terminals send the same
  /// bytes for them.
  case control(Character)
  /// The terminal went away (the pty was closed); the app should save and
  /// exit.
  case hangup
  /// Nothing was typed within the poll interval.
  case timeout

  /// The key a terminal sends as this single scalar, or `nil` when the
  /// scalar is neither printable nor a known control character.
  ///
  /// Maps CR and LF to `.enter`, TAB to `.tab`, DEL and BS to `.backspace`,
  /// ESC to `.escape`, other C0 controls to `.control` (`0x05` is
  /// `.control("E")`), and printable scalars to `.character`. C1 controls
  /// and other non-printable scalars give `nil`.
  public init?(typed scalar: Unicode.Scalar) {
    switch scalar.value {
    case 0x0D, 0x0A: self = .enter
    case 0x09: self = .tab
    case 0x08, 0x7F: self = .backspace
    case 0x1B: self = .escape
    case 0x00..<0x20:
      guard let letter = Unicode.Scalar(scalar.value + 0x40) else { return nil }
      self = .control(Character(letter))
    default:
      guard !TerminalSafeText.needsEscaping(scalar) && DisplayWidth.of(scalar) > 0 else {
        return nil
      }
      self = .character(Character(scalar))
    }
  }
}
