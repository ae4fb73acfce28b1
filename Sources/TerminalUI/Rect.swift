/// A rectangle of cells: the position of its top-left cell and its size.
///
/// Rectangles never have a negative size; helpers that would shrink one below
/// zero return an empty rectangle instead.
///
/// ```swift
/// let screen = Rect(column: 0, row: 0, columns: 80, rows: 24)
/// let content = screen.inset(by: 1)  // inside a box border
/// ```
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  /// The column of the leftmost cell.
  public var column: Int
  /// The row of the top cell.
  public var row: Int
  /// The width in columns, never negative.
  public var columns: Int
  /// The height in rows, never negative.
  public var rows: Int

  /// Creates a rectangle; a negative width or height is clamped to zero.
  public init(column: Int, row: Int, columns: Int, rows: Int) {
    self.column = column
    self.row = row
    self.columns = max(0, columns)
    self.rows = max(0, rows)
  }

  /// The rectangle at the origin that covers a whole `size`.
  public init(size: Size) {
    self.init(column: 0, row: 0, columns: size.columns, rows: size.rows)
  }

  /// The size of the rectangle.
  public var size: Size { Size(columns: columns, rows: rows) }

  /// The column just right of the rectangle (`column + columns`).
  public var endColumn: Int { column + columns }

  /// The row just below the rectangle (`row + rows`).
  public var endRow: Int { row + rows }

  /// Whether the rectangle covers no cell at all.
  public var isEmpty: Bool { columns == 0 || rows == 0 }

  /// Whether the cell at `column`, `row` lies inside the rectangle.
  public func contains(column: Int, row: Int) -> Bool {
    column >= self.column && column < endColumn && row >= self.row && row < endRow
  }

  /// The rectangle shrunk by `amount` cells on every side.
  public func inset(by amount: Int) -> Rect {
    inset(horizontal: amount, vertical: amount)
  }

  /// The rectangle shrunk by `horizontal` cells left and right and by
  /// `vertical` cells at the top and bottom.
  public func inset(horizontal: Int, vertical: Int) -> Rect {
    inset(top: vertical, left: horizontal, bottom: vertical, right: horizontal)
  }

  /// The rectangle shrunk by a separate amount on each side.
  public func inset(top: Int, left: Int, bottom: Int, right: Int) -> Rect {
    Rect(
      column: column + left,
      row: row + top,
      columns: columns - left - right,
      rows: rows - top - bottom
    )
  }

  /// The part of the rectangle that also lies inside `other` (empty if none).
  public func intersection(_ other: Rect) -> Rect {
    let left = max(column, other.column)
    let top = max(row, other.row)
    let right = min(endColumn, other.endColumn)
    let bottom = min(endRow, other.endRow)
    return Rect(column: left, row: top, columns: right - left, rows: bottom - top)
  }

  /// The rectangle as `"(column,row) columnsxrows"`, e.g. `"(2,1) 10x4"`.
  public var description: String { "(\(column),\(row)) \(columns)x\(rows)" }
}
