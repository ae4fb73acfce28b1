import TerminalUI
import TestSupport
import Testing

/// The escape sequences `CursesTerminal` writes: played on a virtual
/// terminal they show the frame, and they are few.
@Suite("ANSI encoder")
struct ANSIEncoderTests {
  static let size = Size(columns: 24, rows: 6)

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// A random edit of `buffer`: words of random styles (wide, combining
  /// and ASCII text), blank runs, restyled areas.
  static func edit(_ buffer: inout ScreenBuffer, using random: inout SeededRandom) {
    let words = ["hello", "日本語", "e\u{301}te\u{301}", "✓ ok", "a", "    ", "end", "─────"]
    let styles = [
      Style.plain, Style(bold: true), Style(dim: true), Style(foreground: .cyan),
      Style(foreground: .black, background: .cyan, bold: true), Style(reverse: true),
      Style(underline: true), Style(dim: true, reverse: true),
    ]
    for _ in 0..<Int.random(in: 1...6, using: &random) {
      let column = Int.random(in: 0..<size.columns, using: &random)
      let row = Int.random(in: 0..<size.rows, using: &random)
      switch Int.random(in: 0..<4, using: &random) {
      case 0:
        buffer.fill(
          Rect(column: column, row: row, columns: Int.random(in: 1...12, using: &random), rows: 1),
          style: random.pick(styles)
        )
      case 1:
        buffer.restyle(Rect(column: column, row: row, columns: 5, rows: 2)) { _ in
          random.pick(styles)
        }
      default:
        buffer.write(random.pick(words), column: column, row: row, style: random.pick(styles))
      }
    }
  }

  @Test(arguments: 0..<12)
  func everyFrameIsShownExactlyOnAVirtualTerminal(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var encoder = ANSIEncoder()
    var terminal = VirtualTerminal(columns: Self.size.columns, rows: Self.size.rows)
    var shown: ScreenBuffer?
    var buffer = ScreenBuffer(size: Self.size)
    for step in 0..<40 {
      Self.edit(&buffer, using: &random)
      if step % 13 == 12 { shown = nil }  // a repaint now and then
      let cursor =
        step % 5 == 0 ? (column: step % Self.size.columns, row: step % Self.size.rows) : nil
      terminal.play(encoder.encode(Frame(buffer: buffer, cursor: cursor), since: shown))
      shown = buffer
      #expect(terminal.differences(from: buffer) == [], "seed \(seed), step \(step)")
      #expect(terminal.unknown == [])
      #expect(terminal.cursorShown == (cursor != nil))
      if let cursor {
        #expect(terminal.column == cursor.column && terminal.row == cursor.row)
      }
    }
  }

  @Test func aStyleChangeSendsOnlyWhatDiffers() {
    var before = ScreenBuffer(size: Self.size)
    before.write("ab", column: 0, row: 0, style: Style(foreground: .cyan, bold: true))
    var after = before
    after.write("b", column: 1, row: 0, style: Style(foreground: .cyan))
    var encoder = ANSIEncoder()
    _ = encoder.encode(Frame(buffer: before), since: nil)
    // Bold off (22) and nothing else: the colour stays.
    #expect(
      encoder.encode(Frame(buffer: after), since: before) == Self.bytes("\u{1B}[D\u{1B}[22mb")
    )
  }

  @Test func blanksToTheEndOfARowAreOneErase() {
    var before = ScreenBuffer(size: Self.size)
    before.write("a long line of text", column: 2, row: 3)
    var after = before
    after.fill(Rect(column: 2, row: 3, columns: 22, rows: 1))
    var encoder = ANSIEncoder()
    _ = encoder.encode(Frame(buffer: before), since: nil)
    let bytes = encoder.encode(Frame(buffer: after), since: before)
    #expect(bytes == Self.bytes("\u{1B}[3G\u{1B}[K"))
    #expect(encoder.counts.erases == 1)
  }

  @Test func aFewUnchangedCellsAreResentRatherThanJumpedOver() {
    var before = ScreenBuffer(size: Self.size)
    before.write("abcdef", column: 0, row: 1)
    var after = before
    after.write("X", column: 0, row: 1)
    after.write("Y", column: 3, row: 1)
    var encoder = ANSIEncoder()
    _ = encoder.encode(Frame(buffer: before), since: nil)
    // From after "f" back to the start (CR), then "bc" again: no move.
    #expect(encoder.encode(Frame(buffer: after), since: before) == Self.bytes("\rXbcY"))
  }

  @Test func monochromeAndMissingAttributesAreLeftOut() {
    var buffer = ScreenBuffer(size: Self.size)
    buffer.write("x", column: 0, row: 0, style: Style(foreground: .red, dim: true))
    var encoder = ANSIEncoder(
      capabilities: ANSIEncoder.Capabilities(dim: false),
      colorMode: .monochrome
    )
    let bytes = encoder.encode(Frame(buffer: buffer), since: nil)
    // Hide the cursor, reset, erase, then the plain "x": no SGR for it.
    #expect(bytes == Self.bytes("\u{1B}[?25l\u{1B}[m\u{1B}[H\u{1B}[2Jx"))
  }

  @Test func finishingLeavesThePlainStyleAndTheCursorAtTheBottom() {
    var buffer = ScreenBuffer(size: Self.size)
    buffer.write("x", column: 3, row: 2, style: Style(bold: true))
    var encoder = ANSIEncoder()
    var terminal = VirtualTerminal(columns: Self.size.columns, rows: Self.size.rows)
    terminal.play(encoder.encode(Frame(buffer: buffer), since: nil))
    terminal.play(encoder.finish(rows: Self.size.rows))
    #expect(terminal.pen == .plain)
    #expect(terminal.row == Self.size.rows - 1 && terminal.column == 0)
    #expect(terminal.cursorShown)
  }
}
