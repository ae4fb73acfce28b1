/// Reads typed fields out of a parsed JSON object, with errors that say
/// where and what: `line 12, column 5: sections[0].title: expected a string,
/// found a number`.
///
/// It records which members were read, so a decoder need not list the keys
/// it knows: after reading, ``unreadMembers()`` are the others (a session
/// keeps them as they are; a stricter format can refuse them).
///
/// Used by the bank and session decoders; it never traps on bad input.
public struct JSONReader {
  /// The object being read.
  public let node: JSONNode
  /// The path of the object from the document root, e.g. `sections[2]`.
  /// Built only when a message needs it: reading a valid file never pays
  /// for it.
  public var path: String { makePath() }
  private let makePath: () -> String
  private let members: [JSONMember]
  private let reads: Reads

  /// Which members have been read; shared by copies of a reader.
  private final class Reads {
    var marked: [Bool]
    init(_ count: Int) { marked = Array(repeating: false, count: count) }
  }

  /// Wraps `node`, which must be an object.
  public init(
    _ node: JSONNode,
    path: @autoclosure @escaping () -> String = ""
  ) throws(JSONReadError) {
    guard case .object(let members) = node.value else {
      throw Self.error(at: node, path: path(), "expected an object, found \(node.value.typeName)")
    }
    self.node = node
    self.makePath = path
    self.members = members
    reads = Reads(members.count)
  }

  /// The member nodes in file order, all counted as read (for objects
  /// whose keys are data, such as a map of answers).
  public var allMembers: [JSONMember] {
    reads.marked = Array(repeating: true, count: members.count)
    return members
  }

  /// The node of `key`, or `nil` when absent. Asking counts as reading
  /// the key, present or not.
  public func optionalNode(_ key: String) -> JSONNode? {
    guard let index = members.firstIndex(where: { $0.key == key }) else { return nil }
    reads.marked[index] = true
    return members[index].node
  }

  /// The members not read so far, in file order: the ones the decoder
  /// does not know.
  public func unreadMembers() -> [JSONMember] {
    members.indices.filter { !reads.marked[$0] }.map { members[$0] }
  }

  /// The node of `key`; throws when absent.
  public func node(_ key: String) throws(JSONReadError) -> JSONNode {
    guard let found = optionalNode(key) else {
      throw Self.error(at: node, path: path, "missing required field \"\(key)\"")
    }
    return found
  }

  /// The path of a member, for messages.
  public func childPath(_ key: String) -> String {
    let isPlain = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    var part = key
    if !isPlain { part = JSONWriter.compact(.string(key)) }
    return path.isEmpty ? part : "\(path).\(part)"
  }

  /// A required string.
  public func string(_ key: String) throws(JSONReadError) -> String {
    try Self.string(node(key), path: childPath(key))
  }

  /// An optional string (absent or `null` give `nil`).
  public func optionalString(_ key: String) throws(JSONReadError) -> String? {
    guard let found = optionalNode(key), found.value != .null else { return nil }
    return try Self.string(found, path: childPath(key))
  }

  /// Throws when one of `keys` is present as `null`: for fields the schema
  /// types as a plain string, `null` is an error (with line, column and
  /// field), not a silent empty string.
  public func rejectNull(_ keys: [String]) throws(JSONReadError) {
    for key in keys {
      if let found = optionalNode(key), found.value == .null {
        throw Self.error(at: found, path: childPath(key), "expected a string, found null")
      }
    }
  }

  /// A required integer.
  public func int(_ key: String) throws(JSONReadError) -> Int {
    try Self.int(node(key), path: childPath(key))
  }

  /// An optional integer.
  public func optionalInt(_ key: String) throws(JSONReadError) -> Int? {
    guard let found = optionalNode(key), found.value != .null else { return nil }
    return try Self.int(found, path: childPath(key))
  }

  /// An optional number.
  public func optionalDouble(_ key: String) throws(JSONReadError) -> Double? {
    guard let found = optionalNode(key), found.value != .null else { return nil }
    guard case .number(let literal) = found.value, let value = Double(literal) else {
      throw Self.error(
        at: found,
        path: childPath(key),
        "expected a number, found \(found.value.typeName)"
      )
    }
    return value
  }

