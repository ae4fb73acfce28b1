import MaturityCore
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

extension JumpWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    let matches = model.jumpMatches(filter.text)
    var next = self
    switch Self.keys.action(for: key) {
    case .cancel:
      model.overlay = nil
    case .save:
      if matches.indices.contains(selected) {
        model.move(to: matches[selected])
        model.screen = .questions
      }
      model.overlay = nil
    case .move(let move):
      next.selected = ListState.moved(selected, count: matches.count, by: move)
      model.overlay = .jump(next)
    default:
      next.type(key)
      model.overlay = .jump(next)
    }
    return []
  }
}
