/// One of the eight basic terminal colours, or the terminal's own default.
///
/// Only the basic colours are offered: they work on every colour terminal
/// and follow the user's palette.
public enum TerminalColor: Int, CaseIterable, Hashable, Sendable {
  /// The terminal's default foreground or background.
  case `default` = -1
  /// Black (colour 0).
  case black = 0
  /// Red (colour 1).
  case red = 1
  /// Green (colour 2).
  case green = 2
  /// Yellow (colour 3).
  case yellow = 3
  /// Blue (colour 4).
  case blue = 4
  /// Magenta (colour 5).
  case magenta = 5
  /// Cyan (colour 6).
  case cyan = 6
  /// White (colour 7).
  case white = 7
}
