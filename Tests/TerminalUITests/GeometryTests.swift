import Testing

@testable import TerminalUI

@Suite("Geometry")
struct GeometryTests {
  let screen = Rect(column: 0, row: 0, columns: 80, rows: 24)

  @Test func insetShrinksEverySide() {
    #expect(screen.inset(by: 1) == Rect(column: 1, row: 1, columns: 78, rows: 22))
    #expect(
      screen.inset(horizontal: 2, vertical: 0) == Rect(column: 2, row: 0, columns: 76, rows: 24)
    )
    #expect(Rect(column: 0, row: 0, columns: 3, rows: 3).inset(by: 2).isEmpty)
  }

  @Test func splitColumnsByFixedWidthAndFill() {
    let parts = screen.splitColumns([.fixed(20), .fill])
    #expect(parts.map(\.columns) == [20, 60])
    #expect(parts.map(\.column) == [0, 20])
  }

  @Test func splitColumnsByFractionsAddsUpWithoutGaps() {
    let parts = Rect(column: 0, row: 0, columns: 11, rows: 1)
      .splitColumns([.fraction(0.5), .fraction(0.5)])
    #expect(parts.map(\.columns) == [6, 5])
    #expect(parts.map(\.column) == [0, 6])
  }

  @Test func splitRowsWithSpacingAndSeveralFills() {
    let parts = screen.splitRows([.fixed(1), .fill, .fill, .fixed(2)], spacing: 1)
    #expect(parts.map(\.rows) == [1, 9, 9, 2])
    #expect(parts.map(\.row) == [0, 2, 12, 22])
  }

  @Test func fixedPartsLargerThanTheRectangleAreCut() {
    let parts = Rect(column: 0, row: 0, columns: 10, rows: 1).splitColumns([.fixed(8), .fixed(8)])
    #expect(parts.map(\.columns) == [8, 2])
  }

  @Test func intersectionAndContains() {
    let rect = Rect(column: 70, row: 20, columns: 20, rows: 10)
    #expect(rect.intersection(screen) == Rect(column: 70, row: 20, columns: 10, rows: 4))
    #expect(screen.contains(column: 79, row: 23))
    #expect(!screen.contains(column: 80, row: 0))
  }
}
