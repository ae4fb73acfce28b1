/// How many terminal columns text takes, exactly as glibc's `wcwidth` says.
///
/// ncurses and most terminals lay text out with the C library's `wcwidth`,
/// so the screen buffer must agree with it or wide characters overlap. The
/// table in `Generated/DisplayWidthTable.swift` is produced from glibc itself
/// by `Tests/Scripts/generate-width-table.sh`, and a test compares every
/// scalar against the running glibc.
///
/// ```swift
/// DisplayWidth.of("Évaluation")  // 10
/// DisplayWidth.of("日本")         // 4
/// DisplayWidth.of("e\u{301}")    // 1: the accent combines
/// DisplayWidth.of("\u{1B}")      // 2: shown as "^["
/// ```
public enum DisplayWidth {
  /// The glibc `wcwidth` of one scalar in the C.UTF-8 locale: 0, 1 or 2, or
  /// -1 when glibc calls it non-printable (controls, unassigned code points).
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    let runs = widthRuns
    var low = 0
    var high = runs.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if runs[middle] >> 2 <= value {
        low = middle
      } else {
        high = middle - 1
      }
    }
    return Int(runs[low] & 3) - 1
  }

  /// The columns one character takes when written to a ``ScreenBuffer``.
  ///
  /// This is the sum of its scalars' widths, after unsafe scalars are
  /// escaped by ``TerminalSafeText``.
  public static func of(_ character: Character) -> Int {
    of(String(character))
  }

  /// The columns `text` takes when written to a ``ScreenBuffer`` on one line.
  ///
  /// For printable text this equals glibc's `wcswidth`. Unsafe scalars count
  /// as their visible escapes (`"\u{1B}"` is `^[`, 2 columns), and zero-width
  /// scalars at the very start of the text, which have nothing to combine
  /// with, count as nothing.
  public static func of(_ text: String) -> Int {
    if TerminalSafeText.isPrintableASCII(text) { return text.utf8.count }
    return CellText.cells(of: text).reduce(0) { $0 + $1.width }
  }

  /// `text` cut to at most `width` columns, ending in `ellipsis` when cut.
  ///
  /// The result is sanitised. A wide character that would straddle the
  /// limit is dropped rather than split.
  ///
  /// ```swift
  /// DisplayWidth.truncate("Évaluation", to: 6)  // "Évalu…"
  /// ```
  public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    let cells = CellText.cells(of: text)
    let total = cells.reduce(0) { $0 + $1.width }
    guard total > width else { return cells.map(\.text).joined() }
    let ellipsisCells = CellText.cells(of: ellipsis)
    let ellipsisWidth = ellipsisCells.reduce(0) { $0 + $1.width }
    guard ellipsisWidth <= width else { return "" }
    var used = 0
    var result = ""
    for cell in cells {
      guard used + cell.width <= width - ellipsisWidth else { break }
      result += cell.text
      used += cell.width
    }
    return result + ellipsisCells.map(\.text).joined()
  }
}
