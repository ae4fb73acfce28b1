/// Makes text from untrusted sources safe to show on a terminal.
///
/// Question banks, answers and notes are written by other people. A control
/// character in them could move the cursor, change colours, set the window
/// title, write to the clipboard (OSC 52) or reorder the line (bidi
/// overrides). ``sanitize(_:allowing:)`` replaces each such scalar with a
/// visible, harmless spelling, so hostile text stays readable and inert:
///
/// | Scalar | Shown as |
/// | --- | --- |
/// | C0 controls U+0000–U+001F | caret notation: ESC `^[`, BEL `^G`, CR `^M`, LF `^J`, TAB `^I` |
/// | DEL U+007F | `^?` |
/// | C1 controls U+0080–U+009F | `<U+009B>` |
/// | bidi overrides and isolates U+202A–U+202E, U+2066–U+2069 | `<U+202E>` |
/// | invisible and direction marks: U+00AD, U+061C, U+200B–U+200F, U+2060–U+2064, U+FEFF, tags U+E0001–U+E007F | `<U+200B>` |
/// | anything else glibc's `wcwidth` calls non-printable (unassigned, U+2028…) | `<U+2028>` |
///
/// ``ScreenBuffer`` runs every write through this function. Text printed
/// straight to a terminal by a command-line tool must use it too:
///
/// ```swift
/// print(TerminalSafeText.sanitize(report, allowing: .lineBreaks))
/// ```
///
/// Invisible marks are escaped so that two names that differ only by one
/// ("Payments" and "Pay\u{200B}ments") never look the same. This is the one
/// rule for every output: the core's reports spell text with
/// ``needsEscaping(_:)`` and ``escape(_:)`` too (`VisibleText`).
///
/// A literal `^[` in the input looks the same as an escaped ESC; that is
/// deliberate: both are harmless.
public enum TerminalSafeText {
  /// Control characters that may pass through unchanged.
  public struct Allowance: OptionSet, Hashable, Sendable {
    /// The raw value of the option set.
    public let rawValue: Int

    /// Creates an allowance from its raw value.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Line feeds pass through, and a CR LF pair becomes a single line feed.
    /// A lone CR is still escaped: it could overwrite the start of a line.
    public static let lineBreaks = Allowance(rawValue: 1)
    /// Horizontal tabs pass through.
    public static let tabs = Allowance(rawValue: 2)
  }

  /// Returns `text` with every unsafe scalar replaced by its visible escape.
  ///
  /// ```swift
  /// TerminalSafeText.sanitize("\u{1B}[2Jhi\u{7}")  // "^[[2Jhi^G"
  /// ```
  public static func sanitize(_ text: String, allowing allowance: Allowance = []) -> String {
    if isPrintableASCII(text) || !text.unicodeScalars.contains(where: needsEscaping) {
      return text
    }
    var result = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if scalar == "\n" && allowance.contains(.lineBreaks) {
        result.append(scalar)
      } else if scalar == "\r" && allowance.contains(.lineBreaks) && index < scalars.count
        && scalars[index] == "\n"
      {
        result.append("\n")
        index += 1
      } else if scalar == "\t" && allowance.contains(.tabs) {
        result.append(scalar)
      } else if needsEscaping(scalar) {
        result.append(contentsOf: escape(scalar).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `text` is only printable ASCII (U+0020 to U+007E): safe as it
  /// is, one column per byte. The common case, checked on the UTF-8 bytes.
  static func isPrintableASCII(_ text: String) -> Bool {
    text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// Whether `scalar` must not reach a terminal raw.
  public static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    if isInvisibleOrDirectional(value) { return true }
    return DisplayWidth.of(scalar) < 0
  }

  /// Format characters that show nothing or reorder text: bidi overrides,
  /// isolates and marks, zero-width spaces and joiners, word joiners and
  /// invisible operators, the byte order mark, the soft hyphen and tag
  /// characters. Shown escaped, so that text that looks equal is equal.
  static func isInvisibleOrDirectional(_ value: UInt32) -> Bool {
    switch value {
    case 0x00AD, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069,
      0xFEFF, 0xE0001...0xE007F:
      true
    default:
      false
    }
  }

  /// The visible spelling of one scalar: caret notation for C0 controls and
  /// DEL, `<U+XXXX>` for everything else.
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    if value < 0x20, let caret = Unicode.Scalar(value + 0x40) {
      return "^" + String(Character(caret))
    }
    if value == 0x7F { return "^?" }
    let hex = String(value, radix: 16, uppercase: true)
    return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
  }
}
