/// How many items a backlog holds, by what they ask: the one count every
/// screen and document shows (`70 actions, plus 10 recommended checks and
/// 1 N/A to confirm`), so the wizard, the summary and `mlmaturity backlog`
/// never give different numbers for the same session.
extension Backlog {
  /// The items of a backlog counted by kind.
  public struct Count: Sendable, Equatable {
    /// Answers to improve (those that close a target gap among them).
    public var actions = 0
    /// Recommended checks (they never hold a level).
    public var recommended = 0
    /// Answers the team marked N/A, to confirm.
    public var confirm = 0

    /// The count of `items`.
    public init(_ items: some Sequence<Item>) {
      for item in items {
        switch item.kind {
        case .action: actions += 1
        case .recommended: recommended += 1
        case .confirm: confirm += 1
        }
      }
    }

    /// Every item.
    public var total: Int { actions + recommended + confirm }

    /// `70 actions, plus 10 recommended checks and 1 N/A to confirm`
    /// (each extra left out when there is none: `3 actions`).
    public var words: String {
      var extras: [String] = []
      if recommended > 0 { extras.append(Plural.count(recommended, "recommended check")) }
      if confirm > 0 { extras.append("\(confirm) N/A to confirm") }
      let actions = Plural.count(actions, "action")
      return extras.isEmpty ? actions : "\(actions), plus \(extras.joined(separator: " and "))"
    }

    /// `81 items (70 actions, plus 10 recommended checks and 1 N/A to
    /// confirm)`, or `70 actions` when they are all actions: what a part is
    /// counted against (`Showing 1 of 81 items (…)`).
    public var itemWords: String {
      actions == total ? words : "\(Plural.count(total, "item")) (\(words))"
    }
  }

  /// The count of this backlog's items.
  public var count: Count { Count(items) }
}
