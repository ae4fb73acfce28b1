/// Writes JSON the way mlmaturity stores files: pretty-printed with two-space
/// indentation, members in the order given, a trailing newline.
///
/// The output is deterministic, so a file that is loaded and saved unchanged
/// stays byte-identical and `git diff` shows only real changes.
///
/// ```swift
/// JSONWriter.write(.object([JSONMember("a", .number("1"))]))
/// // {
/// //   "a": 1
/// // }
/// ```
public enum JSONWriter {
  /// Returns the document text, ending in a newline.
  public static func write(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    append(value, indent: 0, to: &out)
    out.append(0x0A)
    return String(decoding: out, as: UTF8.self)
  }

  /// Returns the value on one line (`{"a": 1, "b": [true]}`), without a
  /// trailing newline.
  public static func compact(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    appendCompact(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  // The text is built as UTF-8 bytes: appending to a `String` scalar by
  // scalar and making an indentation string per line was most of the time
  // `trend --format json` took to write its document.

  private static func append(_ value: JSONValue, indent: Int, to out: inout [UInt8]) {
    switch value {
    case .array(let elements) where !elements.isEmpty:
      out.append(contentsOf: "[\n".utf8)
      for (position, element) in elements.enumerated() {
        appendIndent(indent + 1, to: &out)
        append(element.value, indent: indent + 1, to: &out)
        if position + 1 < elements.count { out.append(UInt8(ascii: ",")) }
        out.append(0x0A)
      }
      appendIndent(indent, to: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members) where !members.isEmpty:
      out.append(contentsOf: "{\n".utf8)
      for (position, member) in members.enumerated() {
        appendIndent(indent + 1, to: &out)
        appendString(member.key, to: &out)
        out.append(contentsOf: ": ".utf8)
        append(member.node.value, indent: indent + 1, to: &out)
        if position + 1 < members.count { out.append(UInt8(ascii: ",")) }
        out.append(0x0A)
      }
      appendIndent(indent, to: &out)
      out.append(UInt8(ascii: "}"))
    default:
      appendCompact(value, to: &out)
    }
  }

  private static func appendIndent(_ indent: Int, to out: inout [UInt8]) {
    for _ in 0..<(2 * indent) { out.append(0x20) }
  }

  private static func appendCompact(_ value: JSONValue, to out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let literal): out.append(contentsOf: literal.utf8)
    case .string(let text): appendString(text, to: &out)
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (position, element) in elements.enumerated() {
        if position > 0 { out.append(contentsOf: ", ".utf8) }
        appendCompact(element.value, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (position, member) in members.enumerated() {
        if position > 0 { out.append(contentsOf: ", ".utf8) }
        appendString(member.key, to: &out)
        out.append(contentsOf: ": ".utf8)
        appendCompact(member.node.value, to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Appends a quoted string. Control characters, DEL, C1 controls, line
  /// and paragraph separators and bidirectional overrides are written as
  /// `\u` escapes, so no file mlmaturity writes carries them raw.
  static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      // Most strings need no escape: copy their bytes at once. Every
      // escaped scalar has a byte below 0x20, a quote, a backslash, DEL, or
      // starts with 0xC2 (C1 controls) or 0xE2 (U+2028 to U+2069).
      let plain = !bytes.contains { byte in
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F
          || byte == 0xC2 || byte == 0xE2
      }
      if plain {
        out.append(contentsOf: bytes)
        return
      }
      for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        appendEscaped(scalar, to: &out)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
    switch scalar {
    case "\"": out.append(contentsOf: "\\\"".utf8)
    case "\\": out.append(contentsOf: "\\\\".utf8)
    case "\n": out.append(contentsOf: "\\n".utf8)
    case "\r": out.append(contentsOf: "\\r".utf8)
    case "\t": out.append(contentsOf: "\\t".utf8)
    case "\u{08}": out.append(contentsOf: "\\b".utf8)
    case "\u{0C}": out.append(contentsOf: "\\f".utf8)
    default:
      if needsEscape(scalar) {
        out.append(contentsOf: ("\\u" + hex(scalar.value).lowercased()).utf8)
      } else {
        out.append(contentsOf: String(scalar).utf8)
      }
    }
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
      || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }
}
