/// One character cell of a ``ScreenBuffer``.
///
/// A cell holds one spacing character (plus any combining marks) that is
/// one or two columns wide. A two-column character is followed by a
/// *continuation* cell, which holds no text and stands for its right half.
///
/// Cells can only be made by ``ScreenBuffer`` writes, which sanitise their
/// text, so a cell never holds a control character. The text is stored as
/// packed scalars, not a `String`, so comparing frames costs integer
/// compares.
public struct Cell: Hashable, Sendable {
  /// The cell's scalars.
  let scalars: CellScalars
  /// 1 or 2, or 0 for a continuation cell.
  private let columns: UInt8
  /// How the cell looks.
  public let style: Style

  init(scalars: CellScalars, width: Int, style: Style) {
    self.scalars = scalars
    self.columns = UInt8(truncatingIfNeeded: width)
    self.style = style
  }

  /// The cell's text: one spacing scalar and its combining scalars, or the
  /// empty string for a continuation cell.
  public var text: String { scalars.string }

  /// The columns the text takes: 1 or 2, or 0 for a continuation cell.
  public var width: Int { Int(columns) }

  /// How many scalars ``text`` has (0 to 5).
  public var scalarCount: Int { scalars.count }

  /// The scalar of ``text`` at `index` (below ``scalarCount``), for
  /// backends that copy cells without building strings.
  public func scalar(at index: Int) -> Unicode.Scalar { scalars[index] }

  /// A space in the plain style.
  public static let blank = Cell.blank(style: .plain)

  /// A space in `style`.
  public static func blank(style: Style) -> Cell {
    Cell(scalars: CellScalars(" "), width: 1, style: style)
  }

  /// The right half of a two-column character drawn in `style`.
  static func continuation(style: Style) -> Cell {
    Cell(scalars: CellScalars(), width: 0, style: style)
  }

  /// Whether this is the right half of a two-column character.
  public var isContinuation: Bool { columns == 0 }

  /// The same cell in another style.
  func with(style: Style) -> Cell {
    Cell(scalars: scalars, width: width, style: style)
  }
}
