import MaturityCore

extension SessionEditor {
  /// Applies `KEY=VALUE` context facts (`serving=batch`; `serving=` clears).
  static func setContext(
    _ entries: [String],
    on session: inout Session,
    now: Timestamp
  ) throws(MaturityError) {
    for entry in entries {
      let (key, value) = try split(entry, what: "value")
      if let problem = session.setContext(key, value.trimmingWhitespace(), now: now) {
        throw MaturityError(.usage, "--context \(entry): \(problem)")
      }
    }
  }
}
