/// A terminal that shows ``Frame``s and reads ``Key``s: curses in the
/// program (`CursesTerminal`), a recording stand-in in tests.
///
/// A backend is driven from one loop: start it, draw and read keys, stop it.
///
/// ```swift
/// let terminal: any TerminalBackend = CursesTerminal()
/// try terminal.start()
/// defer { terminal.stop() }
/// terminal.draw(view.render(state, size: terminal.size))
/// let key = terminal.readKey(timeoutMilliseconds: 250)
/// ```
public protocol TerminalBackend: AnyObject {
  /// The screen's size in cells; a `.resize` key announces a change.
  var size: Size { get }

  /// Takes over the terminal (full screen, keys unbuffered).
  func start() throws

  /// Gives the terminal back; safe to call more than once.
  func stop()

  /// Shows `frame`, sending only what changed since the frame before
  /// (see ``ScreenBuffer/changes(since:)``). Draw frames of ``size``.
  func draw(_ frame: Frame)

  /// Forgets what the screen shows, so the next draw repaints everything.
  func invalidate()

  /// The next key, or `.timeout` after `timeoutMilliseconds`.
  func readKey(timeoutMilliseconds: Int) -> Key

  /// Runs `body` with the terminal given back (for `$EDITOR`), then takes
  /// it over again and repaints on the next draw.
  func suspend(_ body: () throws -> Void) rethrows
}
