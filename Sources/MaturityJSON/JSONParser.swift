/// A strict JSON parser (RFC 8259) that records where each value stood.
///
/// Beyond the RFC it rejects what would make a session file ambiguous or
/// dangerous: duplicate keys, a byte order mark, invalid UTF-8, nesting deeper
/// than ``maximumDepth``, and strings longer than ``maximumStringBytes``.
///
/// ```swift
/// let node = try JSONParser.parse(Array(#"{"a": [1, true]}"#.utf8))
/// ```
public struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 64
  /// The longest string accepted, in UTF-8 bytes: 1 MiB, four times the
  /// longest text the tool writes (`SessionLimits.maximumTextBytes`,
  /// 256 KiB per note, rationale or name), so every file the tool writes it
  /// can read back. Keep it above that limit.
  public static let maximumStringBytes = 1 << 20

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private var depth = 0
  // Column counting resumes from the last position on the current line, so
  // a long single-line file is not scanned again for every value.
  private var countedUpTo = 0
  private var countedColumns = 1

  private init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Parses a whole document.
  ///
  /// - Throws: ``JSONParseError`` naming the line, column and problem.
  public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONNode {
    var parser = JSONParser(bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      throw parser.error(
        "the file starts with a byte order mark (BOM); save it as UTF-8 without one"
      )
    }
    parser.skipWhitespace()
    guard parser.index < bytes.count else {
      throw parser.error("the file is empty; expected a JSON value")
    }
    let node = try parser.parseValue()
    parser.skipWhitespace()
    guard parser.index == bytes.count else {
      throw parser.error("unexpected \(parser.describeCurrent()) after the end of the JSON value")
    }
    return node
  }

  // MARK: - Values

  private mutating func parseValue() throws(JSONParseError) -> JSONNode {
    let startLine = line
    let startColumn = column(at: index)
    let value: JSONValue
    guard index < bytes.count else { throw error("unexpected end of file; expected a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): value = try parseObject()
    case UInt8(ascii: "["): value = try parseArray()
    case UInt8(ascii: "\""): value = .string(try parseString())
    case UInt8(ascii: "t"): try expectLiteral("true"); value = .bool(true)
    case UInt8(ascii: "f"): try expectLiteral("false"); value = .bool(false)
    case UInt8(ascii: "n"): try expectLiteral("null"); value = .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      value = .number(try parseNumber())
    default: throw error("unexpected \(describeCurrent()); expected a value")
    }
    return JSONNode(value, line: startLine, column: startColumn)
  }

  private mutating func parseObject() throws(JSONParseError) -> JSONValue {
    try enterContainer()
    index += 1
    var members: [JSONMember] = []
    // Room for a small object at once, rather than growing 1, 2, 4, 8.
    members.reserveCapacity(8)
    // Objects are small: a linear search beats hashing every key.
    var seen: Set<String> = []
    skipWhitespace()
    if peek(UInt8(ascii: "}")) {
      index += 1
      depth -= 1
      return .object([])
    }
    while true {
      skipWhitespace()
      guard peek(UInt8(ascii: "\"")) else {
        throw error("unexpected \(describeCurrent()); expected a key in double quotes")
      }
      let keyLine = line
      let keyColumn = column(at: index)
      let key = try parseString()
      let duplicate: Bool
      if members.count < 16 {
        duplicate = members.contains { $0.key == key }
      } else {
        if seen.isEmpty {
          seen.reserveCapacity(64)
          for member in members { seen.insert(member.key) }
        }
        duplicate = !seen.insert(key).inserted
      }
      guard !duplicate else {
        throw JSONParseError(line: keyLine, column: keyColumn, message: "duplicate key \"\(key)\"")
      }
      skipWhitespace()
      guard peek(UInt8(ascii: ":")) else {
        throw error("unexpected \(describeCurrent()); expected ':' after the key")
      }
      index += 1
      skipWhitespace()
      members.append(JSONMember(key, try parseValue()))
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        index += 1
        continue
      }
      if peek(UInt8(ascii: "}")) {
        index += 1
        depth -= 1
        return .object(members)
      }
      throw error("unexpected \(describeCurrent()); expected ',' or '}'")
    }
  }

  private mutating func parseArray() throws(JSONParseError) -> JSONValue {
    try enterContainer()
    index += 1
    var elements: [JSONNode] = []
    skipWhitespace()
    if peek(UInt8(ascii: "]")) {
      index += 1
      depth -= 1
      return .array([])
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        index += 1
        continue
      }
      if peek(UInt8(ascii: "]")) {
        index += 1
        depth -= 1
        return .array(elements)
      }
      throw error("unexpected \(describeCurrent()); expected ',' or ']'")
    }
  }

  private mutating func enterContainer() throws(JSONParseError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("nesting deeper than \(Self.maximumDepth) levels")
    }
  }

  private mutating func expectLiteral(_ literal: String) throws(JSONParseError) {
    let expected = literal.utf8
    let count = expected.count
    guard index + count <= bytes.count, bytes[index..<index + count].elementsEqual(expected) else {
      throw error("unexpected \(describeCurrent()); expected a value")
    }
    index += count
  }

  private mutating func parseNumber() throws(JSONParseError) -> String {
    let start = index
    if peek(UInt8(ascii: "-")) { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else {
      throw error("invalid number: expected a digit")
    }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, isDigit(bytes[index]) {
        throw error("invalid number: leading zeros are not allowed")
      }
    } else {
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if peek(UInt8(ascii: ".")) {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw error("invalid number: expected a digit after '.'")
      }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      index += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw error("invalid number: expected a digit in the exponent")
      }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    guard index - start <= 64 else { throw error("number literal too long") }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  // MARK: - Strings

  private mutating func parseString() throws(JSONParseError) -> String {
    index += 1  // opening quote
    var out: [UInt8] = []
    var hasEscapes = false
    var runStart = index
    while true {
      // Scan a run of plain bytes at once.
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
        index += 1
      }
      if (hasEscapes ? out.count : 0) + (index - runStart) > Self.maximumStringBytes {
        throw tooLongString()
      }
      guard index < bytes.count else { throw error("unterminated string") }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let string: String?
        if hasEscapes {
          out.append(contentsOf: bytes[runStart..<index])
          string = String(validating: out, as: UTF8.self)
        } else {
          // The common case: no escapes, decoded straight from the file's
          // contiguous bytes.
          let range = runStart..<index
          string = bytes.withUnsafeBufferPointer { buffer in
            String(validating: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
          }
        }
        index += 1
        guard let string else {
          throw error("the string before this point is not valid UTF-8")
        }
        return string
      }
      if byte == UInt8(ascii: "\\") {
        hasEscapes = true
        out.append(contentsOf: bytes[runStart..<index])
        try parseEscape(into: &out)
        runStart = index
        if out.count > Self.maximumStringBytes {
          throw tooLongString()
        }
        continue
      }
      throw error(
        byte == 0x0A
          ? "unterminated string (a line break inside a string must be written \\n)"
          : "control character U+\(hex(UInt32(byte))) inside a string must be escaped"
      )
    }
  }

  private mutating func tooLongString() -> JSONParseError {
    error(
      "string longer than \(Self.maximumStringBytes / 1024) KiB: mlmaturity never writes a text "
        + "this long, so it was made elsewhere; shorten it in a text editor (or keep long "
        + "documents in a file and put its path in the note)"
    )
  }

  private mutating func parseEscape(into out: inout [UInt8]) throws(JSONParseError) {
    index += 1
    guard index < bytes.count else { throw error("unterminated string") }
    let escape = bytes[index]
    index += 1
    switch escape {
    case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
    case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
    case UInt8(ascii: "b"): out.append(0x08)
    case UInt8(ascii: "f"): out.append(0x0C)
    case UInt8(ascii: "n"): out.append(0x0A)
    case UInt8(ascii: "r"): out.append(0x0D)
    case UInt8(ascii: "t"): out.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try parseHex4()
      if (0xD800...0xDBFF).contains(scalar) {
        guard peek(UInt8(ascii: "\\")), index + 1 < bytes.count,
          bytes[index + 1] == UInt8(ascii: "u")
        else { throw error("unpaired surrogate \\u\(hex(scalar)) in a string") }
        index += 2
        let low = try parseHex4()
        guard (0xDC00...0xDFFF).contains(low) else {
          throw error("unpaired surrogate \\u\(hex(scalar)) in a string")
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw error("unpaired surrogate \\u\(hex(scalar)) in a string")
      }
      guard let unicode = Unicode.Scalar(scalar) else {
        throw error("invalid \\u escape")
      }
      out.append(contentsOf: Array(String(Character(unicode)).utf8))
    default:
      index -= 1
      throw error("invalid escape: a backslash followed by \(describeCurrent()) in a string")
    }
  }

  private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("incomplete \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("invalid \\u escape: expected 4 hex digits")
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  // MARK: - Helpers

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D:
        index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default:
        return
      }
    }
  }

  private func peek(_ byte: UInt8) -> Bool {
    index < bytes.count && bytes[index] == byte
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// The 1-based column of `position` on the current line, counting
  /// characters (UTF-8 lead bytes), not bytes.
  private mutating func column(at position: Int) -> Int {
    if countedUpTo < lineStart || countedUpTo > position {
      countedUpTo = lineStart
      countedColumns = 1
    }
    let end = min(position, bytes.count)
    bytes.withUnsafeBytes { raw in
      // Eight ASCII bytes (no high bit) at a time: each is a character.
      while countedUpTo + 8 <= end,
        raw.loadUnaligned(fromByteOffset: countedUpTo, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        countedColumns += 8
        countedUpTo += 8
      }
      while countedUpTo < end {
        if raw[countedUpTo] & 0xC0 != 0x80 { countedColumns += 1 }
        countedUpTo += 1
      }
    }
    return countedColumns
  }

  private func describeCurrent() -> String {
    guard index < bytes.count else { return "end of file" }
    let byte = bytes[index]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x\(hex(UInt32(byte), width: 2))"
  }

  private mutating func error(_ message: String) -> JSONParseError {
    JSONParseError(line: line, column: column(at: index), message: message)
  }
}

/// Formats a number as upper-case hexadecimal with leading zeros.
func hex(_ value: UInt32, width: Int = 4) -> String {
  let digits = String(value, radix: 16, uppercase: true)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// A JSON syntax error with its place in the file.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// 1-based line.
  public var line: Int
  /// 1-based column, in characters.
  public var column: Int
  /// What is wrong, e.g. `duplicate key "answers"`.
  public var message: String

  /// `line 3, column 7: duplicate key "answers"`.
  public var description: String { "line \(line), column \(column): \(message)" }
}
