/// A small text editor model for multi-line text (a note) and one-line
/// fields (a filter, a form field).
///
/// Pure value type: keys go in, text and cursor come out; the views draw it.
/// Every key costs work in proportion to the edit, not to the text: the
/// character and byte counts are kept as the text changes, and the view
/// lays out only the lines it shows (``window(width:rows:)``), so typing in
/// a note of 10,000 lines is as quick as in an empty one.
///
/// ```swift
/// var editor = TextEditor(text: "café", limit: 1024)
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
  /// The most UTF-8 bytes accepted, so typing or a paste cannot grow
  /// without bound (the wizard passes the longest text a session holds).
  public let limit: Int
  /// Characters in the text, line breaks included; kept as it changes.
  public private(set) var characterCount: Int
  /// UTF-8 bytes of ``text``; kept as it changes.
  public private(set) var byteCount: Int

  /// Creates an editor holding `text`, cursor at the end.
  public init(
    text: String = "",
    multiline: Bool = false,
    limit: Int
  ) {
    let text = Self.unixLineEnds(text)
    let parts =
      multiline ? text.split(separator: "\n", omittingEmptySubsequences: false) : [Substring(text)]
    lines = parts.map { Array($0.filter { multiline || $0 != "\n" }) }
    if lines.isEmpty { lines = [[]] }
    row = lines.count - 1
    column = lines[row].count
    self.multiline = multiline
    self.limit = limit
    characterCount = lines.reduce(lines.count - 1) { $0 + $1.count }
    byteCount = lines.reduce(lines.count - 1) { total, line in
      line.reduce(total) { $0 + $1.utf8.count }
    }
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
        removeCharacters(column - 1..<column)
        column -= 1
      } else if row > 0 {
        column = lines[row - 1].count
        joinWithNext(row - 1)
        row -= 1
      }
    case .delete:
      if column < lines[row].count {
        removeCharacters(column..<column + 1)
      } else if row + 1 < lines.count {
        joinWithNext(row)
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
      removeCharacters(0..<column)
      column = 0
    case .control("K"):
      removeCharacters(column..<lines[row].count)
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
    let isBreak = character == "\n" || character == "\r\n"
    let bytes = isBreak ? 1 : character.utf8.count
    guard byteCount + bytes <= limit else { return }
    if isBreak {
      guard multiline else { return }
      let rest = Array(lines[row][column...])
      lines[row].removeSubrange(column...)
      lines.insert(rest, at: row + 1)
      row += 1
      column = 0
    } else {
      lines[row].insert(character, at: column)
      column += 1
    }
    characterCount += 1
    byteCount += bytes
  }

  /// Removes `range` of the cursor line, keeping the counts.
  private mutating func removeCharacters(_ range: Range<Int>) {
    characterCount -= range.count
    byteCount -= lines[row][range].reduce(0) { $0 + $1.utf8.count }
    lines[row].removeSubrange(range)
  }

  /// Joins line `index` and the next (removing one line break).
  private mutating func joinWithNext(_ index: Int) {
    lines[index] += lines[index + 1]
    lines.remove(at: index + 1)
    characterCount -= 1
    byteCount -= 1
  }
}
