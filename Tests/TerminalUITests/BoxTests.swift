import TestSupport
import Testing

@testable import TerminalUI

@Suite("Boxes and lines")
struct BoxTests {
  private func boxed(_ columns: Int, _ rows: Int, title: String?) -> ScreenBuffer {
    var screen = ScreenBuffer(size: Size(columns: columns, rows: rows))
    screen.drawBox(screen.bounds, title: title)
    return screen
  }

  @Test func boxWithTitleAt20x4() {
    var screen = boxed(20, 4, title: "Évaluation 日本")
    screen.write("inside", column: 1, row: 1)
    assertSnapshot(screen.plainText, named: "box-title-20x4")
  }

  @Test func boxWithATitleTooLongIsCutWithAnEllipsisAt12x3() {
    assertSnapshot(boxed(12, 3, title: "Évaluation 日本").plainText, named: "box-title-12x3")
  }

  @Test func boxWithoutTitle() {
    expectScreen(
      boxed(5, 3, title: nil).plainText,
      """
      ┌───┐
      │   │
      └───┘
      """
    )
  }

  @Test func boxesTooSmallForATitleStillHaveBorders() {
    expectScreen(
      boxed(5, 2, title: "Title").plainText,
      """
      ┌───┐
      └───┘
      """
    )
  }

  @Test func boxesBelowTwoByTwoDrawNothing() {
    #expect(boxed(1, 5, title: "x").plainText == "\n\n\n\n")
  }

  @Test func nestedBoxInAnInsetRectangle() {
    var screen = ScreenBuffer(size: Size(columns: 10, rows: 5))
    screen.drawBox(screen.bounds)
    screen.drawBox(screen.bounds.inset(by: 1), title: nil)
    expectScreen(
      screen.plainText,
      """
      ┌────────┐
      │┌──────┐│
      ││      ││
      │└──────┘│
      └────────┘
      """
    )
  }

  @Test func linesRunRightAndDown() {
    var screen = ScreenBuffer(size: Size(columns: 4, rows: 3))
    screen.drawHorizontalLine(column: 1, row: 0, length: 9)
    screen.drawVerticalLine(column: 0, row: 0, length: 3)
    expectScreen(screen.plainText, "│───\n│\n│")
  }

  @Test func linesAreClippedAtEveryEdgeAsTextIs() {
    var drawn = ScreenBuffer(size: Size(columns: 4, rows: 3))
    var written = drawn
    drawn.drawHorizontalLine(column: -2, row: 1, length: 4, style: Style(bold: true))
    drawn.drawVerticalLine(column: 3, row: -1, length: 9)
    drawn.drawHorizontalLine(column: 0, row: 5, length: 2)
    written.write("────", column: -2, row: 1, style: Style(bold: true))
    for row in -1..<8 { written.write("│", column: 3, row: row) }
    #expect(drawn == written)
    expectScreen(drawn.plainText, "   │\n── │\n   │")
  }

  @Test func aLineOverAWideCharacterLeavesNoHalfOfIt() {
    var screen = ScreenBuffer(size: Size(columns: 4, rows: 1))
    screen.write("日本", column: 0, row: 0)
    screen.drawHorizontalLine(column: 1, row: 0, length: 1)
    expectScreen(screen.plainText, " ─本")
  }

  @Test func titleStyleAppliesOnlyToTheTitle() {
    var screen = ScreenBuffer(size: Size(columns: 12, rows: 2))
    let frame = Style(foreground: .cyan)
    let title = Style(foreground: .yellow, bold: true)
    screen.drawBox(screen.bounds, title: "Hi", style: frame, titleStyle: title)
    #expect(
      screen.styledRuns(row: 0) == [
        StyledRun(column: 0, text: "┌─ ", width: 3, style: frame),
        StyledRun(column: 3, text: "Hi", width: 2, style: title),
        StyledRun(column: 5, text: " ─────┐", width: 7, style: frame),
      ]
    )
  }
}
