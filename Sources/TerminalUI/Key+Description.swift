extension Key: CustomStringConvertible {
  /// A short name for key-hint tables and test messages: `"↑"`, `"PgDn"`,
  /// `"Ctrl+E"`, `"F5"`, `"Space"`, or the character itself.
  ///
  /// ```swift
  /// "\(Key.pageDown) next page"  // "PgDn next page"
  /// ```
  public var description: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): TerminalSafeText.sanitize(String(character))
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .tab: "Tab"
    case .backTab: "Shift+Tab"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .escape: "Esc"
    case .resize: "Resize"
    case .function(let number): "F\(number)"
    case .control(let character): "Ctrl+" + TerminalSafeText.sanitize(String(character))
    case .hangup: "Hangup"
    case .timeout: "Timeout"
    }
  }
}
