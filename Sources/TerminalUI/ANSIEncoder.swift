/// Turns frames into the bytes an ANSI (ECMA-48) terminal is sent to show
/// them, sending only what changed since the frame before.
///
/// It remembers where its last write left the cursor and which style (SGR)
/// is set, so that it can pick the cheapest way to the next changed cell:
/// a cursor move, or re-sending a few unchanged cells between two changes
/// on a row; a style change that only turns on or off what differs, or a
/// reset; an erase (`ECH`, `EL`) for a run of blanks. `CursesTerminal`
/// writes these bytes itself (curses then only reads keys and sets the
/// terminal up); `RecordingTerminal` in the tests counts them.
///
/// ```swift
/// var encoder = ANSIEncoder()
/// let bytes = encoder.encode(frame, since: shown)  // nil: erase and repaint
/// ```
public struct ANSIEncoder: Sendable {
  /// What the terminal can show, from its terminfo entry.
  public struct Capabilities: Hashable, Sendable {
    /// Which attributes it has (`bold`, `dim`, `rev`, `smul`); the others
    /// are left out of every style, as curses leaves them out.
    public var bold: Bool
    /// Whether it has a dim attribute.
    public var dim: Bool
    /// Whether it has reverse video.
    public var reverse: Bool
    /// Whether it underlines.
    public var underline: Bool
    /// Whether it erases characters in place (`ECH`, `ESC[nX`).
    public var eraseCharacters: Bool

    /// Creates capabilities.
    public init(
      bold: Bool = true,
      dim: Bool = true,
      reverse: Bool = true,
      underline: Bool = true,
      eraseCharacters: Bool = true
    ) {
      self.bold = bold
      self.dim = dim
      self.reverse = reverse
      self.underline = underline
      self.eraseCharacters = eraseCharacters
    }

    /// An xterm-like terminal: everything.
    public static let all = Capabilities()
  }

  /// What the last ``encode(_:since:)`` sent, besides its bytes.
  public struct Counts: Hashable, Sendable {
    /// Cursor-movement sequences (for cells and for the text cursor).
    public var cursorMoves = 0
    /// Style (SGR) sequences.
    public var styleChanges = 0
    /// Erase sequences (`ESC[nX`, `ESC[K`) standing for runs of blanks.
    public var erases = 0
  }

  /// The terminal's capabilities.
  public let capabilities: Capabilities
  /// Whether styles keep their colours (else they become monochrome).
  public let colorMode: ColorMode
  /// The counts of the last encode.
  public internal(set) var counts = Counts()

  /// Where the terminal's cursor is, `nil` when unknown (at the start, or
  /// after a write into the last column, where terminals differ).
  var cursor: (column: Int, row: Int)?
  /// The style set on the terminal, `nil` when unknown.
  var pen: Style?
  /// Whether the text cursor is shown, `nil` when unknown.
  var cursorShown: Bool?
  /// The bytes being built.
  var out: [UInt8] = []

  /// An encoder that knows nothing of the screen yet.
  public init(capabilities: Capabilities = .all, colorMode: ColorMode = .color) {
    self.capabilities = capabilities
    self.colorMode = colorMode
  }

  /// Forgets the terminal's cursor, style and cursor visibility (after
  /// another program or curses wrote to it).
  public mutating func invalidate() {
    cursor = nil
    pen = nil
    cursorShown = nil
  }

  /// The bytes that turn a terminal showing `previous` into `frame`
  /// (`nil`, or a buffer of another size: erase the screen and send every
  /// cell that is not a plain blank).
  public mutating func encode(_ frame: Frame, since previous: ScreenBuffer?) -> [UInt8] {
    encode(frame, changes: frame.buffer.changes(since: previous))
  }

  /// The bytes that send `changes`, the frame's
  /// ``ScreenBuffer/changes(since:)`` against what the terminal shows.
  public mutating func encode(_ frame: Frame, changes: ScreenChanges) -> [UInt8] {
    let buffer = frame.buffer
    counts = Counts()
    out = []
    out.reserveCapacity(changes.cells.count * 2 + 64)
    let showCursor =
      frame.cursor.map { buffer.bounds.contains(column: $0.column, row: $0.row) } ?? false
    // Hidden first, shown last: the cursor never wanders over the drawing.
    if cursorShown != false && (!showCursor || !changes.cells.isEmpty || changes.clearsScreen) {
      append("\u{1B}[?25l")
      cursorShown = false
    }
    if changes.clearsScreen {
      setPen(.plain)
      append("\u{1B}[H\u{1B}[2J")
      cursor = (0, 0)
    }
    var index = 0
    let cells = changes.cells
    while index < cells.count {
      let change = cells[index]
      // Only a space can start an erase: most cells skip the look-ahead.
      if change.cell.scalarCount == 1 && change.cell.scalar(at: 0) == " ",
        let erased = eraseRun(from: index, in: cells, buffer: buffer)
      {
        index += erased
        continue
      }
      // The next cell of a run needs no move.
      if cursor?.column != change.column || cursor?.row != change.row {
        moveOrResend(to: change.column, row: change.row, in: buffer)
      }
      put(change.cell, column: change.column, columns: buffer.size.columns, row: change.row)
      index += 1
    }
    if showCursor, let target = frame.cursor {
      moveCursor(to: target.column, row: target.row)
      if cursorShown != true {
        append("\u{1B}[?25h")
        cursorShown = true
      }
    }
    return out
  }

