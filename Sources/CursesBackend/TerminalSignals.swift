import Glibc
import Synchronization

/// The last of SIGINT, SIGTERM or SIGHUP received, or 0.
private let pendingSignalNumber = Atomic<Int32>(0)
/// Whether SIGCONT arrived since the last ``TerminalSignals/takeContinued()``.
private let continuedFlag = Atomic<Bool>(false)
/// Whether ``TerminalSignals/install()`` has run.
private let signalsInstalled = Atomic<Bool>(false)

/// Turns SIGINT, SIGTERM and SIGHUP into a flag that the app's loop polls.
///
/// Curses code must not run inside a signal handler, so the handlers only
/// record the signal number. The loop checks ``pendingSignal`` after every
/// ``CursesTerminal/readKey(timeoutMilliseconds:)`` and then shuts down
/// normally: `stop()`, save, print a message, exit with `128 + signal`.
///
/// ```swift
/// let key = terminal.readKey(timeoutMilliseconds: 100)
/// if let signal = TerminalSignals.pendingSignal {
///   terminal.stop()
///   exit(128 + signal)
/// }
/// ```
///
/// SIGCONT (the process resumes after `kill -STOP` and `fg` or `kill -CONT`,
/// which ncurses's Ctrl+Z handling never sees) is recorded too:
/// ``CursesTerminal/readKey(timeoutMilliseconds:)`` then restores the
/// terminal modes (the shell leaves it cooked and echoing) and repaints.
///
/// ``CursesTerminal/start()`` calls ``install()`` before it opens the
/// terminal, because ncurses installs its own SIGINT and SIGTERM handlers
/// only where none is set yet; ncurses keeps its SIGWINCH (resize) and
/// SIGTSTP (Ctrl+Z) handling.
public enum TerminalSignals {
  /// The signals whose arrival is recorded.
  public static let recorded: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Installs the handlers (without `SA_RESTART`, so a blocked read returns
  /// at once), ignores SIGPIPE, and unblocks the signals a terminal app
  /// relies on (INT, TERM, HUP, WINCH, TSTP, CONT), which a parent may have
  /// left blocked. Safe to call more than once.
  public static func install() {
    guard !signalsInstalled.exchange(true, ordering: .acquiringAndReleasing) else { return }
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { signalNumber in
      pendingSignalNumber.store(signalNumber, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    for signalNumber in recorded {
      sigaction(signalNumber, &action, nil)
    }
    var resumed = sigaction()
    resumed.__sigaction_handler.sa_handler = { _ in
      continuedFlag.store(true, ordering: .relaxed)
    }
    sigemptyset(&resumed.sa_mask)
    resumed.sa_flags = 0
    sigaction(SIGCONT, &resumed, nil)
    signal(SIGPIPE, SIG_IGN)
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT] {
      sigaddset(&unblocked, signalNumber)
    }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// The signal that arrived since the last ``clearPendingSignal()``, if any.
  public static var pendingSignal: Int32? {
    let signalNumber = pendingSignalNumber.load(ordering: .relaxed)
    return signalNumber == 0 ? nil : signalNumber
  }

  /// Whether the process was continued (SIGCONT) since the last call;
  /// clears the flag.
  public static func takeContinued() -> Bool {
    continuedFlag.exchange(false, ordering: .relaxed)
  }

  /// Forgets a pending signal (for example after asking "quit? y/n").
  public static func clearPendingSignal() {
    pendingSignalNumber.store(0, ordering: .relaxed)
  }
}
