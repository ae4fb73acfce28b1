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

  /// The header record, then one record per row. The columns at
  /// `numberColumns` hold numbers: a cell there that is a plain number
  /// (`-1`, `0.5`) is written as it is, so a spreadsheet reads a number,
  /// not text; any other cell is a text ``field(_:)``.
  public static func document(
    header: [String],
    rows: [[String]],
    numberColumns: Set<Int> = []
  ) -> String {
    record(header) + rows.map { record($0, numberColumns: numberColumns) }.joined()
  }

  /// One record: the fields joined with commas, ending in CR LF (see
  /// ``document(header:rows:numberColumns:)`` for `numberColumns`).
  public static func record(_ fields: [String], numberColumns: Set<Int> = []) -> String {
    fields.enumerated().map { index, text in
      numberColumns.contains(index) && isNumber(text) ? text : field(text)
    }.joined(separator: ",") + "\r\n"
  }

  /// Whether `text` is a plain decimal number: an optional `-`, digits,
  /// and optionally `.` and digits (`-0.5`). A spreadsheet reads such a
  /// cell as a number and runs nothing.
  public static func isNumber(_ text: String) -> Bool {
    let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
    return (1...2).contains(parts.count)
      && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
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
