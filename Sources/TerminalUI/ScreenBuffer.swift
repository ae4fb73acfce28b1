/// A frame of the terminal screen as plain Swift values.
///
/// The app renders each frame into a fresh buffer; a backend copies it to
/// the terminal, and tests read it back as text with ``plainText``.
///
/// Every write is sanitised by ``TerminalSafeText`` and laid out with
/// ``DisplayWidth``, so the buffer always agrees with the terminal about
/// where each character lands.
///
/// ```swift
/// var buffer = ScreenBuffer(size: Size(columns: 10, rows: 1))
/// buffer.write("a漢é", column: 0, row: 0)  // returns 4
/// buffer.plainText                          // "a漢é"
/// ```
public struct ScreenBuffer: Hashable, Sendable {
  /// The buffer's size in cells.
  public let size: Size
  /// The cells, row after row.
  private(set) var cells: [Cell]

  /// A buffer of `size` filled with spaces in `style`.
  public init(size: Size, style: Style = .plain) {
    self.size = size
    self.cells = Array(repeating: .blank(style: style), count: size.columns * size.rows)
  }

  /// The rectangle that covers the whole buffer.
  public var bounds: Rect { Rect(size: size) }

  /// The cell at `column`, `row`, or a plain blank cell outside the buffer.
  public subscript(column: Int, row: Int) -> Cell {
    guard let index = index(column, row) else { return .blank }
    return cells[index]
  }

  /// Writes `text` on one row starting at `column`, and returns the column
  /// just after the last cell written.
  ///
  /// - Unsafe scalars are shown escaped (see ``TerminalSafeText``); line
  ///   breaks are not followed (use ``TextWrap/wrap(_:width:)`` first).
  /// - Text is clipped at `column + maxWidth` and at the buffer's right edge.
  ///   A two-column character that does not fit is replaced by one space in
  ///   `style`, and writing stops there.
  /// - Overwriting either half of a two-column character turns its other
  ///   half into a space, as Ratatui does, so no half character remains.
  /// - Writing outside the rows does nothing; cells left of column 0 are
  ///   skipped.
  @discardableResult
  public mutating func write(
    _ text: String,
    column: Int,
    row: Int,
    style: Style = .plain,
    maxWidth: Int? = nil
  ) -> Int {
    guard row >= 0 && row < size.rows else { return column }
    let limit = min(size.columns, maxWidth.map { column + max(0, $0) } ?? Int.max)
    var next = column
    for piece in CellText.cells(of: text) {
      if next + piece.width > limit {
        if next >= 0 && next < limit {
          put(.blank(style: style), column: next, row: row)
          next += 1
        }
        break
      }
      if next >= 0 {
        put(Cell(scalars: piece.scalars, width: piece.width, style: style), column: next, row: row)
      } else if next + piece.width > 0 {
        put(.blank(style: style), column: 0, row: row)
      }
      next += piece.width
    }
    return next
  }

  /// Fills `rect` (clipped to the buffer) with spaces in `style`.
  public mutating func fill(_ rect: Rect, style: Style = .plain) {
    let area = rect.intersection(bounds)
    for row in area.row..<area.endRow {
      for column in area.column..<area.endColumn {
        put(.blank(style: style), column: column, row: row)
      }
    }
  }

  /// Fills `rect` (clipped to the buffer) with copies of `character`.
  ///
  /// A two-column character that does not fit at the end of a row leaves a
  /// space there.
  public mutating func fill(_ rect: Rect, with character: Character, style: Style = .plain) {
    let area = rect.intersection(bounds)
    let width = max(1, DisplayWidth.of(character))
    let line = String(repeating: String(character), count: area.columns / width + 1)
    for row in area.row..<area.endRow {
      fill(Rect(column: area.column, row: row, columns: area.columns, rows: 1), style: style)
      write(line, column: area.column, row: row, style: style, maxWidth: area.columns)
    }
  }

  /// Changes the style of every cell in `rect`, keeping the text.
  ///
  /// ```swift
  /// // Highlight a list row.
  /// buffer.restyle(rowRect) { _ in Style(reverse: true) }
  /// ```
  public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
    let area = rect.intersection(bounds)
    for row in area.row..<area.endRow {
      for column in area.column..<area.endColumn {
        if let index = index(column, row) {
          cells[index] = cells[index].with(style: transform(cells[index].style))
        }
      }
    }
  }

  /// The text of one row with trailing spaces removed ("" outside the buffer).
  public func text(row: Int) -> String {
    guard row >= 0 && row < size.rows else { return "" }
    let start = row * size.columns
    var line = cells[start..<start + size.columns].map(\.text).joined()
    while line.last == " " { line.removeLast() }
    return line
  }

  /// The whole buffer as text: one line per row, joined by `"\n"`.
  ///
  /// Convention (snapshots rely on it): trailing spaces of every row are
  /// removed, but every row is present, so the text always has
  /// `size.rows - 1` line feeds and no final line feed. Styles are ignored.
  public var plainText: String {
    (0..<size.rows).map { text(row: $0) }.joined(separator: "\n")
  }

  /// The cells of `row` grouped into runs of one style, left to right.
  ///
  /// Backends and tests use this to see styles; a row outside the buffer has
  /// no runs.
  public func styledRuns(row: Int) -> [StyledRun] {
    guard row >= 0 && row < size.rows else { return [] }
    var runs: [StyledRun] = []
    for column in 0..<size.columns {
      let cell = self[column, row]
      if let last = runs.last, last.style == cell.style {
        runs[runs.count - 1].text += cell.text
        runs[runs.count - 1].width += 1
      } else {
        runs.append(StyledRun(column: column, text: cell.text, width: 1, style: cell.style))
      }
    }
    return runs
  }

  // MARK: - Cells

  private func index(_ column: Int, _ row: Int) -> Int? {
    guard column >= 0 && column < size.columns && row >= 0 && row < size.rows else { return nil }
    return row * size.columns + column
  }

  /// Stores `cell` (one or two columns wide) at `column`, `row`, first
  /// breaking any two-column character whose half it would overwrite.
  mutating func put(_ cell: Cell, column: Int, row: Int) {
    guard let index = index(column, row) else { return }
    breakWideCharacter(at: column, row: row)
    cells[index] = cell
    if cell.width == 2, let right = self.index(column + 1, row) {
      breakWideCharacter(at: column + 1, row: row)
      cells[right] = .continuation(style: cell.style)
    }
  }

  /// If the cell at `column` is half of a two-column character, turns the
  /// other half into a space of its own style.
  private mutating func breakWideCharacter(at column: Int, row: Int) {
    guard let index = index(column, row) else { return }
    let cell = cells[index]
    if cell.isContinuation, let left = self.index(column - 1, row) {
      cells[left] = .blank(style: cells[left].style)
    } else if cell.width == 2, let right = self.index(column + 1, row) {
      cells[right] = .blank(style: cells[right].style)
    }
  }
}
