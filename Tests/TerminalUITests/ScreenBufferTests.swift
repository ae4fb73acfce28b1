import TestSupport
import Testing

@testable import TerminalUI

@Suite("ScreenBuffer writes")
struct ScreenBufferTests {
  private func buffer(_ columns: Int, _ rows: Int = 1) -> ScreenBuffer {
    ScreenBuffer(size: Size(columns: columns, rows: rows))
  }

  @Test func writeReturnsTheColumnAfterTheText() {
    var screen = buffer(10)
    #expect(screen.write("abc", column: 2, row: 0) == 5)
    #expect(screen.plainText == "  abc")
  }

  @Test func writeClipsAtMaxWidth() {
    var screen = buffer(10)
    #expect(screen.write("abcdef", column: 1, row: 0, maxWidth: 3) == 4)
    #expect(screen.plainText == " abc")
  }

  @Test func writeClipsAtTheRightEdge() {
    var screen = buffer(5)
    #expect(screen.write("abcdefgh", column: 2, row: 0) == 5)
    #expect(screen.plainText == "  abc")
  }

  @Test func writeOutsideTheRowsDoesNothing() {
    var screen = buffer(5, 2)
    #expect(screen.write("abc", column: 0, row: 2) == 0)
    #expect(screen.write("abc", column: 0, row: -1) == 0)
    #expect(screen.plainText == "\n")
  }

  @Test func writeSkipsCellsLeftOfColumnZero() {
    var screen = buffer(5)
    screen.write("abcd", column: -2, row: 0)
    #expect(screen.plainText == "cd")
    screen.write("漢x", column: -1, row: 0)
    #expect(screen.plainText == " x")
  }

  @Test func wideCharactersTakeTwoCellsAndLeaveAContinuation() {
    var screen = buffer(10)
    #expect(screen.write("a漢é", column: 0, row: 0) == 4)
    #expect(screen[1, 0].text == "漢")
    #expect(screen[1, 0].width == 2)
    #expect(screen[2, 0].isContinuation)
    #expect(screen[3, 0].text == "é")
    #expect(screen.plainText == "a漢é")
  }

  @Test func combiningMarksShareTheCellOfTheirBase() {
    var screen = buffer(10)
    #expect(screen.write("e\u{301}x", column: 0, row: 0) == 2)
    #expect(screen[0, 0].text == "e\u{301}")
    #expect(screen[1, 0].text == "x")
  }

  @Test func aCellKeepsItsBaseAndFourCombiningMarksAndDropsTheRest() {
    var screen = buffer(4)
    let marks = "\u{301}\u{302}\u{303}\u{304}"
    screen.write("a" + marks + "\u{305}\u{306}b", column: 0, row: 0)
    #expect(screen[0, 0].text == "a" + marks)
    #expect(screen[0, 0].scalarCount == 5)
    #expect(screen[0, 0].scalar(at: 4) == "\u{304}")
    #expect(screen[1, 0].text == "b")
  }

  @Test func cellsWithTheSameTextAndStyleAreEqualWhateverWroteThem() {
    var first = buffer(4)
    first.write("日e\u{301}", column: 0, row: 0)
    var second = buffer(4)
    second.write("日", column: 0, row: 0)
    second.write("e\u{301}", column: 2, row: 0)
    #expect(first == second)
    #expect(first[1, 0] == .continuation(style: .plain))
  }

  @Test func aWideCharacterThatDoesNotFitBecomesASpace() {
    var screen = buffer(4)
    screen.write("xxxx", column: 0, row: 0)
    #expect(screen.write("a日本", column: 0, row: 0) == 4)
    #expect(screen.plainText == "a日")
    #expect(screen[3, 0].text == " ")
  }

  @Test func aWideCharacterThatDoesNotFitMaxWidthStopsTheWrite() {
    var screen = buffer(10)
    #expect(screen.write("ab日本cd", column: 0, row: 0, maxWidth: 3) == 3)
    #expect(screen.plainText == "ab")
  }

  @Test func overwritingTheLeftHalfOfAWideCharacterClearsTheRightHalf() {
    var screen = buffer(6)
    screen.write("漢字", column: 0, row: 0)
    screen.write("x", column: 0, row: 0)
    #expect(screen.plainText == "x 字")
    #expect(!screen[1, 0].isContinuation)
  }

  @Test func overwritingTheRightHalfOfAWideCharacterClearsTheLeftHalf() {
    var screen = buffer(6)
    screen.write("漢字", column: 0, row: 0)
    screen.write("x", column: 1, row: 0)
    #expect(screen.plainText == " x字")
    #expect(screen[0, 0].width == 1)
  }

  @Test func aWideCharacterOverStraddlingWideCharactersClearsBothOuterHalves() {
    var screen = buffer(6)
    screen.write("漢字", column: 0, row: 0)
    screen.write("日", column: 1, row: 0)
    #expect(screen.plainText == " 日")
    #expect(screen[3, 0].text == " ")
    #expect(screen[2, 0].isContinuation)
  }

  @Test func subscriptOutsideTheBufferIsABlankCell() {
    let screen = buffer(2)
    #expect(screen[5, 5] == Cell.blank)
    #expect(screen[-1, 0] == Cell.blank)
  }

  @Test func plainTextTrimsTrailingSpacesButKeepsEveryRow() {
    var screen = buffer(6, 3)
    screen.write("ab  ", column: 0, row: 0)
    screen.write("c", column: 3, row: 2)
    #expect(screen.plainText == "ab\n\n   c")
  }

  @Test func fillPaintsARectangleClippedToTheBuffer() {
    var screen = buffer(4, 2)
    screen.fill(Rect(column: 2, row: 1, columns: 5, rows: 5), with: "#")
    #expect(screen.plainText == "\n  ##")
    screen.fill(Rect(column: 0, row: 0, columns: 3, rows: 1), with: "日")
    #expect(screen.plainText == "日\n  ##")
  }

  @Test func fillWithAStyleBlanksTheCells() {
    var screen = buffer(4)
    screen.write("abcd", column: 0, row: 0)
    let highlight = Style(background: .blue)
    screen.fill(Rect(column: 1, row: 0, columns: 2, rows: 1), style: highlight)
    #expect(screen.plainText == "a  d")
    #expect(screen[1, 0].style == highlight)
  }

  @Test func restyleKeepsTheText() {
    var screen = buffer(4)
    screen.write("abcd", column: 0, row: 0)
    screen.restyle(Rect(column: 0, row: 0, columns: 2, rows: 1)) { _ in Style(reverse: true) }
    #expect(screen.plainText == "abcd")
    #expect(screen[1, 0].style.reverse)
    #expect(!screen[2, 0].style.reverse)
  }

  @Test func styledRunsGroupCellsByStyle() {
    var screen = buffer(8)
    let bold = Style(bold: true)
    screen.write("ab", column: 0, row: 0)
    screen.write("漢c", column: 2, row: 0, style: bold)
    #expect(
      screen.styledRuns(row: 0) == [
        StyledRun(column: 0, text: "ab", width: 2, style: .plain),
        StyledRun(column: 2, text: "漢c", width: 3, style: bold),
        StyledRun(column: 5, text: "   ", width: 3, style: .plain),
      ]
    )
  }
}
