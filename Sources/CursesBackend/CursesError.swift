/// Why ``CursesTerminal/start()`` could not take over the terminal.
public enum CursesError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard input or output is not a terminal (a pipe, a file, CI).
  case notATerminal
  /// Neither the user's locale nor C.UTF-8 gives a UTF-8 character set.
  case noUTF8Locale
  /// ncurses does not know the terminal type in `TERM` (or it is unset), or
  /// the type cannot move the cursor (`dumb`).
  case cannotOpenTerminal(term: String?)

  /// A one-line message for the user.
  public var description: String {
    switch self {
    case .notATerminal:
      "standard input and output must be a terminal for the interactive wizard"
    case .noUTF8Locale:
      "no UTF-8 locale is available (tried the environment's locale and C.UTF-8)"
    case .cannotOpenTerminal(let term):
      "cannot use the terminal (TERM=\(term ?? "unset")); set TERM to a full-screen "
        + "terminal type such as xterm-256color"
    }
  }
}
