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
        "Scroll a line",
        "scroll"
      ),
      OverlayKeys.row(
        [.pageUp, .pageDown, .character(" ")],
        "PgUp/PgDn/Space",
        .scroll,
        "Scroll a page"
      ),
      OverlayKeys.row([.home], "Home", .scroll, "Back to the top"),
      OverlayKeys.row([.end], "End", .scroll, "To the end"),
      OverlayKeys.row([], "any other key", .cancel, "Close", "closes"),
    ]
  )
}

extension HelpWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    // The text stops at its end, so the first key back up always moves it.
    var next = self
    let limit = Self.maxScroll(model.screenSize)
    model.overlay = next.scroll.handle(key, limit: limit) ? .help(next) : nil
    return []
  }

  /// The window's frame at terminal size `size`.
  private static func frame(_ size: Size) -> Rect {
    Overlays.centered(columns: min(100, size.columns - 2), rows: size.rows - 3, in: size)
  }

  /// The furthest the key list scrolls at terminal size `size`.
  static func maxScroll(_ size: Size) -> Int {
    let inner = Overlays.inside(frame(size))
    return max(0, content(width: max(1, inner.columns)).lines - inner.rows)
  }

  /// The key list laid out `width` columns wide, and the lines it takes.
  private static func content(width: Int) -> (buffer: ScreenBuffer, lines: Int) {
    var content = ScreenBuffer(size: Size(columns: width, rows: 200))
    var pane = PaneWriter(content.bounds)
    let labels = (KeyBindings.questions.map { DisplayWidth.of($0.label) }.max() ?? 10) + 2
    for (label, help) in WizardHelp.rows {
      pane.wrapped(
        &content,
        help,
        prefix: Overlays.pad(label, labels),
        prefixStyle: Theme.key,
        indent: labels
      )
    }
    return (content, pane.line)
  }

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let rect = Self.frame(buffer.size)
    let inner = Overlays.window(
      "Keys (\(HelpWindow.keys.hints(separator: ", ")))",
      rect,
      into: &buffer
    )
    let (content, lines) = Self.content(width: inner.columns)
    let top = min(max(0, scroll.offset), max(0, lines - inner.rows))
    buffer.draw(content, fromRow: top, into: inner)
    if lines - top > inner.rows {
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
