/// A fact about the system that differs between two sessions: `serving`
/// went from `online` to `batch`, or became known.
public struct ContextChange: Sendable, Equatable {
  /// The context key (`serving`).
  public var key: String
  /// The old value; `nil` when it was unknown.
  public var old: String?
  /// The new value; `nil` when it is unknown.
  public var new: String?

  /// A change of `key` from `old` to `new`.
  public init(key: String, old: String?, new: String?) {
    self.key = key
    self.old = old
    self.new = new
  }

  /// The changes from `old` to `new`, by key.
  public static func all(old: SystemContext, new: SystemContext) -> [ContextChange] {
    Set(old.values.keys).union(new.values.keys).sorted().compactMap { key in
      let before = old.values[key]
      let after = new.values[key]
      return before == after ? nil : ContextChange(key: key, old: before, new: after)
    }
  }

  /// `serving: online → batch`, `serving: unknown → batch`.
  public var text: String { "\(key): \(old ?? "unknown") → \(new ?? "unknown")" }
}
