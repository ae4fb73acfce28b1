/// How a cell looks: colours and emphasis.
///
/// ```swift
/// let title = Style(foreground: .yellow, bold: true)
/// let selected = Style(foreground: .black, background: .cyan)
/// ```
public struct Style: Hashable, Sendable {
  /// The text colour.
  public var foreground: TerminalColor
  /// The cell's background colour.
  public var background: TerminalColor
  /// Bold (or bright) text.
  public var bold: Bool
  /// Dim (faint) text.
  public var dim: Bool
  /// Foreground and background swapped.
  public var reverse: Bool
  /// Underlined text.
  public var underline: Bool

  /// Creates a style; every argument defaults to the terminal's plain look.
  public init(
    foreground: TerminalColor = .default,
    background: TerminalColor = .default,
    bold: Bool = false,
    dim: Bool = false,
    reverse: Bool = false,
    underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }

  /// The terminal's default colours with no emphasis.
  public static let plain = Style()

  /// Whether the style uses any colour other than the terminal default.
  public var hasColor: Bool { foreground != .default || background != .default }
}
