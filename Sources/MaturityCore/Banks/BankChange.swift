/// One entry of a bank's change log: what changed from version ``from`` to
/// the next one. Stored in the bank as
/// `{"from": "1.0.0", "added": [...], "removed": [...], "reworded": [...],
/// "renamed": {"old.id": "new.id"}, "options": {"question.id": {"old": "new"}}}`.
public struct BankChange: Sendable, Equatable {
  /// The version this entry starts from.
  public var from: String
  /// Question ids new in the next version.
  public var added: [String] = []
  /// Question ids dropped in the next version.
  public var removed: [String] = []
  /// Question ids whose meaning was reworded: an old answer may need a
  /// second look.
  public var reworded: [String] = []
  /// Old question id → new question id.
  public var renamed: [String: String] = [:]
  /// Question id → (old option id → new option id).
  public var options: [String: [String: String]] = [:]

  /// Creates an entry.
  public init(
    from: String,
    added: [String] = [],
    removed: [String] = [],
    reworded: [String] = [],
    renamed: [String: String] = [:],
    options: [String: [String: String]] = [:]
  ) {
    self.from = from
    self.added = added
    self.removed = removed
    self.reworded = reworded
    self.renamed = renamed
    self.options = options
  }

  /// Whether the entry changes nothing about answers: a version that only
  /// added or edited advice (such as per-option next steps). Answers
  /// recorded before it mean the same after it.
  public var keepsAnswers: Bool {
    added.isEmpty && removed.isEmpty && reworded.isEmpty && renamed.isEmpty && options.isEmpty
  }
}
