/// Writes CSV as RFC 4180 describes it, safe to open in a spreadsheet.
///
/// - Records end in CR LF; a field is quoted when it holds a comma, a double
///   quote or a line break, and a double quote inside is doubled.
/// - Formula injection: a spreadsheet runs a cell that begins with `=`, `+`,
///   `-` or `@` (or a tab or CR, which some skip first) as a formula, so
///   `=cmd|' /C calc'!A0` from a note could start a program. Such a cell gets
///   a single quote in front (`'=cmd…`), which makes it text, and is quoted.
/// - Control characters are spelled visibly (see ``VisibleText``).
///
/// ```swift
/// CSV.document(header: ["Name", "Note"], rows: [["Ana", "=1+2"]])
/// // "Name,Note\r\nAna,\"'=1+2\"\r\n"
/// ```
public enum CSV {
  /// Leading characters that make a spreadsheet read a cell as a formula.
  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]

  /// The header record, then one record per row.
  public static func document(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map(record).joined()
  }

  /// One record: the fields joined with commas, ending in CR LF.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One field, neutralised, spelled and quoted as needed.
  public static func field(_ text: String) -> String {
    let neutral = neutralised(text)
    let visible = VisibleText.spelled(neutral)
    let quote =
      neutral != text
      || visible.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" }
      || visible.first == " " || visible.last == " "
    guard quote else { return visible }
    var out = "\""
    for character in visible {
      out += character == "\"" ? "\"\"" : String(character)
    }
    return out + "\""
  }

  /// `text` with a single quote in front when a spreadsheet would read it
  /// as a formula (leading spaces are looked past).
  public static func neutralised(_ text: String) -> String {
    let first = text.unicodeScalars.first { $0 != " " }
    guard let first, formulaStarts.contains(first) else { return text }
    return "'" + text
  }
}
