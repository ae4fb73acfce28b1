import MaturityJSON

/// The session file's `context` object: `{"serving": "batch"}`.
extension Session {
  /// Reads `context`; each key must be one the tool knows, with an allowed
  /// value (absent: unknown).
  static func context(_ root: JSONReader) throws(JSONReadError) -> SystemContext {
    guard let object = try root.optionalObject("context") else { return SystemContext() }
    var values: [String: String] = [:]
    for member in object.allMembers {
      let value = try JSONReader.string(member.node, path: object.childPath(member.key))
      if let problem = SystemContext.check(key: member.key, value: value) {
        throw JSONReader.error(at: member.node, path: object.childPath(member.key), problem)
      }
      values[member.key] = value
    }
    return SystemContext(values)
  }

  /// The `context` member's value, or `nil` when the context is unknown.
  var contextJSON: JSONValue? {
    guard !context.isUnknown else { return nil }
    return .object(
      context.values.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) }
    )
  }

  /// Sets `key` to `value` in the context (an empty value removes it).
  ///
  /// - Returns: a one-line problem when the key or value is not allowed.
  public mutating func setContext(_ key: String, _ value: String, now: Timestamp) -> String? {
    if value.isEmpty {
      context.values[key] = nil
    } else {
      if let problem = SystemContext.check(key: key, value: value) { return problem }
      context.values[key] = value
    }
    updatedAt = now.iso8601
    return nil
  }
}
