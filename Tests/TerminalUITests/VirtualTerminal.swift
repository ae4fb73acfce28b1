import TerminalUI

/// A small ECMA-48 terminal for tests: it plays the bytes ``ANSIEncoder``
/// writes (cursor moves, SGR, erases, UTF-8 text) onto a grid of cells, so
/// a test can check that what a real terminal would show is the frame.
///
/// It models an xterm-like terminal: a write into the last column leaves
/// the cursor there with the wrap pending, erased cells take the background
/// set, a two-column character covers the cell to its right. A sequence it
/// does not know is recorded in ``unknown``.
struct VirtualTerminal {
  struct Cell: Equatable {
    /// The text: a spacing scalar and its combining ones, `""` for the
    /// right half of a two-column character.
    var text = " "
    var style = Style.plain
  }

  let columns: Int
  let rows: Int
  private(set) var grid: [[Cell]]
  private(set) var column = 0
  private(set) var row = 0
  private(set) var pen = Style.plain
  private(set) var cursorShown = true
  private(set) var unknown: [String] = []
  private var wrapPending = false

  init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
    grid = Array(repeating: Array(repeating: Cell(), count: columns), count: rows)
  }

  /// Plays `bytes`.
  mutating func play(_ bytes: [UInt8]) {
    let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      switch scalar {
      case "\u{1B}":
        guard index < scalars.count, scalars[index] == "[" else {
          unknown.append("ESC")
          continue
        }
        index += 1
        var body = ""
        while index < scalars.count, !("@"..."~").contains(scalars[index]) {
          body.unicodeScalars.append(scalars[index])
          index += 1
        }
        guard index < scalars.count else { return }
        control(body, final: scalars[index])
        index += 1
      case "\r":
        column = 0
        wrapPending = false
      default:
        if scalar.value < 0x20 {
          unknown.append("control \(scalar.value)")
        } else {
          print(scalar)
        }
      }
    }
  }

  private mutating func print(_ scalar: Unicode.Scalar) {
    let width = DisplayWidth.of(scalar)
    if width == 0 {
      // A combining mark joins the character before the cursor.
      let previous = wrapPending ? column : max(0, column - 1)
      var target = previous
      if grid[row][target].text.isEmpty && target > 0 { target -= 1 }
      grid[row][target].text.unicodeScalars.append(scalar)
      return
    }
    if wrapPending {
      unknown.append("write after the last column")
      return
    }
    grid[row][column] = Cell(text: String(scalar), style: pen)
    if width == 2 && column + 1 < columns {
      grid[row][column + 1] = Cell(text: "", style: pen)
    }
    if column + width >= columns {
      column = columns - 1
      wrapPending = true
    } else {
      column += width
    }
  }

  private mutating func control(_ body: String, final: Unicode.Scalar) {
    wrapPending = false
    if body.hasPrefix("?") {
      if body == "?25" && (final == "h" || final == "l") {
        cursorShown = final == "h"
      } else {
        unknown.append("CSI \(body)\(final)")
      }
      return
    }
    let parameters = body.split(separator: ";", omittingEmptySubsequences: false).map {
      Int($0) ?? 0
    }
    func number(_ index: Int) -> Int {
      index < parameters.count && parameters[index] > 0 ? parameters[index] : 1
    }
    switch final {
    case "H":
      row = min(rows - 1, number(0) - 1)
      column = min(columns - 1, number(1) - 1)
    case "G": column = min(columns - 1, number(0) - 1)
    case "d": row = min(rows - 1, number(0) - 1)
    case "C": column = min(columns - 1, column + number(0))
    case "D": column = max(0, column - number(0))
    case "B": row = min(rows - 1, row + number(0))
    case "A": row = max(0, row - number(0))
    case "X": erase(row: row, from: column, to: min(columns, column + number(0)))
    case "K" where body.isEmpty: erase(row: row, from: column, to: columns)
    case "J" where body == "2":
      for line in 0..<rows { erase(row: line, from: 0, to: columns) }
    case "m": select(parameters)
    default: unknown.append("CSI \(body)\(final)")
    }
  }

  private mutating func erase(row: Int, from start: Int, to end: Int) {
    for at in start..<end {
      grid[row][at] = Cell(text: " ", style: Style(background: pen.background))
    }
  }

  private mutating func select(_ parameters: [Int]) {
    for parameter in parameters.isEmpty ? [0] : parameters {
      switch parameter {
      case 0: pen = .plain
      case 1: pen.bold = true
      case 2: pen.dim = true
      case 4: pen.underline = true
      case 7: pen.reverse = true
      case 22:
        pen.bold = false
        pen.dim = false
      case 24: pen.underline = false
      case 27: pen.reverse = false
      case 30...37: pen.foreground = TerminalColor(rawValue: parameter - 30) ?? .default
      case 39: pen.foreground = .default
      case 40...47: pen.background = TerminalColor(rawValue: parameter - 40) ?? .default
      case 49: pen.background = .default
      default: unknown.append("SGR \(parameter)")
      }
    }
  }

  /// The cells that differ from `buffer`, as `column,row: shown / wanted`;
  /// a blank matches any blank that looks the same (no background, reverse
  /// or underline).
  func differences(from buffer: ScreenBuffer) -> [String] {
    var found: [String] = []
    for line in 0..<rows {
      for at in 0..<columns {
        let wanted = buffer[at, line]
        let shown = grid[line][at]
        if wanted.isContinuation {
          if !shown.text.isEmpty { found.append("\(at),\(line): '\(shown.text)' / right half") }
          continue
        }
        let same: Bool
        if wanted.text == " " && Self.looksBlank(wanted.style) {
          same = shown.text == " " && Self.looksBlank(shown.style)
        } else {
          same = shown.text == wanted.text && shown.style == wanted.style
        }
        if !same { found.append("\(at),\(line): '\(shown.text)' / '\(wanted.text)'") }
      }
    }
    return found
  }

  private static func looksBlank(_ style: Style) -> Bool {
    style.background == .default && !style.reverse && !style.underline
  }
}
