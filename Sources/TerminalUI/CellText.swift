/// The text of one screen cell: a spacing scalar plus the zero-width scalars
/// (combining marks, joiners, variation selectors) that follow it.
///
/// Splitting text this way, rather than by Swift `Character`, matches what
/// ncurses does: `setcchar` keeps one spacing character per cell and up to
/// four non-spacing ones after it. An emoji ZWJ sequence therefore takes the
/// cells of its parts, as `wcswidth` counts it.
struct CellText: Hashable, Sendable {
  /// The scalars of the cell, already sanitised.
  var scalars: CellScalars
  /// 1 or 2 columns.
  var width: Int

  /// The scalars as a string.
  var text: String { scalars.string }

  /// At most this many zero-width scalars follow a spacing one (ncurses's
  /// `CCHARW_MAX` is 5 on this platform); more are dropped, which also tames
  /// "Zalgo" text.
  static let maximumCombining = 4

  /// Sanitises `text` and splits it into cells.
  ///
  /// Zero-width scalars with no spacing scalar before them are dropped.
  static func cells(of text: String) -> [CellText] {
    if TerminalSafeText.isPrintableASCII(text) {
      return text.utf8.map { CellText(scalars: CellScalars(Unicode.Scalar($0)), width: 1) }
    }
    let safe = TerminalSafeText.sanitize(text)
    var cells: [CellText] = []
    cells.reserveCapacity(safe.unicodeScalars.count)
    var combining = 0
    for scalar in safe.unicodeScalars {
      let width = DisplayWidth.of(scalar)
      if width > 0 {
        cells.append(CellText(scalars: CellScalars(scalar), width: width))
        combining = 0
      } else if !cells.isEmpty && combining < maximumCombining {
        cells[cells.count - 1].scalars.append(scalar)
        combining += 1
      }
    }
    return cells
  }
}
