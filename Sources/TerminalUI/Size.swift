/// The size of a terminal or of a screen buffer, in character cells.
///
/// ```swift
/// let size = Size(columns: 80, rows: 24)
/// ```
public struct Size: Hashable, Sendable, CustomStringConvertible {
  /// The number of columns (cells across).
  public var columns: Int
  /// The number of rows (lines down).
  public var rows: Int

  /// Creates a size; negative values are clamped to zero.
  public init(columns: Int, rows: Int) {
    self.columns = max(0, columns)
    self.rows = max(0, rows)
  }

  /// A size of zero columns and zero rows.
  public static let zero = Size(columns: 0, rows: 0)

  /// The size as `"80x24"`.
  public var description: String { "\(columns)x\(rows)" }
}
