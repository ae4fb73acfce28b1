/// When a question applies, as the source itself conditions it: the
/// question applies when the session's context gives ``key`` one of
/// ``values``, or does not say (an unknown context means everything
/// applies).
///
/// Example: online model validation concerns a model that serves online
/// traffic (`GC-L1-VAL-ONLINE`), so it applies when `serving` is `online`
/// or `both`.
public struct Applicability: Sendable, Equatable {
  /// The context key, e.g. `serving`.
  public var key: String
  /// The values for which the question applies.
  public var values: [String]
  /// The reference id of the source's condition.
  public var source: String

  /// Creates a condition.
  public init(key: String, values: [String], source: String) {
    self.key = key
    self.values = values
    self.source = source
  }

  /// Why the question does not apply in `context` ("batch serving"), or
  /// `nil` when it applies (including when the context does not say).
  public func exemption(in context: SystemContext) -> String? {
    guard let value = context.values[key], !values.contains(value) else { return nil }
    return SystemContext.describe(key: key, value: value)
  }
}

/// Facts about the assessed system that the sources' own conditions need,
/// asked once per session (e.g. `serving`: `online`, `batch` or `both`).
///
/// An empty context is unknown: every question applies.
public struct SystemContext: Sendable, Equatable {
  /// One key the tool knows, with its allowed values.
  public struct Key: Sendable, Equatable {
    /// The key, e.g. `serving`.
    public var name: String
    /// Allowed values.
    public var values: [String]
    /// The question the new-session form asks.
    public var prompt: String
  }

  /// The keys a source's condition needs.
  public static let keys: [Key] = [
    Key(
      name: "serving",
      values: ["online", "batch", "both"],
      prompt: "How does the system serve predictions: online, batch or both?"
    )
  ]

  /// Value per key.
  public var values: [String: String]

  /// Creates a context; an empty one is unknown.
  public init(_ values: [String: String] = [:]) { self.values = values }

  /// Whether nothing is known.
  public var isUnknown: Bool { values.isEmpty }

  /// The known key named `name`.
  public static func key(_ name: String) -> Key? { keys.first { $0.name == name } }

  /// "batch serving": a value with its key, for "does not apply: …".
  public static func describe(key: String, value: String) -> String { "\(value) \(key)" }

  /// Checks `key=value`; the error says what is allowed.
  public static func check(key: String, value: String) -> String? {
    guard let known = Self.key(key) else {
      return
        "unknown context key \"\(key)\" (known: \(keys.map(\.name).joined(separator: ", ")))"
    }
    guard known.values.contains(value) else {
      return
        "context \(key) must be one of \(known.values.joined(separator: ", ")), found \"\(value)\""
    }
    return nil
  }

  /// `serving=batch, …` for messages and text output; "unknown" when empty.
  public var summary: String {
    isUnknown
      ? "unknown (every question applies)"
      : values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
        separator: ", "
      )
  }
}
