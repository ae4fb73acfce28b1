import Testing

@testable import TerminalUI

@Suite("Progress and score bars")
struct BarTests {
  private func progress(_ fraction: Double, width: Int = 20) -> String {
    var screen = ScreenBuffer(size: Size(columns: width, rows: 1))
    screen.drawProgressBar(column: 0, row: 0, width: width, fraction: fraction)
    return screen.plainText
  }

  private func bar(_ fraction: Double, width: Int = 4) -> String {
    var screen = ScreenBuffer(size: Size(columns: width + 1, rows: 1))
    screen.write("|", column: width, row: 0)
    screen.drawBar(column: 0, row: 0, width: width, fraction: fraction)
    return screen.plainText
  }

  @Test func progressBarAtZeroHalfAndFull() {
    #expect(progress(0) == "[░░░░░░░░░░░░░]   0%")
    #expect(progress(0.5) == "[██████░░░░░░░]  50%")
    #expect(progress(1) == "[█████████████] 100%")
  }

  @Test func progressBarRoundsDownSoOnlyDoneIsFull() {
    #expect(progress(0.999) == "[████████████░]  99%")
  }

  @Test func progressBarClampsOutOfRangeFractions() {
    #expect(progress(-1) == progress(0))
    #expect(progress(7) == progress(1))
    #expect(progress(.nan) == progress(0))
  }

  @Test func progressBarTooNarrowShowsOnlyTheLabel() {
    #expect(progress(0.5, width: 7) == "50%")
  }

  @Test func scoreBarUsesEighthBlocks() {
    #expect(bar(0) == "    |")
    #expect(bar(1) == "████|")
    #expect(bar(0.5) == "██  |")
    #expect(bar(0.55) == "██▎ |")
    #expect(bar(1.0 / 32) == "▏   |")
    #expect(bar(7.0 / 32) == "▉   |")
  }

  @Test func scoreBarEmptyPartTakesTheTrackStyle() {
    var screen = ScreenBuffer(size: Size(columns: 4, rows: 1))
    let track = Style(background: .white)
    screen.drawBar(column: 0, row: 0, width: 4, fraction: 0.5, emptyStyle: track)
    #expect(screen[3, 0].style == track)
    #expect(screen[1, 0].style == .plain)
  }
}
