/// What a view returns and a ``TerminalBackend`` draws: the screen and
/// where to show the text cursor (`nil` hides it).
public struct Frame: Sendable, Equatable {
  /// The screen.
  public var buffer: ScreenBuffer
  /// The text cursor's column and row, when editing text.
  public var cursor: (column: Int, row: Int)?

  /// Creates a frame.
  public init(buffer: ScreenBuffer, cursor: (column: Int, row: Int)? = nil) {
    self.buffer = buffer
    self.cursor = cursor
  }

  public static func == (lhs: Frame, rhs: Frame) -> Bool {
    lhs.buffer == rhs.buffer && lhs.cursor?.column == rhs.cursor?.column
      && lhs.cursor?.row == rhs.cursor?.row
  }
}
