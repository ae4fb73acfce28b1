extension Bank {
  /// Whether answers given against version `old` mean the same as answers
  /// given against version `new` of this bank: the same version, or every
  /// change-log entry between them changes nothing about answers (see
  /// ``BankChange/keepsAnswers``). `nil` (not recorded) or a version the
  /// log does not reach is never the same.
  ///
  /// A version that only adds advice text then opens older sessions without
  /// an upgrade notice, while the log still reaches back to them for later
  /// changes.
  public func answersMatch(_ old: String?, _ new: String?) -> Bool {
    guard let old, let new else { return old == new }
    if old == new { return true }
    guard let start = logIndex(old), let end = logIndex(new) else { return false }
    return changes[min(start, end)..<max(start, end)].allSatisfy(\.keepsAnswers)
  }

  /// Whether answers recorded against `recorded` mean the same with this
  /// version of the bank.
  public func answersMatch(recorded: String?) -> Bool { answersMatch(recorded, version) }

  /// The position of `version` in the change log: the index of the entry
  /// that starts from it, or the log's end for the current version.
  private func logIndex(_ version: String) -> Int? {
    version == self.version ? changes.count : changes.firstIndex { $0.from == version }
  }
}
