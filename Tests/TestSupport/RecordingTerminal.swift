import TerminalUI

/// A ``TerminalBackend`` that draws nothing and records what a terminal
/// would have been sent: the changed cells, the cursor moves and style
/// changes, and the bytes, encoded by the ``ANSIEncoder`` that
/// `CursesTerminal` writes with on ECMA-48 terminals (``lastOutput``).
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
    /// Bytes, escape sequences included.
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

  /// The escape sequences a terminal would be sent: the program's own
  /// encoder, so the byte counts are what `CursesTerminal` writes.
  private var encoder = ANSIEncoder()
  /// The bytes of the last draw.
  public private(set) var lastOutput: [UInt8] = []

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
    lastOutput = encoder.encode(frame, changes: changes)
    var draw = Draw(clearedScreen: changes.clearsScreen)
    draw.changedCells = changes.cells.count
    draw.changedCharacters = changes.cells.count { change in
      screen?[change.column, change.row].text != change.cell.text
    }
    draw.cursorMoves = encoder.counts.cursorMoves
    draw.styleChanges = encoder.counts.styleChanges
    draw.bytes = lastOutput.count
    if let cursor = frame.cursor,
      frame.buffer.bounds.contains(column: cursor.column, row: cursor.row)
    {
      draw.cursor = Position(column: cursor.column, row: cursor.row)
    }
    screen = frame.buffer
    draws.append(draw)
  }

  public func invalidate() { screen = nil }

  public func readKey(timeoutMilliseconds: Int) -> Key {
    pendingKeys.isEmpty ? .hangup : pendingKeys.removeFirst()
  }

  public func suspend(_ body: () throws -> Void) rethrows {
    defer {
      screen = nil
      encoder.invalidate()
    }
    try body()
  }
}
