/// A stretch of adjacent cells on one row that share a style.
///
/// ``ScreenBuffer/styledRuns(row:)`` returns a row as runs; tests use them
/// to check colours and emphasis without a terminal.
public struct StyledRun: Hashable, Sendable {
  /// The column of the run's first cell.
  public var column: Int
  /// The text of the run's cells (continuation cells add nothing).
  public var text: String
  /// The columns the run covers.
  public var width: Int
  /// The style every cell of the run has.
  public var style: Style

  /// Creates a run.
  public init(column: Int, text: String, width: Int, style: Style) {
    self.column = column
    self.text = text
    self.width = width
    self.style = style
  }
}
