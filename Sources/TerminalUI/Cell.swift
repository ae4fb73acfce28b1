/// One character cell of a ``ScreenBuffer``.
///
/// A cell holds one spacing character (plus any combining marks) that is
/// one or two columns wide. A two-column character is followed by a
/// *continuation* cell, which holds no text and stands for its right half.
///
/// Cells can only be made by ``ScreenBuffer`` writes, which sanitise their
/// text, so a cell never holds a control character.
public struct Cell: Hashable, Sendable {
  /// The cell's text: one spacing scalar and its combining scalars, or the
  /// empty string for a continuation cell.
  public let text: String
  /// The columns the text takes: 1 or 2, or 0 for a continuation cell.
  public let width: Int
  /// How the cell looks.
  public let style: Style

  init(text: String, width: Int, style: Style) {
    self.text = text
    self.width = width
    self.style = style
  }

  /// A space in the plain style.
  public static let blank = Cell.blank(style: .plain)

  /// A space in `style`.
  public static func blank(style: Style) -> Cell {
    Cell(text: " ", width: 1, style: style)
  }

  /// The right half of a two-column character drawn in `style`.
  static func continuation(style: Style) -> Cell {
    Cell(text: "", width: 0, style: style)
  }

  /// Whether this is the right half of a two-column character.
  public var isContinuation: Bool { width == 0 }

  /// The same cell in another style.
  func with(style: Style) -> Cell {
    Cell(text: text, width: width, style: style)
  }
}
