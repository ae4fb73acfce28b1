extension String {
  /// The string without leading and trailing white space.
  public func trimmingWhitespace() -> String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text = text.dropFirst() }
    while text.last?.isWhitespace == true { text = text.dropLast() }
    return String(text)
  }

  /// Whether this names the same person as `other`: names match in any
  /// case (`bo` is `Bo`), as votes, pre-work and owners do.
  public func isSameName(as other: String) -> Bool {
    lowercased() == other.lowercased()
  }

  /// `typed` as `names` spell it (`Bo` for `bo`), or `nil` when none of
  /// them is the same name (``isSameName(as:)``).
  public static func spelling(of typed: String, in names: some Sequence<String>) -> String? {
    names.first { $0.isSameName(as: typed) }
  }

  /// `nil` for an empty string, else the string.
  public var nonEmpty: String? { isEmpty ? nil : self }
}
