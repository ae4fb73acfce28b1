import CNcursesw
import Glibc
import TerminalUI

extension CursesTerminal {
  /// Waits up to `timeoutMilliseconds` for input and returns it as a ``Key``.
  ///
  /// Returns `.timeout` when nothing arrives in time (or a signal
  /// interrupted the wait: check ``TerminalSignals/pendingSignal``),
  /// `.resize` after the terminal changed size (``size`` is already
  /// updated), and `.hangup` once the terminal is gone, so a loop never
  /// spins on a dead pty. Keys that mean nothing here are skipped.
  ///
  /// After the process was stopped and continued (SIGCONT), the terminal
  /// modes are restored and `.resize` is returned, so the caller repaints
  /// the whole screen.
  public func readKey(timeoutMilliseconds: Int = 100) -> Key {
    guard isStarted, let window = cn_stdscr() else { return .hangup }
    if TerminalSignals.takeContinued() { return resumeAfterStop() }
    let timeout = Int32(clamping: max(0, timeoutMilliseconds))
    if currentTimeout != timeout {
      wtimeout(window, timeout)
      currentTimeout = timeout
    }
    while true {
      var input: wint_t = 0
      switch wget_wch(window, &input) {
      case KEY_CODE_YES:
        guard let key = Self.key(forCode: Int32(bitPattern: input)) else { continue }
        if key == .resize {
          updateSize()
          previousFrame = nil
        }
        return key
      case OK:
        guard let scalar = Unicode.Scalar(input), let key = Key(typed: scalar) else { continue }
        return key
      default:
        if TerminalSignals.takeContinued() { return resumeAfterStop() }
        return isatty(STDIN_FILENO) == 1 ? .timeout : .hangup
      }
    }
  }

  /// Puts the terminal back in the program's modes (raw, no echo, keypad)
  /// after a stop the shell answered by restoring its own cooked modes, and
  /// forces a full repaint on the next draw.
  private func resumeAfterStop() -> Key {
    reset_prog_mode()
    clearok(cn_curscr(), true)
    updateSize()
    previousFrame = nil
    return .resize
  }

  /// The key for an ncurses `KEY_*` code, or `nil` for codes the app ignores.
  static func key(forCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_PPAGE: .pageUp
    case KEY_NPAGE: .pageDown
    case KEY_HOME: .home
    case KEY_END: .end
    case KEY_ENTER: .enter
    case KEY_BACKSPACE: .backspace
    case KEY_DC: .delete
    case KEY_BTAB: .backTab
    case KEY_RESIZE: .resize
    case cn_key_f(1)...cn_key_f(63): .function(Int(code - KEY_F0))
    default: nil
    }
  }
}
