/// Spells control characters visibly, so that no report carries them raw.
///
/// Session text is typed by people and may hold escape sequences, bells or
/// bidirectional overrides. A report is read in a terminal, a browser, a
/// spreadsheet or an issue tracker; in none of them should such a character
/// act. ``spelled(_:)`` uses the same spellings as the terminal UI:
///
/// | Scalar | Spelled |
/// | --- | --- |
/// | C0 controls except line feed and tab | caret notation: ESC `^[`, BEL `^G`, a lone CR `^M` |
/// | CR LF | a line feed |
/// | DEL | `^?` |
/// | C1 controls, U+2028, U+2029, bidi overrides and isolates | `<U+202E>` |
///
/// ```swift
/// VisibleText.spelled("\u{1B}[31mred")  // "^[[31mred"
/// ```
public enum VisibleText {
  /// `text` with every control character spelled visibly; line feeds and
  /// tabs stay, a CR LF pair becomes a line feed.
  public static func spelled(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsSpelling) else { return text }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
      if needsSpelling(scalar) {
        out.append(contentsOf: spelling(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether `scalar` is spelled rather than kept.
  static func needsSpelling(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if scalar == "\n" || scalar == "\t" { return false }
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
      || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }

  /// Caret notation for C0 controls and DEL, `<U+XXXX>` otherwise.
  static func spelling(_ scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    if value < 0x20, let caret = Unicode.Scalar(value + 0x40) {
      return "^" + String(Character(caret))
    }
    if value == 0x7F { return "^?" }
    let hex = String(value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
  }
}
