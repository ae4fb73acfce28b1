extension String {
  /// The string without leading and trailing white space.
  public func trimmingWhitespace() -> String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text = text.dropFirst() }
    while text.last?.isWhitespace == true { text = text.dropLast() }
    return String(text)
  }

  /// `nil` for an empty string, else the string.
  public var nonEmpty: String? { isEmpty ? nil : self }
}
