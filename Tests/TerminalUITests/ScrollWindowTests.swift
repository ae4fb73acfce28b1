import Testing

@testable import TerminalUI

@Suite("List scrolling")
struct ScrollWindowTests {
  @Test func aListThatFitsIsShownWhole() {
    #expect(ScrollWindow.visibleRange(itemCount: 3, selected: 2, height: 10) == 0..<3)
  }

  @Test func movingDownPastTheBottomScrollsByOne() {
    #expect(ScrollWindow.visibleRange(itemCount: 20, selected: 5, height: 5, offset: 0) == 1..<6)
  }

  @Test func movingUpPastTheTopScrollsToTheSelection() {
    #expect(ScrollWindow.visibleRange(itemCount: 20, selected: 3, height: 5, offset: 6) == 3..<8)
  }

  @Test func theWindowStaysPutWhileTheSelectionIsVisible() {
    #expect(ScrollWindow.visibleRange(itemCount: 20, selected: 8, height: 5, offset: 6) == 6..<11)
  }

  @Test func theWindowNeverRunsPastTheEnd() {
    #expect(
      ScrollWindow.visibleRange(itemCount: 20, selected: 19, height: 5, offset: 18) == 15..<20
    )
  }

  @Test func outOfRangeSelectionsAreClamped() {
    #expect(ScrollWindow.visibleRange(itemCount: 10, selected: 50, height: 4) == 6..<10)
    #expect(ScrollWindow.visibleRange(itemCount: 10, selected: -3, height: 4, offset: 5) == 0..<4)
  }

  @Test func emptyListsAndZeroHeightShowNothing() {
    #expect(ScrollWindow.visibleRange(itemCount: 0, selected: 0, height: 5).isEmpty)
    #expect(ScrollWindow.visibleRange(itemCount: 5, selected: 0, height: 0).isEmpty)
  }
}
