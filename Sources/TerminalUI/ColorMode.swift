/// Whether screens are shown in colour or in monochrome.
///
/// The backend decides once at start-up (no colour support, or the
/// [`NO_COLOR`](https://no-color.org) variable set, means `.monochrome`) and
/// passes every style through ``apply(to:)``.
public enum ColorMode: Hashable, Sendable {
  /// Styles are shown as they are.
  case color
  /// Colours are dropped; see ``Style/monochrome``.
  case monochrome

  /// The mode that the `NO_COLOR` convention asks for, given the variable's
  /// value (`nil` when unset) and whether the terminal supports colour.
  ///
  /// `NO_COLOR` set to any non-empty value turns colour off.
  public init(noColor: String?, terminalHasColors: Bool) {
    let noColorRequested = !(noColor ?? "").isEmpty
    self = terminalHasColors && !noColorRequested ? .color : .monochrome
  }

  /// The style to show for `style` in this mode.
  public func apply(to style: Style) -> Style {
    switch self {
    case .color: style
    case .monochrome: style.monochrome
    }
  }
}

extension Style {
  /// The style without colours, keeping the emphasis that colour carried.
  ///
  /// Colours are dropped and `bold`, `dim`, `underline` and `reverse` kept.
  /// A coloured background (a highlighted row, a selection) becomes reverse
  /// video, so it stays visible without colour; a style that was already
  /// reverse with a coloured background stays reverse.
  ///
  /// ```swift
  /// Style(foreground: .black, background: .cyan).monochrome
  /// // Style(reverse: true)
  /// ```
  public var monochrome: Style {
    Style(
      bold: bold,
      dim: dim,
      reverse: reverse || background != .default,
      underline: underline
    )
  }
}
