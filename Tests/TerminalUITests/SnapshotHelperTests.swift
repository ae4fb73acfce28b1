import Foundation
import Testing

@testable import TestSupport

@Suite("Test helpers")
struct SnapshotHelperTests {
  /// Compares with `Snapshots/helper-baseline.txt`, never re-recording it:
  /// under `RECORD_SNAPSHOTS=1` the first test below would otherwise write
  /// its "changed" text as the baseline and break the second.
  private func compareWithFixedBaseline(_ text: String, sourceLocation: SourceLocation) {
    checkSnapshot(
      text,
      named: "helper-baseline",
      file: #filePath,
      recording: false,
      sourceLocation: sourceLocation
    )
  }

  @Test func snapshotComparisonFailsOnADifferenceAndNamesTheRow() {
    withKnownIssue {
      compareWithFixedBaseline(
        "┌─ Title ─┐\n│ changed │\n└─────────┘",
        sourceLocation: #_sourceLocation
      )
    } matching: { issue in
      let text = String(describing: issue)
      return text.contains("row 1 differs") && text.contains("changed")
    }
  }

  @Test func snapshotComparisonPassesOnTheSameText() {
    compareWithFixedBaseline(
      "┌─ Title ─┐\n│ kept    │\n└─────────┘",
      sourceLocation: #_sourceLocation
    )
  }

  @Test func recordingWritesTheBaselineAndFails() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("snapshot-helper-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("FakeTests.swift").path
    withKnownIssue {
      checkSnapshot(
        "new look",
        named: "recorded",
        file: file,
        recording: true,
        sourceLocation: #_sourceLocation
      )
    } matching: { issue in
      String(describing: issue).contains("Recorded new baseline")
    }
    let baseline = folder.appendingPathComponent("Snapshots/recorded.txt")
    #expect(try String(contentsOf: baseline, encoding: .utf8) == "new look\n")
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
