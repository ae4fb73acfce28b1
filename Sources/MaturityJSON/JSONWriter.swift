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
    var out = ""
    append(value, indent: 0, to: &out)
    out += "\n"
    return out
  }

  /// Returns the value on one line (`{"a": 1, "b": [true]}`), without a
  /// trailing newline.
  public static func compact(_ value: JSONValue) -> String {
    var out = ""
    appendCompact(value, to: &out)
    return out
  }

  private static func append(_ value: JSONValue, indent: Int, to out: inout String) {
    switch value {
    case .array(let elements) where !elements.isEmpty:
      out += "[\n"
      for (position, element) in elements.enumerated() {
        out += String(repeating: "  ", count: indent + 1)
        append(element.value, indent: indent + 1, to: &out)
        out += position + 1 < elements.count ? ",\n" : "\n"
      }
      out += String(repeating: "  ", count: indent) + "]"
    case .object(let members) where !members.isEmpty:
      out += "{\n"
      for (position, member) in members.enumerated() {
        out += String(repeating: "  ", count: indent + 1)
        appendString(member.key, to: &out)
        out += ": "
        append(member.node.value, indent: indent + 1, to: &out)
        out += position + 1 < members.count ? ",\n" : "\n"
      }
      out += String(repeating: "  ", count: indent) + "}"
    default:
      appendCompact(value, to: &out)
    }
  }

  private static func appendCompact(_ value: JSONValue, to out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .number(let literal): out += literal
    case .string(let text): appendString(text, to: &out)
    case .array(let elements):
      out += "["
      for (position, element) in elements.enumerated() {
        if position > 0 { out += ", " }
        appendCompact(element.value, to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (position, member) in members.enumerated() {
        if position > 0 { out += ", " }
        appendString(member.key, to: &out)
        out += ": "
        appendCompact(member.node.value, to: &out)
      }
      out += "}"
    }
  }

  /// Appends a quoted string. Control characters, DEL, C1 controls, line
  /// and paragraph separators and bidirectional overrides are written as
  /// `\u` escapes, so no file mlmaturity writes carries them raw.
  static func appendString(_ text: String, to out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if needsEscape(scalar) {
          out += "\\u" + hex(scalar.value).lowercased()
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
      || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
  }
}
