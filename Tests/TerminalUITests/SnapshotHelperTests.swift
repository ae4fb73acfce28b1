import Testing

@testable import TestSupport

@Suite("Test helpers")
struct SnapshotHelperTests {
  @Test func snapshotComparisonFailsOnADifferenceAndNamesTheRow() {
    withKnownIssue {
      assertSnapshot("┌─ Title ─┐\n│ changed │\n└─────────┘", named: "helper-baseline")
    } matching: { issue in
      let text = String(describing: issue)
      return text.contains("row 1 differs") && text.contains("changed")
    }
  }

  @Test func snapshotComparisonPassesOnTheSameText() {
    assertSnapshot("┌─ Title ─┐\n│ kept    │\n└─────────┘", named: "helper-baseline")
  }

  @Test func expectScreenReportsTheFirstDifferingRow() {
    withKnownIssue {
      expectScreen("a\nb\nc", "a\nx\nc")
    } matching: { issue in
      String(describing: issue).contains("row 1 differs")
    }
  }

  @Test func firstScreenDifferenceReportsMissingRows() {
    let difference = firstScreenDifference("a\nb", "a\nb\nc")
    #expect(difference?.contains("row 2 differs") == true)
    #expect(difference?.contains("<none>") == true)
    #expect(firstScreenDifference("same", "same") == nil)
  }
}
