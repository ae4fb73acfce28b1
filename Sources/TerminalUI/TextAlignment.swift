/// Where text sits within a span of columns.
public enum TextAlignment: Hashable, Sendable {
  /// Against the left edge.
  case left
  /// In the middle; an odd leftover column goes to the right.
  case center
  /// Against the right edge.
  case right
}
