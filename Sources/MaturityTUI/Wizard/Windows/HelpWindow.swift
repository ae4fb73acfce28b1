import MaturityCore
import TerminalUI

/// The help window's state (`?`): how far the key list is scrolled.
public struct HelpWindow: Sendable, Equatable {
  /// Lines scrolled past (the view stops at the end of the text).
  public var scroll: ScrollState

  /// The help scrolled by `scroll` lines.
  public init(scroll: Int = 0) {
    self.scroll = ScrollState(offset: scroll)
  }

  /// The help window.
  public static let keys = KeyTable<OverlayKeys.Action>(
    "help",
    [
      OverlayKeys.row(
        [.up, .down, .character("j"), .character("k")],
        "↑/↓",
        .scroll,
        "Scroll",
        "scroll"
      ),
      OverlayKeys.row([], "any other key", .cancel, "Close", "closes"),
    ]
  )
}

extension HelpWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    // The view stops at the end of the text.
    var next = self
    model.overlay = next.scroll.handle(key, limit: .max) ? .help(next) : nil
    return []
  }
}
