/// One cell a backend writes to bring the terminal up to date.
public struct CellChange: Hashable, Sendable {
  /// The cell's column.
  public let column: Int
  /// The cell's row.
  public let row: Int
  /// What the cell shows now.
  public let cell: Cell

  /// Creates a change.
  public init(column: Int, row: Int, cell: Cell) {
    self.column = column
    self.row = row
    self.cell = cell
  }
}

/// What a backend sends to turn the screen it shows into another frame.
public struct ScreenChanges: Hashable, Sendable {
  /// Whether the screen is erased first: there was no previous frame or it
  /// had another size. ``cells`` then holds only the cells that are not a
  /// plain blank.
  public let clearsScreen: Bool
  /// The cells to write, row by row and left to right; never the right
  /// half of a two-column character (writing the left half covers it).
  public let cells: [CellChange]
}

extension ScreenBuffer {
  /// The cells a terminal showing `previous` must be sent to show this
  /// buffer (`nil`: the terminal shows nothing known, so it is erased).
  ///
  /// ```swift
  /// let changes = next.changes(since: shown)
  /// if changes.clearsScreen { eraseScreen() }
  /// for change in changes.cells { put(change.cell, change.column, change.row) }
  /// ```
  public func changes(since previous: ScreenBuffer?) -> ScreenChanges {
    let previous = previous.flatMap { $0.size == size ? $0 : nil }
    let columns = size.columns
    var changed: [CellChange] = []
    // Straight over the two cell arrays, in row order: no bounds check or
    // row arithmetic per cell, only per change.
    cells.withUnsafeBufferPointer { now in
      if let previous {
        previous.cells.withUnsafeBufferPointer { before in
          for index in now.indices {
            let cell = now[index]
            if cell.isContinuation || cell == before[index] { continue }
            changed.append(CellChange(column: index % columns, row: index / columns, cell: cell))
          }
        }
      } else {
        for index in now.indices {
          let cell = now[index]
          // A blank needs nothing on the erased screen.
          if cell.isContinuation || cell == .blank { continue }
          changed.append(CellChange(column: index % columns, row: index / columns, cell: cell))
        }
      }
    }
    return ScreenChanges(clearsScreen: previous == nil, cells: changed)
  }
}
