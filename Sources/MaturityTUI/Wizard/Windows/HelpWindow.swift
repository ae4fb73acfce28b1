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

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let size = buffer.size
    let rect = Overlays.centered(columns: min(100, size.columns - 2), rows: size.rows - 3, in: size)
    let inner = Overlays.window(
      "Keys (\(HelpWindow.keys.hints(separator: ", ")))",
      rect,
      into: &buffer
    )
    var content = ScreenBuffer(size: Size(columns: inner.columns, rows: 200))
    var pane = PaneWriter(content.bounds)
    let width = (KeyBindings.questions.map { DisplayWidth.of($0.label) }.max() ?? 10) + 2
    let rows = WizardHelp.rows
    for (label, help) in rows {
      pane.wrapped(
        &content,
        help,
        prefix: Overlays.pad(label, width),
        prefixStyle: Theme.key,
        indent: width
      )
    }
    let top = min(max(0, scroll.offset), max(0, pane.line - inner.rows))
    buffer.draw(content, fromRow: top, into: inner)
    if pane.line - top > inner.rows {
      buffer.write(
        " more ↓ ",
        column: rect.endColumn - 10,
        row: rect.endRow - 1,
        style: Theme.dim
      )
    }
    return nil
  }
}
