import TerminalUI
import Testing

/// `ScreenBuffer.changes(since:)`: the cells a backend sends between frames.
@Suite("Screen changes")
struct ScreenChangesTests {
  static let size = Size(columns: 10, rows: 3)

  @Test func aFirstFrameErasesAndListsOnlyTheCellsThatAreNotBlank() {
    var buffer = ScreenBuffer(size: Self.size)
    buffer.write("ab", column: 3, row: 1)
    let changes = buffer.changes(since: nil)
    #expect(changes.clearsScreen)
    #expect(changes.cells.map { "\($0.column),\($0.row)" } == ["3,1", "4,1"])
  }

  @Test func theSameFrameAgainSendsNothing() {
    var buffer = ScreenBuffer(size: Self.size)
    buffer.write("hello", column: 0, row: 0)
    let changes = buffer.changes(since: buffer)
    #expect(!changes.clearsScreen)
    #expect(changes.cells.isEmpty)
  }

  @Test func onlyTheCellsThatDifferAreSentInRowOrder() {
    var before = ScreenBuffer(size: Self.size)
    before.write("hello", column: 0, row: 0)
    before.write("world", column: 0, row: 2)
    var after = before
    after.write("J", column: 0, row: 2)
    after.write("y", column: 4, row: 0)
    let changes = after.changes(since: before)
    #expect(changes.cells.map(\.cell.text) == ["y", "J"])
    #expect(changes.cells.map(\.row) == [0, 2])
  }

  @Test func aStyleChangeAloneIsAChange() {
    var before = ScreenBuffer(size: Self.size)
    before.write("x", column: 1, row: 1)
    var after = ScreenBuffer(size: Self.size)
    after.write("x", column: 1, row: 1, style: Style(reverse: true))
    #expect(after.changes(since: before).cells.map(\.cell.style.reverse) == [true])
  }

  @Test func theRightHalfOfAWideCharacterIsNeverSent() {
    var buffer = ScreenBuffer(size: Self.size)
    buffer.write("日本", column: 0, row: 0)
    let changes = buffer.changes(since: ScreenBuffer(size: Self.size))
    #expect(changes.cells.map(\.column) == [0, 2])
    #expect(changes.cells.allSatisfy { !$0.cell.isContinuation })
  }

  @Test func aFrameOfAnotherSizeRepaintsEverything() {
    var small = ScreenBuffer(size: Self.size)
    small.write("same", column: 0, row: 0)
    var large = ScreenBuffer(size: Size(columns: 12, rows: 3))
    large.write("same", column: 0, row: 0)
    let changes = large.changes(since: small)
    #expect(changes.clearsScreen)
    #expect(changes.cells.count == 4)
  }
}