  /// The bytes that leave the terminal for its owner: the plain style,
  /// the cursor at the start of the bottom row (`rows` rows), shown. The
  /// encoder then knows nothing of the terminal.
  public mutating func finish(rows: Int) -> [UInt8] {
    out = []
    if pen != .plain { append("\u{1B}[m") }
    cursor = nil
    moveCursor(to: 0, row: max(0, rows - 1))
    if cursorShown != true { append("\u{1B}[?25h") }
    invalidate()
    return out
  }

  // MARK: - Cells

  /// The style as this terminal shows it.
  func shown(_ style: Style) -> Style {
    var style = colorMode.apply(to: style)
    style.bold = style.bold && capabilities.bold
    style.dim = style.dim && capabilities.dim
    style.reverse = style.reverse && capabilities.reverse
    style.underline = style.underline && capabilities.underline
    return style
  }

  /// Writes `cell` where the cursor is (the caller moved it there).
  mutating func put(_ cell: Cell, column: Int, columns: Int, row: Int) {
    setPen(shown(cell.style))
    for index in 0..<cell.scalarCount {
      appendUTF8(cell.scalar(at: index))
    }
    let next = column + max(1, cell.width)
    // After the last column terminals differ (pending wrap): forget.
    cursor = next < columns ? (next, row) : nil
  }

  /// Reaches `column`, `row`: by re-sending the unchanged cells between the
  /// cursor and it on its row when that is fewer bytes, else by a move.
  mutating func moveOrResend(to column: Int, row: Int, in buffer: ScreenBuffer) {
    guard let cursor else { return moveCursor(to: column, row: row) }
    guard cursor.row != row || cursor.column != column else { return }
    if cursor.row == row && cursor.column < column
      && column - cursor.column <= 8
      && resendCost(from: cursor.column, to: column, row: row, in: buffer)
        <= Self.moveCost(from: cursor, to: (column, row))
    {
      var at = cursor.column
      while at < column {
        let cell = buffer[at, row]
        put(cell, column: at, columns: buffer.size.columns, row: row)
        at += max(1, cell.width)
      }
      if self.cursor?.column == column { return }
    }
    moveCursor(to: column, row: row)
  }

  /// Bytes to re-send the cells from `start` to `end` on `row` from the
  /// current style, or `Int.max` when a two-column character straddles
  /// `end`.
  func resendCost(from start: Int, to end: Int, row: Int, in buffer: ScreenBuffer) -> Int {
    var bytes = 0
    var style = pen
    var at = start
    while at < end {
      let cell = buffer[at, row]
      if cell.isContinuation { return Int.max }
      let next = shown(cell.style)
      if next != style {
        bytes += Self.styleChange(from: style, to: next).count
        style = next
      }
      for index in 0..<cell.scalarCount {
        bytes += UTF8.width(cell.scalar(at: index))
      }
      at += max(1, cell.width)
    }
    return at == end ? bytes : Int.max
  }

  /// Erases the run of blanks that starts with the change `cells[index]`
  /// (unchanged blanks of the new frame included) when an erase is fewer
  /// bytes than the changed spaces in it; returns how many changes it
  /// covered, or `nil` when it did not erase.
  mutating func eraseRun(from index: Int, in cells: [CellChange], buffer: ScreenBuffer) -> Int? {
    guard capabilities.eraseCharacters else { return nil }
    let first = cells[index]
    guard isPlainBlank(first.cell) else { return nil }
    let columns = buffer.size.columns
    var end = first.column + 1
    while end < columns && isPlainBlank(buffer[end, first.row]) { end += 1 }
    var covered = 1
    while index + covered < cells.count, cells[index + covered].row == first.row,
      cells[index + covered].column < end
    {
      covered += 1
    }
    // ESC[K to the row's end; else ESC[nX and a move past the run.
    let toRowEnd = end == columns
    let length = end - first.column
    let cost = toRowEnd ? 3 : 6 + 2 * Self.digits(length)
    guard cost < covered else { return nil }
    moveOrResend(to: first.column, row: first.row, in: buffer)
    // Erased cells take the background set: make it the default one.
    if pen?.background != .default || pen?.reverse != false { setPen(.plain) }
    if toRowEnd {
      append("\u{1B}[K")
    } else {
      append("\u{1B}[")
      appendNumber(length)
      append("X")
    }
    counts.erases += 1
    return covered
  }

  /// Whether `cell` is a space that looks like an erased cell.
  func isPlainBlank(_ cell: Cell) -> Bool {
    guard cell.scalarCount == 1, cell.scalar(at: 0) == " " else { return false }
    let style = shown(cell.style)
    return style.background == .default && !style.reverse && !style.underline
  }
}
