import TerminalUI

/// A small text editor model: the note editor (multi-line) and the wizard's
/// one-line fields (jump filter, form fields) use it.
///
/// Pure value type: keys go in, text and cursor come out; the views draw it.
///
/// ```swift
/// var editor = TextEditor(text: "café")
/// editor.handle(.character("!"))   // "café!"
/// ```
public struct TextEditor: Sendable, Equatable {
  /// Logical lines; never empty.
  public private(set) var lines: [[Character]]
  /// Cursor line.
  public private(set) var row: Int
  /// Cursor position in the line, in characters.
  public private(set) var column: Int
  /// Whether Enter inserts a line break (otherwise it is not handled).
  public let multiline: Bool
  /// The most characters accepted, so a paste cannot grow without bound.
  public let limit: Int

  /// Creates an editor holding `text`, cursor at the end.
  public init(text: String = "", multiline: Bool = false, limit: Int = 20_000) {
    let text = Self.unixLineEnds(text)
    let parts =
      multiline ? text.split(separator: "\n", omittingEmptySubsequences: false) : [Substring(text)]
    lines = parts.map { Array($0.filter { multiline || $0 != "\n" }) }
    if lines.isEmpty { lines = [[]] }
    row = lines.count - 1
    column = lines[row].count
    self.multiline = multiline
    self.limit = limit
  }

  /// `text` with CR LF turned into LF. (In Swift "\r\n" is one Character,
  /// so splitting on "\n" alone would miss Windows line ends.) A lone CR is
  /// kept as it is: it is the user's text, shown escaped as `^M`.
  static func unixLineEnds(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var pendingCR = false
    for scalar in text.unicodeScalars {
      if pendingCR && scalar != "\n" { scalars.append("\r") }
      pendingCR = scalar == "\r"
      if !pendingCR { scalars.append(scalar) }
    }
    if pendingCR { scalars.append("\r") }
    return String(scalars)
  }

  /// The whole text, lines joined with `\n`.
  public var text: String { lines.map { String($0) }.joined(separator: "\n") }

  private var characterCount: Int { lines.reduce(lines.count - 1) { $0 + $1.count } }

  /// Applies an editing key. Returns `false` for keys it does not handle
  /// (so the caller can give them another meaning).
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let character):
      insert(character)
    case .enter:
      guard multiline else { return false }
      insert("\n")
    case .backspace:
      if column > 0 {
        lines[row].remove(at: column - 1)
        column -= 1
      } else if row > 0 {
        column = lines[row - 1].count
        lines[row - 1] += lines[row]
        lines.remove(at: row)
        row -= 1
      }
    case .delete:
      if column < lines[row].count {
        lines[row].remove(at: column)
      } else if row + 1 < lines.count {
        lines[row] += lines[row + 1]
        lines.remove(at: row + 1)
      }
    case .left:
      if column > 0 {
        column -= 1
      } else if row > 0 {
        row -= 1
        column = lines[row].count
      }
    case .right:
      if column < lines[row].count {
        column += 1
      } else if row + 1 < lines.count {
        row += 1
        column = 0
      }
    case .up:
      guard multiline, row > 0 else { return false }
      row -= 1
      column = min(column, lines[row].count)
    case .down:
      guard multiline, row + 1 < lines.count else { return false }
      row += 1
      column = min(column, lines[row].count)
    case .home, .control("A"):
      column = 0
    case .end:
      column = lines[row].count
    case .control("U"):
      lines[row].removeSubrange(0..<column)
      column = 0
    case .control("K"):
      lines[row].removeSubrange(column...)
    default:
      return false
    }
    return true
  }

  /// Inserts typed or pasted text at the cursor.
  public mutating func insert(_ text: String) {
    for character in text { insert(character) }
  }

  private mutating func insert(_ character: Character) {
    guard characterCount < limit else { return }
    if character == "\n" || character == "\r\n" {
      guard multiline else { return }
      let rest = Array(lines[row][column...])
      lines[row].removeSubrange(column...)
      lines.insert(rest, at: row + 1)
      row += 1
      column = 0
      return
    }
    lines[row].insert(character, at: column)
    column += 1
  }

  /// The text hard-wrapped to `width` display columns, and where the cursor
  /// falls in it.
  public func layout(width: Int) -> (lines: [String], cursorRow: Int, cursorColumn: Int) {
    let width = max(1, width)
    var visual: [String] = []
    var cursorRow = 0
    var cursorColumn = 0
    for (lineIndex, line) in lines.enumerated() {
      var current = ""
      var used = 0
      var placed = false
      for (position, character) in line.enumerated() {
        let cellWidth = max(0, DisplayWidth.of(character))
        if used + cellWidth > width && used > 0 {
          visual.append(current)
          current = ""
          used = 0
        }
        if lineIndex == row && position == column {
          cursorRow = visual.count
          cursorColumn = used
          placed = true
        }
        current.append(character)
        used += cellWidth
      }
      if lineIndex == row && !placed {
        if used >= width {
          visual.append(current)
          current = ""
          used = 0
        }
        cursorRow = visual.count
        cursorColumn = used
      }
      visual.append(current)
    }
    return (visual, cursorRow, cursorColumn)
  }
}
