/// Word-wraps text to a width measured in terminal columns.
public enum TextWrap {
  /// Splits `text` into lines of at most `width` columns.
  ///
  /// - Lines break at spaces (and tabs); the spaces at a break are dropped,
  ///   spaces inside a line and at the start of a paragraph are kept.
  /// - A word longer than `width` is broken hard, between characters; a
  ///   two-column character never straddles a break. This also wraps CJK
  ///   text, which has no spaces.
  /// - Explicit line breaks (`"\n"`, `"\r\n"`) are kept, including empty lines.
  /// - Widths come from ``DisplayWidth``, and the lines are sanitised by
  ///   ``TerminalSafeText``, so they can be written straight to a buffer.
  ///
  /// ```swift
  /// TextWrap.wrap("Première question très longue", width: 12)
  /// // ["Première", "question", "très longue"]
  /// ```
  ///
  /// A `width` below 1 is treated as 1 (a two-column character then takes a
  /// line of its own).
  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    let safe = TerminalSafeText.sanitize(text, allowing: [.lineBreaks, .tabs])
    return safe.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      wrapParagraph(String($0), width: width)
    }
  }

  private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    var pendingSpaces = 0
    for token in tokens(of: paragraph) {
      guard case .word(let word) = token else {
        if case .spaces(let count) = token { pendingSpaces += count }
        continue
      }
      let wordWidth = DisplayWidth.of(word)
      if lineWidth + pendingSpaces + wordWidth <= width {
        line += String(repeating: " ", count: pendingSpaces) + word
        lineWidth += pendingSpaces + wordWidth
      } else {
        if lineWidth > 0 || pendingSpaces > 0 {
          if lineWidth > 0 { lines.append(line) }
          line = ""
          lineWidth = 0
        }
        for cell in CellText.cells(of: word) {
          if lineWidth + cell.width > width && lineWidth > 0 {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line += cell.text
          lineWidth += cell.width
        }
      }
      pendingSpaces = 0
    }
    if lineWidth > 0 || lines.isEmpty { lines.append(line) }
    return lines
  }

  private enum Token {
    case word(String)
    case spaces(Int)
  }

  private static func tokens(of paragraph: String) -> [Token] {
    if TerminalSafeText.isPrintableASCII(paragraph) { return asciiTokens(of: paragraph) }
    var tokens: [Token] = []
    var word = ""
    for character in paragraph {
      if character == " " || character == "\t" {
        if !word.isEmpty { tokens.append(.word(word)) }
        word = ""
        if case .spaces(let count) = tokens.last {
          tokens[tokens.count - 1] = .spaces(count + 1)
        } else {
          tokens.append(.spaces(1))
        }
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { tokens.append(.word(word)) }
    return tokens
  }

  /// ``tokens(of:)`` for printable ASCII (no tabs), where every byte is a
  /// character: words and runs of spaces split on the bytes, without
  /// breaking the text into grapheme clusters.
  private static func asciiTokens(of paragraph: String) -> [Token] {
    var tokens: [Token] = []
    let bytes = paragraph.utf8
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let start = index
      let isSpace = bytes[index] == UInt8(ascii: " ")
      while index < bytes.endIndex && (bytes[index] == UInt8(ascii: " ")) == isSpace {
        index = bytes.index(after: index)
      }
      let count = bytes.distance(from: start, to: index)
      tokens.append(isSpace ? .spaces(count) : .word(String(paragraph[start..<index])))
    }
    return tokens
  }
}
