/// The escape sequences of ``ANSIEncoder``: cursor moves and styles, each
/// the shortest of the ECMA-48 forms that do the job.
extension ANSIEncoder {
  /// A way to move the cursor, with the numbers it is sent with.
  enum Move: Equatable {
    /// `ESC[r;cH` (`ESC[rH` in column 1, `ESC[H` at the top left).
    case absolute
    /// `ESC[cG`: to a column of the same row.
    case column
    /// `ESC[nC` / `ESC[nD`: right or left on the same row.
    case horizontal(Int)
    /// `ESC[rd`: to a row, same column.
    case row
    /// `ESC[nB` / `ESC[nA`: down or up, same column.
    case vertical(Int)
    /// `CR`: to column 1 of the same row.
    case carriageReturn
    /// `CR ESC[nB`: to column 1 of a row below.
    case carriageReturnDown(Int)
  }

  /// The cheapest move from `from` (`nil`: unknown) to `to`, and its bytes.
  static func bestMove(
    from: (column: Int, row: Int)?,
    to: (column: Int, row: Int)
  ) -> (move: Move, bytes: Int) {
    var best: (move: Move, bytes: Int) = (
      .absolute,
      to.column == 0
        ? (to.row == 0 ? 3 : 3 + digits(to.row + 1))
        : 4 + digits(to.row + 1) + digits(to.column + 1)
    )
    guard let from else { return best }
    func consider(_ move: Move, _ bytes: Int) {
      if bytes < best.bytes { best = (move, bytes) }
    }
    if from.row == to.row {
      let distance = to.column - from.column
      consider(.column, 3 + digits(to.column + 1))
      consider(.horizontal(distance), 2 + countBytes(abs(distance)))
      if to.column == 0 { consider(.carriageReturn, 1) }
    } else if from.column == to.column {
      let distance = to.row - from.row
      consider(.row, 3 + digits(to.row + 1))
      consider(.vertical(distance), 2 + countBytes(abs(distance)))
    } else if to.column == 0 && to.row > from.row {
      consider(.carriageReturnDown(to.row - from.row), 3 + countBytes(to.row - from.row))
    }
    return best
  }

  /// Bytes of the cheapest move from `from` to `to`.
  static func moveCost(from: (column: Int, row: Int), to: (column: Int, row: Int)) -> Int {
    bestMove(from: from, to: to).bytes
  }

  /// Moves the terminal's cursor to `column`, `row` (if not there).
  mutating func moveCursor(to column: Int, row: Int) {
    if let cursor, cursor.column == column && cursor.row == row { return }
    counts.cursorMoves += 1
    switch Self.bestMove(from: cursor, to: (column, row)).move {
    case .absolute:
      append("\u{1B}[")
      if column != 0 || row != 0 { appendNumber(row + 1) }
      if column != 0 {
        out.append(UInt8(ascii: ";"))
        appendNumber(column + 1)
      }
      out.append(UInt8(ascii: "H"))
    case .column:
      sequence(column + 1, "G")
    case .horizontal(let distance):
      sequence(abs(distance), distance > 0 ? "C" : "D")
    case .row:
      sequence(row + 1, "d")
    case .vertical(let distance):
      sequence(abs(distance), distance > 0 ? "B" : "A")
    case .carriageReturn:
      out.append(0x0D)
    case .carriageReturnDown(let distance):
      out.append(0x0D)
      sequence(distance, "B")
    }
    cursor = (column, row)
  }

  /// `ESC[` `n` `final`, with `n` left out when it is 1 (the default).
  private mutating func sequence(_ number: Int, _ final: Unicode.Scalar) {
    append("\u{1B}[")
    if number != 1 { appendNumber(number) }
    out.append(UInt8(final.value))
  }

  /// Bytes of a count parameter that may be left out when it is 1.
  private static func countBytes(_ number: Int) -> Int {
    number == 1 ? 1 : 1 + digits(number)
  }

  // MARK: - Styles

  /// Sets the terminal's style to `style` (if not set).
  mutating func setPen(_ style: Style) {
    if pen == style { return }
    counts.styleChanges += 1
    out.append(contentsOf: Self.styleChange(from: pen, to: style))
    pen = style
  }

  /// The shorter SGR sequence from `old` (`nil`: unknown) to `new`: the
  /// attributes and colours that differ, or a reset and all of `new`.
  static func styleChange(from old: Style?, to new: Style) -> [UInt8] {
    var reset: [Int] = new == .plain ? [] : [0]
    reset += parameters(from: .plain, to: new)
    guard let old else { return sgr(reset) }
    let changes = parameters(from: old, to: new)
    return sgrBytes(changes) < sgrBytes(reset) ? sgr(changes) : sgr(reset)
  }

  /// The SGR parameters that turn `old` into `new`.
  private static func parameters(from old: Style, to new: Style) -> [Int] {
    var parameters: [Int] = []
    if (old.bold && !new.bold) || (old.dim && !new.dim) {
      parameters.append(22)  // normal intensity: neither bold nor dim
      if new.bold { parameters.append(1) }
      if new.dim { parameters.append(2) }
    } else {
      if new.bold && !old.bold { parameters.append(1) }
      if new.dim && !old.dim { parameters.append(2) }
    }
    if new.underline != old.underline { parameters.append(new.underline ? 4 : 24) }
    if new.reverse != old.reverse { parameters.append(new.reverse ? 7 : 27) }
    if new.foreground != old.foreground {
      parameters.append(new.foreground == .default ? 39 : 30 + new.foreground.rawValue)
    }
    if new.background != old.background {
      parameters.append(new.background == .default ? 49 : 40 + new.background.rawValue)
    }
    return parameters
  }

  private static func sgrBytes(_ parameters: [Int]) -> Int {
    3 + parameters.reduce(max(0, parameters.count - 1)) { $0 + digits($1) }
  }

  private static func sgr(_ parameters: [Int]) -> [UInt8] {
    var bytes: [UInt8] = [0x1B, UInt8(ascii: "[")]
    for (index, parameter) in parameters.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ";")) }
      bytes.append(contentsOf: String(parameter).utf8)
    }
    bytes.append(UInt8(ascii: "m"))
    return bytes
  }

  // MARK: - Bytes

  /// Decimal digits of a non-negative number.
  static func digits(_ number: Int) -> Int {
    var count = 1
    var rest = number / 10
    while rest > 0 {
      count += 1
      rest /= 10
    }
    return count
  }

  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { out.append(contentsOf: $0) }
  }

  mutating func appendNumber(_ number: Int) {
    var divisor = 1
    while divisor * 10 <= number { divisor *= 10 }
    var rest = number
    while divisor > 0 {
      out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }

  mutating func appendUTF8(_ scalar: Unicode.Scalar) {
    let value = scalar.value
    switch value {
    case 0..<0x80:
      out.append(UInt8(value))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | value >> 6))
      out.append(UInt8(0x80 | value & 0x3F))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | value >> 12))
      out.append(UInt8(0x80 | value >> 6 & 0x3F))
      out.append(UInt8(0x80 | value & 0x3F))
    default:
      out.append(UInt8(0xF0 | value >> 18))
      out.append(UInt8(0x80 | value >> 12 & 0x3F))
      out.append(UInt8(0x80 | value >> 6 & 0x3F))
      out.append(UInt8(0x80 | value & 0x3F))
    }
  }
}
