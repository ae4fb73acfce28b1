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

  /// Sends a typing key to the filter; a changed filter highlights its
  /// first match.
  mutating func type(_ key: Key) {
    let before = filter.text
    filter.handle(key)
    if filter.text != before { selected = 0 }
  }
}
