import TerminalUI

/// The wizard's styles in one place. Colours are dropped by the backend on
/// monochrome terminals and with NO_COLOR; every style here stays readable
/// then because emphasis also uses bold or reverse.
public enum Theme {
  static let frame = Style(foreground: .blue)
  static let focusedFrame = Style(foreground: .cyan, bold: true)
  static let title = Style(bold: true)
  static let dim = Style(dim: true)
  static let selected = Style(reverse: true)
  static let answered = Style(foreground: .green)
  static let unanswered = Style(dim: true)
  static let warning = Style(foreground: .yellow, bold: true)
  static let weak = Style(foreground: .red, bold: true)
  static let good = Style(foreground: .green, bold: true)
  static let error = Style(foreground: .white, background: .red, bold: true)
  static let bar = Style(foreground: .cyan)
  static let weakBar = Style(foreground: .red)
  static let emptyBar = Style(dim: true)
  static let header = Style(foreground: .black, background: .cyan, bold: true)
  static let key = Style(foreground: .yellow, bold: true)
}

/// Writes lines into a rectangle, one after another, skipping the first
/// `scroll` lines: scrollable panes are drawn with it.
struct PaneWriter {
  let rect: Rect
  let scroll: Int
  /// Whether wrapped text below the rectangle is skipped rather than laid
  /// out: for drawing only (``line`` then stops counting exactly once
  /// ``overflows``), so a 10,000-line note costs a screenful per frame.
  let stopsWhenFull: Bool
  /// Lines produced so far, including the skipped and the clipped ones.
  private(set) var line = 0

  init(_ rect: Rect, scroll: Int = 0, stopsWhenFull: Bool = false) {
    self.rect = rect
    self.scroll = max(0, scroll)
    self.stopsWhenFull = stopsWhenFull
  }

  /// Whether nothing more can show: the rectangle overflows and this
  /// writer only draws.
  var isFull: Bool { stopsWhenFull && overflows }

  /// The screen row of the next line, or `nil` when it is scrolled away or
  /// below the rectangle.
  var nextRow: Int? {
    let row = rect.row + line - scroll
    return line >= scroll && row < rect.endRow ? row : nil
  }

  /// Whether lines were cut off below.
  var overflows: Bool { line - scroll > rect.rows }

  /// Writes one line made of styled segments.
  mutating func write(_ buffer: inout ScreenBuffer, _ segments: [(String, Style)]) {
    if let row = nextRow {
      var column = rect.column
      for (text, style) in segments {
        let remaining = rect.endColumn - column
        guard remaining > 0 else { break }
        column = buffer.write(text, column: column, row: row, style: style, maxWidth: remaining)
      }
    }
    line += 1
  }

  /// Writes `text` wrapped to the width, with `indent` columns before every
  /// line after the first (`prefix` before the first).
  mutating func wrapped(
    _ buffer: inout ScreenBuffer,
    _ text: String,
    style: Style = .plain,
    prefix: String = "",
    prefixStyle: Style? = nil,
    indent: Int = 0
  ) {
    if isFull {
      line += 1
      return
    }
    let lines = Self.wrap(
      text,
      columns: rect.columns,
      prefix: DisplayWidth.of(prefix),
      indent: indent
    )
    for (index, part) in (lines.isEmpty ? [""] : lines).enumerated() {
      let lead = index == 0 ? prefix : String(repeating: " ", count: indent)
      write(&buffer, [(lead, prefixStyle ?? style), (part, style)])
    }
  }

  /// Adds an empty line.
  mutating func blank() { line += 1 }

  /// `text` wrapped so the first line fills `columns - prefix` and the
  /// others `columns - indent`: continuation lines use their whole width.
  static func wrap(_ text: String, columns: Int, prefix: Int, indent: Int) -> [String] {
    let rest = max(1, columns - indent)
    let extra = prefix - indent
    guard extra > 0, extra < rest else {
      return TextWrap.wrap(text, width: max(1, min(columns - prefix, rest)))
    }
    // Glue `extra` placeholder columns to the first word, wrap everything
    // at the continuation width, then take the placeholder off again.
    var lines = TextWrap.wrap(String(repeating: "x", count: extra) + text, width: rest)
    if !lines.isEmpty { lines[0] = String(lines[0].dropFirst(extra)) }
    return lines
  }
}
