import TerminalUI

/// The go-to window's state (`/`): the filter typed so far and the
/// highlighted match (a position in ``WizardModel/jumpMatches(_:)``).
public struct JumpWindow: Sendable, Equatable {
  /// What was typed.
  public var filter: TextEditor
  /// The highlighted match.
  public var selected: Int

  /// A window with `filter` typed and match `selected` highlighted.
  public init(filter: TextEditor = TextEditor(), selected: Int = 0) {
    self.filter = filter
    self.selected = selected
  }

  /// Go to a question.
  public static let keys = KeyTable<OverlayKeys.Action>(
    "go to",
    [
      OverlayKeys.row([.enter], "Enter", .save, "Go to the highlighted question", "goes"),
      OverlayKeys.row([.escape], "Esc", .cancel, "Close (a search saves nothing)", "cancels"),
      OverlayKeys.row([.down, .tab], "↓/Tab", .move(.next), "Next match"),
      OverlayKeys.row([.up, .backTab], "↑/Shift+Tab", .move(.previous), "Previous match"),
    ]
  )

  /// Sends a typing key to the filter; a changed filter highlights its
  /// first match.
  mutating func type(_ key: Key) {
    let before = filter.text
    filter.handle(key)
    if filter.text != before { selected = 0 }
  }
}
