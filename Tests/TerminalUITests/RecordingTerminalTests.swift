import TerminalUI
import TestSupport
import Testing

/// The recording backend: what a terminal would be sent, per draw.
@Suite("Recording terminal")
struct RecordingTerminalTests {
  static let size = Size(columns: 20, rows: 4)

  static func frame(_ rows: [String], style: Style = .plain, cursor: (Int, Int)? = nil) -> Frame {
    var buffer = ScreenBuffer(size: size)
    for (row, text) in rows.enumerated() { buffer.write(text, column: 0, row: row, style: style) }
    return Frame(buffer: buffer, cursor: cursor.map { (column: $0.0, row: $0.1) })
  }

  @Test func aRunOfChangedCellsOnOneRowCostsOneCursorMove() {
    let terminal = RecordingTerminal(size: Self.size)
    terminal.draw(Self.frame(["", "", ""]))
    terminal.draw(Self.frame(["", "", "hello"]))
    #expect(terminal.lastDraw.changedCells == 5)
    #expect(terminal.lastDraw.cursorMoves == 1)
    #expect(terminal.lastDraw.styleChanges == 0)
    // ESC[3H and five letters.
    #expect(terminal.lastDraw.bytes == 4 + 5)
  }

  @Test func aShortGapIsResentRatherThanJumpedOver() {
    let terminal = RecordingTerminal(size: Self.size)
    terminal.draw(Self.frame(["abcdefgh"]))
    // Six cells apart: re-sending "bcdefg" is no cheaper than ESC[1;8H.
    terminal.draw(Self.frame(["XbcdefgY"]))
    #expect(terminal.lastDraw.changedCells == 2)
    #expect(terminal.lastDraw.cursorMoves == 2)
    // One cell apart: "b" is re-sent, no second move.
    terminal.draw(Self.frame(["abZdefgY"]))
    #expect(terminal.lastDraw.changedCells == 2)
    #expect(terminal.lastDraw.cursorMoves == 1)
  }

  @Test func aNewStyleCostsOneAttributeChangePerRun() {
    let terminal = RecordingTerminal(size: Self.size)
    terminal.draw(Self.frame(["plain", "plain"]))
    terminal.draw(Self.frame(["plain", "plain"], style: Style(foreground: .cyan, bold: true)))
    #expect(terminal.lastDraw.changedCells == 10)
    #expect(terminal.lastDraw.styleChanges == 1)
    #expect(terminal.lastDraw.cursorMoves == 2)
  }

  @Test func theTextCursorIsPlacedAndHiddenAgain() {
    let terminal = RecordingTerminal(size: Self.size)
    terminal.draw(Self.frame(["name: ab"], cursor: (8, 0)))
    #expect(terminal.lastDraw.cursor == RecordingTerminal.Position(column: 8, row: 0))
    // The last write left the cursor after "ab": no move is needed.
    #expect(terminal.lastDraw.cursorMoves == 0)
    terminal.draw(Self.frame(["name: ab"], cursor: (3, 0)))
    #expect(terminal.lastDraw.cursorMoves == 1)
    #expect(terminal.lastDraw.changedCells == 0)
    terminal.draw(Self.frame(["name: ab"]))
    #expect(terminal.lastDraw.cursor == nil)
  }

  @Test func invalidatingRepaintsOnTheNextDraw() {
    let terminal = RecordingTerminal(size: Self.size)
    terminal.draw(Self.frame(["same"]))
    terminal.invalidate()
    terminal.draw(Self.frame(["same"]))
    #expect(terminal.lastDraw.clearedScreen)
    #expect(terminal.lastDraw.changedCells == 4)
  }

  @Test func keysAreReadInOrderThenTheTerminalHangsUp() {
    let terminal = RecordingTerminal(size: Self.size, keys: [.character("1"), .down])
    #expect(terminal.readKey(timeoutMilliseconds: 0) == .character("1"))
    #expect(terminal.readKey(timeoutMilliseconds: 0) == .down)
    #expect(terminal.readKey(timeoutMilliseconds: 0) == .hangup)
  }
}
