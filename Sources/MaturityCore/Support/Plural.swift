/// Counts in English: `1 action`, `3 actions`, and the verb that agrees
/// with them (`1 action closes`, `3 actions close`), so no text shows
/// `question(s)`.
public enum Plural {
  /// `1 question`, `2 questions`; `plural` for irregular nouns.
  public static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(noun(count, singular, plural))"
  }

  /// The noun alone, singular for exactly one.
  public static func noun(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    count == 1 ? singular : (plural ?? singular + "s")
  }

  /// A regular present-tense verb agreeing with `count` subjects:
  /// `verb(1, "close")` is `closes`, `verb(2, "close")` is `close`.
  public static func verb(_ count: Int, _ base: String) -> String {
    count == 1 ? base + "s" : base
  }

  /// The first `limit` of `items` joined by `separator`, then ` and N
  /// more` for the rest: `a, b, c and 4 more`; all of them when they fit.
  public static func firstFew(_ items: [String], _ limit: Int, separator: String) -> String {
    let more = items.count > limit ? " and \(items.count - limit) more" : ""
    return items.prefix(limit).joined(separator: separator) + more
  }
}
