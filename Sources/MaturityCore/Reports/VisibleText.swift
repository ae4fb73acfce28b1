import TerminalUI

/// Spells control characters visibly, so that no report carries them raw.
///
/// Session text is typed by people and may hold escape sequences, bells or
/// bidirectional overrides. A report is read in a terminal, a browser, a
/// spreadsheet or an issue tracker; in none of them should such a character
/// act. ``spelled(_:)`` uses the terminal UI's rule and spellings
/// (`TerminalSafeText.needsEscaping` and `escape`), so there is one list of
/// unsafe characters, not two:
///
/// | Scalar | Spelled |
/// | --- | --- |
/// | C0 controls except line feed and tab | caret notation: ESC `^[`, BEL `^G`, a lone CR `^M` |
/// | CR LF | a line feed |
/// | DEL | `^?` |
/// | C1 controls, U+2028, U+2029, bidi overrides and isolates, invisible marks (U+200B…) | `<U+202E>` |
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

  /// Whether `scalar` is spelled rather than kept: what the terminal
  /// sanitiser escapes, except line feeds and tabs.
  static func needsSpelling(_ scalar: Unicode.Scalar) -> Bool {
    scalar != "\n" && scalar != "\t" && TerminalSafeText.needsEscaping(scalar)
  }

  /// Caret notation for C0 controls and DEL, `<U+XXXX>` otherwise.
  static func spelling(_ scalar: Unicode.Scalar) -> String {
    TerminalSafeText.escape(scalar)
  }
}
