import CNcursesw
import Glibc
import Synchronization
import TerminalUI

/// Whether curses owns the terminal; read by the exit hook.
private let cursesActive = Atomic<Bool>(false)
/// Whether the exit hook is registered.
private let exitHookInstalled = Atomic<Bool>(false)

/// The terminal, driven through ncursesw: draws ``ScreenBuffer`` frames and
/// reads ``Key`` events.
///
/// Curses is single-threaded, so this class is not `Sendable`: create it,
/// use it and stop it on the main loop.
///
/// ```swift
/// let terminal = CursesTerminal()
/// try terminal.start()          // throws CursesError, never exits
/// defer { terminal.stop() }
/// while true {
///   terminal.draw(render(state, size: terminal.size))  // a Frame
///   let key = terminal.readKey(timeoutMilliseconds: 100)
///   if TerminalSignals.pendingSignal != nil || key == .hangup { break }
///   state.handle(key)
/// }
/// ```
public final class CursesTerminal: TerminalBackend {
  /// The terminal's current size; updated when a `.resize` key is read.
  public private(set) var size = Size.zero
  /// Whether styles are drawn in colour, decided once by ``start()``.
  public private(set) var colorMode = ColorMode.monochrome

  /// The ncurses screen while started.
  private var screen: OpaquePointer?
  /// The last frame drawn, to skip unchanged cells; `nil` forces a full redraw.
  var previousFrame: ScreenBuffer?
  /// Colour pair numbers by `(foreground, background)` key.
  var colorPairs: [Int: Int16] = [:]
  /// Whether `use_default_colors` worked, so -1 means "terminal default".
  var hasDefaultColors = false
  /// The `timeout` last set, to avoid setting it on every read.
  var currentTimeout: Int32?
  /// Whether the cursor is shown, as last set.
  var cursorVisible = false
  /// Writes frames as escape sequences itself when the terminal speaks
  /// ECMA-48 (``start()`` decides); `nil`: curses draws them.
  var encoder: ANSIEncoder?

  /// Creates a terminal object; nothing happens until ``start()``.
  public init() {}

  deinit { stop() }

  /// Whether ``start()`` has succeeded and ``stop()`` has not run since.
  public var isStarted: Bool { screen != nil }

  /// Takes over the terminal: full screen, keys unbuffered and unechoed,
  /// cursor hidden.
  ///
  /// Installs ``TerminalSignals`` first, picks a UTF-8 locale (the
  /// environment's, else C.UTF-8), opens the terminal with `newterm` (which
  /// fails cleanly on a bad `TERM` where `initscr` would exit), and turns on
  /// colour unless the terminal lacks it or `NO_COLOR` is set. Registers an
  /// exit hook so that even `exit()` leaves the terminal usable.
  ///
  /// - Throws: ``CursesError`` when stdin or stdout is not a terminal, no
  ///   UTF-8 locale exists, or ncurses cannot open the terminal or it cannot
  ///   move the cursor (`TERM=dumb`).
  public func start() throws {
    guard screen == nil else { return }
    guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else {
      throw CursesError.notATerminal
    }
    TerminalSignals.install()
    setlocale(LC_ALL, "")
    if cn_locale_is_utf8() == 0 {
      setlocale(LC_ALL, "C.UTF-8")
      guard cn_locale_is_utf8() != 0 else { throw CursesError.noUTF8Locale }
    }
    let term = getenv("TERM").map { String(cString: $0) }
    guard let screen = cn_newterm_stdio() else {
      throw CursesError.cannotOpenTerminal(term: term)
    }
    guard cn_can_address_cursor() != 0 else {
      endwin()
      delscreen(screen)
      throw CursesError.cannotOpenTerminal(term: term)
    }
    self.screen = screen
    cursesActive.store(true, ordering: .relaxed)
    if !exitHookInstalled.exchange(true, ordering: .relaxed) {
      atexit {
        if cursesActive.load(ordering: .relaxed) { endwin() }
      }
    }
    cbreak()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    cursorVisible = false
    let noColor = getenv("NO_COLOR").map { String(cString: $0) }
    colorMode = ColorMode(noColor: noColor, terminalHasColors: has_colors())
    if colorMode == .color {
      start_color()
      hasDefaultColors = use_default_colors() == OK
    }
    colorPairs = [:]
    encoder =
      cn_is_ansi_terminal() != 0
      ? ANSIEncoder(
        capabilities: ANSIEncoder.Capabilities(
          bold: cn_has_string("bold") != 0,
          dim: cn_has_string("dim") != 0,
          reverse: cn_has_string("rev") != 0,
          underline: cn_has_string("smul") != 0,
          eraseCharacters: cn_has_string("ech") != 0
        ),
        colorMode: colorMode
      ) : nil
    currentTimeout = nil
    previousFrame = nil
    updateSize()
  }

  /// Gives the terminal back: the screen and modes it had before ``start()``.
  ///
  /// Idempotent, so call it on every exit path (`defer`, after a signal,
  /// before printing an error).
  public func stop() {
    guard let screen else { return }
    leaveDirectOutput()
    endwin()
    delscreen(screen)
    self.screen = nil
    cursesActive.store(false, ordering: .relaxed)
  }

  /// Leaves curses mode to run `body` with the terminal in its normal state
  /// (for example to run `$EDITOR`), then restores the screen and forces a
  /// full redraw on the next ``draw(_:)``.
  ///
  /// A SIGINT that arrives while `body` runs was meant for the program in
  /// the foreground (the editor), so it is forgotten; SIGTERM and SIGHUP
  /// stay pending.
  public func suspend(_ body: () throws -> Void) rethrows {
    guard screen != nil else {
      try body()
      return
    }
    def_prog_mode()
    leaveDirectOutput()
    endwin()
    let signalBefore = TerminalSignals.pendingSignal
    defer {
      if TerminalSignals.pendingSignal == SIGINT && signalBefore != SIGINT {
        TerminalSignals.clearPendingSignal()
      }
      reset_prog_mode()
      CNcursesw.refresh()
      previousFrame = nil
      updateSize()
    }
    try body()
  }

  /// Reads the terminal's size from ncurses.
  func updateSize() {
    size = Size(columns: Int(cn_cols()), rows: Int(cn_lines()))
  }
}
