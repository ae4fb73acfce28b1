import TerminalUI

/// A ``TerminalBackend`` that draws nothing and records what a terminal
/// would have been sent: the changed cells, the cursor moves and style
/// changes, and an estimate of the bytes.
///
/// The estimate models a plain VT100 writer: a cursor move (`ESC[r;cH`)
/// before a change that is not where the last write left the cursor, unless
/// re-sending the few cells in between is cheaper; one SGR sequence where
/// the style changes; the cell's UTF-8 text. ncurses optimises a little
/// further, so real output is at most this.
///
/// ```swift
/// let terminal = RecordingTerminal(size: Size(columns: 120, rows: 40))
/// terminal.draw(before)
/// terminal.draw(after)
/// terminal.lastDraw.changedCells   // cells sent for `after`
/// ```
public final class RecordingTerminal: TerminalBackend {
  /// What one ``draw(_:)`` would have sent.
  public struct Draw: Equatable, Sendable {
    /// Whether the screen was erased first.
    public var clearedScreen = false
    /// Cells written.
    public var changedCells = 0
    /// Cells written whose text changed (the rest changed style only): what
    /// `bench/tui_bench.py` counts as changed on its screen model.
    public var changedCharacters = 0
    /// Cursor-address sequences sent (for cells and for the text cursor).
    public var cursorMoves = 0
    /// Style (SGR) sequences sent.
    public var styleChanges = 0
    /// Estimated bytes, escape sequences included.
    public var bytes = 0
    /// Where the text cursor was left, or `nil` when hidden.
    public var cursor: Position?
  }

  /// A cell position.
  public struct Position: Equatable, Sendable {
    /// The column.
    public var column: Int
    /// The row.
    public var row: Int

    /// Creates a position.
    public init(column: Int, row: Int) {
      self.column = column
      self.row = row
    }
  }

  /// The terminal's size; set it to simulate a resize.
  public var size: Size
  /// Keys ``readKey(timeoutMilliseconds:)`` returns, first first; `.hangup`
  /// once they run out.
  public var pendingKeys: [Key]
  /// Every draw so far, oldest first.
  public private(set) var draws: [Draw] = []
  /// What the screen shows: the last frame drawn.
  public private(set) var screen: ScreenBuffer?
  /// Whether ``start()`` ran and ``stop()`` has not since.
  public private(set) var isStarted = false

  /// Where the last write left the cursor, `nil` when unknown.
  private var position: Position?
  /// The style of the last write.
  private var pen = Style.plain
  /// Whether the text cursor is shown.
  private var cursorVisible = false

  /// A terminal of `size` that will read `keys`.
  public init(size: Size, keys: [Key] = []) {
    self.size = size
    self.pendingKeys = keys
  }

  /// The last draw, or an empty one before the first.
  public var lastDraw: Draw { draws.last ?? Draw() }

  public func start() { isStarted = true }

  public func stop() { isStarted = false }

  public func draw(_ frame: Frame) {
    let changes = frame.buffer.changes(since: screen)
    var draw = Draw(clearedScreen: changes.clearsScreen)
    if changes.clearsScreen {
      draw.bytes += Self.eraseBytes
      position = Position(column: 0, row: 0)
    }
    for change in changes.cells {
      send(change, in: frame.buffer, to: &draw)
    }
    if let cursor = frame.cursor,
      frame.buffer.bounds.contains(column: cursor.column, row: cursor.row)
    {
      if !cursorVisible { draw.bytes += Self.cursorVisibilityBytes }
      cursorVisible = true
      let target = Position(column: cursor.column, row: cursor.row)
      if position != target {
        draw.cursorMoves += 1
        draw.bytes += Self.moveBytes(to: target)
        position = target
      }
      draw.cursor = target
    } else if cursorVisible {
      cursorVisible = false
      draw.bytes += Self.cursorVisibilityBytes
    }
    screen = frame.buffer
    draws.append(draw)
  }

  public func invalidate() { screen = nil }

  public func readKey(timeoutMilliseconds: Int) -> Key {
    pendingKeys.isEmpty ? .hangup : pendingKeys.removeFirst()
  }

  public func suspend(_ body: () throws -> Void) rethrows {
    defer { screen = nil }
    try body()
  }

  // MARK: - The byte model

  /// `ESC[H` `ESC[2J`.
  static let eraseBytes = 7
  /// `ESC[?25h` or `ESC[?25l`.
  static let cursorVisibilityBytes = 6

  /// Bytes of `ESC[row;columnH` (1-based).
  static func moveBytes(to target: Position) -> Int {
    4 + String(target.row + 1).utf8.count + String(target.column + 1).utf8.count
  }

  /// Bytes of the SGR sequence that sets `style` from scratch:
  /// `ESC[0;1;2;4;7;3x;4xm`.
  static func styleBytes(_ style: Style) -> Int {
    let flags = [style.bold, style.dim, style.underline, style.reverse].filter { $0 }.count
    let colours = (style.foreground == .default ? 0 : 3) + (style.background == .default ? 0 : 3)
    return 4 + 2 * flags + colours
  }

  /// Adds one changed cell to `draw`: the cheaper of a cursor move and
  /// re-sending the cells skipped on the same row, the style, the text.
  private func send(_ change: CellChange, in buffer: ScreenBuffer, to draw: inout Draw) {
    let target = Position(column: change.column, row: change.row)
    if position != target {
      let move = Self.moveBytes(to: target)
      if let gap = resendBytes(upTo: target, in: buffer), gap < move {
        draw.bytes += gap
      } else {
        draw.cursorMoves += 1
        draw.bytes += move
      }
    }
    if change.cell.style != pen {
      draw.styleChanges += 1
      draw.bytes += Self.styleBytes(change.cell.style)
      pen = change.cell.style
    }
    draw.changedCells += 1
    if screen?[change.column, change.row].text != change.cell.text { draw.changedCharacters += 1 }
    draw.bytes += change.cell.text.utf8.count
    position = Position(column: change.column + max(1, change.cell.width), row: change.row)
  }

  /// Bytes to reach `target` by writing the unchanged cells between the
  /// cursor and it on the same row, when they are all in the current style;
  /// `nil` when that is not possible.
  private func resendBytes(upTo target: Position, in buffer: ScreenBuffer) -> Int? {
    guard let position, position.row == target.row, position.column < target.column else {
      return nil
    }
    var bytes = 0
    for column in position.column..<target.column {
      let cell = buffer[column, target.row]
      guard cell.style == pen else { return nil }
      bytes += cell.text.utf8.count
    }
    return bytes
  }
}