  /// An optional boolean.
  public func optionalBool(_ key: String) throws(JSONReadError) -> Bool? {
    guard let found = optionalNode(key), found.value != .null else { return nil }
    guard case .bool(let flag) = found.value else {
      throw Self.error(
        at: found,
        path: childPath(key),
        "expected true or false, found \(found.value.typeName)"
      )
    }
    return flag
  }

  /// A required array's elements.
  public func array(_ key: String) throws(JSONReadError) -> [JSONNode] {
    try Self.array(node(key), path: childPath(key))
  }

  /// An optional array's elements (absent gives an empty array).
  public func optionalArray(_ key: String) throws(JSONReadError) -> [JSONNode] {
    guard let found = optionalNode(key), found.value != .null else { return [] }
    return try Self.array(found, path: childPath(key))
  }

  /// An optional array of strings (absent gives an empty array).
  public func stringArray(_ key: String) throws(JSONReadError) -> [String] {
    var result: [String] = []
    for (position, element) in try optionalArray(key).enumerated() {
      result.append(try Self.string(element, path: "\(childPath(key))[\(position)]"))
    }
    return result
  }

  /// A required object as a reader.
  public func object(_ key: String) throws(JSONReadError) -> JSONReader {
    try JSONReader(node(key), path: childPath(key))
  }

  /// An optional object as a reader.
  public func optionalObject(_ key: String) throws(JSONReadError) -> JSONReader? {
    guard let found = optionalNode(key), found.value != .null else { return nil }
    return try JSONReader(found, path: childPath(key))
  }

  /// Throws on the first member whose key is not in `allowed`.
  public func rejectUnknownKeys(_ allowed: Set<String>) throws(JSONReadError) {
    if let unknown = members.first(where: { !allowed.contains($0.key) }) {
      let list = allowed.sorted().joined(separator: ", ")
      throw Self.error(
        at: unknown.node,
        path: childPath(unknown.key),
        "unknown field (allowed: \(list))"
      )
    }
  }

  // MARK: - Single values

  /// `node` as a string.
  public static func string(_ node: JSONNode, path: @autoclosure () -> String) throws(JSONReadError)
    -> String
  {
    guard case .string(let text) = node.value else {
      throw error(at: node, path: path(), "expected a string, found \(node.value.typeName)")
    }
    return text
  }

  /// `node` as an integer.
  public static func int(_ node: JSONNode, path: @autoclosure () -> String) throws(JSONReadError)
    -> Int
  {
    guard case .number(let literal) = node.value else {
      throw error(at: node, path: path(), "expected a whole number, found \(node.value.typeName)")
    }
    guard let value = Int(literal) else {
      let isWhole = !literal.contains { $0 == "." || $0 == "e" || $0 == "E" }
      let found =
        isWhole
        ? "\(JSONReader.quoted(literal)), which is too large (the limit is \(Int.max))"
        : "a non-integer number"
      throw error(at: node, path: path(), "expected a whole number, found \(found)")
    }
    return value
  }

  /// `node` as array elements.
  public static func array(_ node: JSONNode, path: @autoclosure () -> String) throws(JSONReadError)
    -> [JSONNode]
  {
    guard case .array(let elements) = node.value else {
      throw error(at: node, path: path(), "expected an array, found \(node.value.typeName)")
    }
    return elements
  }

  /// `text` in double quotes for a message, cut to 60 characters (a value
  /// quoted from a file can be a megabyte long).
  public static func quoted(_ text: String) -> String {
    text.count <= 60 ? "\"\(text)\"" : "\"\(text.prefix(60))\"… (\(text.count) characters)"
  }

  /// A bad-data error placed at `node`.
  public static func error(
    at node: JSONNode,
    path: @autoclosure () -> String,
    _ message: String
  ) -> JSONReadError {
    JSONReadError(line: node.line, column: node.column, path: path(), message: message)
  }
}
