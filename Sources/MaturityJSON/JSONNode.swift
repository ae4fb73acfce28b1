/// A parsed JSON value together with where it stood in its file.
///
/// mlmaturity parses session and bank files with its own parser (see
/// ``JSONParser``) so that every error can name the line and column, duplicate
/// keys are caught, and unknown fields survive a load and save unchanged.
public struct JSONNode: Sendable, Equatable {
  /// The value.
  public var value: JSONValue
  /// 1-based line of the value's first character (0 for values built in code).
  public var line: Int
  /// 1-based column (in characters) of the value's first character.
  public var column: Int

  /// Creates a node; values built in code have no location.
  public init(_ value: JSONValue, line: Int = 0, column: Int = 0) {
    self.value = value
    self.line = line
    self.column = column
  }

  /// `line L, column C` for messages, or an empty string without a location.
  public var locationDescription: String {
    line > 0 ? "line \(line), column \(column)" : ""
  }

  /// Two nodes are equal when their values are; locations are ignored.
  public static func == (lhs: JSONNode, rhs: JSONNode) -> Bool {
    lhs.value == rhs.value
  }
}

/// A JSON value. Numbers keep their literal text so that unknown fields
/// round-trip byte for byte.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// The number's literal text, e.g. `0.5` or `1e3`.
  case number(String)
  case string(String)
  case array([JSONNode])
  /// Members in file order; keys are unique (the parser rejects duplicates).
  case object([JSONMember])

  /// A number value from a `Double`, written without a trailing `.0` when
  /// it is whole.
  public static func number(_ value: Double) -> JSONValue {
    if value == value.rounded(), abs(value) < 1e15 {
      return .number(String(Int(value)))
    }
    return .number(String(value))
  }

  /// A short name of the value's type, for error messages.
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Equatable {
  /// The key.
  public var key: String
  /// The value.
  public var node: JSONNode

  /// Creates a member.
  public init(_ key: String, _ node: JSONNode) {
    self.key = key
    self.node = node
  }

  /// Creates a member from a bare value.
  public init(_ key: String, _ value: JSONValue) {
    self.init(key, JSONNode(value))
  }
}
