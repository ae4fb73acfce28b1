/// Which backlog items a reader wants: only those that close a target gap,
/// one framework, one owner, the first N, with or without the recommended
/// checks.
public struct BacklogFilter: Sendable, Equatable {
  /// Keep only the items that close the gap to a target.
  public var targetsOnly = false
  /// Keep only these framework ids (empty: all).
  public var frameworks: [String] = []
  /// Keep only this owner's items, the name in any case (`bo` keeps Bo's;
  /// `""`: items without an owner). See ``named(_:in:)``.
  public var owner: String?
  /// Keep at most this many items, the most urgent first.
  public var limit: Int?
  /// Keep the recommended checks (they never hold a level).
  public var includeRecommended = false

  /// No filter: every item but the recommended checks.
  public init() {}

  /// What the filter narrows to, in words: `owner Chen`, `no owner`,
  /// `framework azure`, `target gaps only`, `the first 5`.
  public var words: [String] {
    var words = frameworks.map { "framework \($0)" }
    if let owner { words.append(owner.isEmpty ? "no owner" : "owner \(owner)") }
    if targetsOnly { words.append("target gaps only") }
    if let limit { words.append("the first \(limit)") }
    return words
  }

  /// This filter with its owner spelled as `backlog` spells it (`Bo` for
  /// `--owner bo`), so the words name the owner as the session writes it.
  public func named(in backlog: Backlog) -> BacklogFilter {
    var copy = self
    if let owner {
      copy.owner = String.spelling(of: owner, in: backlog.items.map(\.owner)) ?? owner
    }
    return copy
  }

  /// `backlog` with only the items this filter keeps, most urgent first
  /// (priority, then the backlog's own order).
  public func apply(to backlog: Backlog) -> Backlog {
    var kept = BacklogReport.ordered(backlog).enumerated().filter { _, item in
      (!targetsOnly || item.closesTargetGap)
        && (frameworks.isEmpty || frameworks.contains(item.framework))
        && (owner.map { $0.isSameName(as: item.owner) } ?? true)
        && (includeRecommended || item.kind != .recommended || item.closesTargetGap)
    }
    kept.sort { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }
    var copy = backlog
    copy.items = kept.map(\.element)
    if let limit { copy.items = Array(copy.items.prefix(max(0, limit))) }
    return copy
  }
}
