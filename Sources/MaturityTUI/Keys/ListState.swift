import TerminalUI

/// The highlighted row of a list: moved by the list keys (↑/↓, j/k,
/// PgUp/PgDn, Home/End), kept within the list; the view shows the window
/// of rows that keeps it visible (``visibleRange(height:)``).
public struct ListState: Sendable, Equatable {
  /// A move of the highlight.
  public enum Move: Sendable, Hashable {
    case previous, next, pageUp, pageDown, first, last
  }

  /// Rows a page key moves.
  public static let pageSize = 10

  /// The highlighted row.
  public var selected: Int
  /// Rows in the list.
  public var count: Int

  /// A list of `count` rows with `selected` highlighted (kept in range).
  public init(selected: Int = 0, count: Int) {
    self.count = count
    self.selected = min(max(selected, 0), max(0, count - 1))
  }

  /// Applies `move`.
  public mutating func apply(_ move: Move) {
    let last = max(0, count - 1)
    let target =
      switch move {
      case .previous: selected - 1
      case .next: selected + 1
      case .pageUp: selected - Self.pageSize
      case .pageDown: selected + Self.pageSize
      case .first: 0
      case .last: last
      }
    selected = min(max(target, 0), last)
  }

  /// The highlight after `move` from `selected` in a list of `count` rows.
  public static func moved(_ selected: Int, count: Int, by move: Move) -> Int {
    var list = ListState(selected: selected, count: count)
    list.apply(move)
    return list.selected
  }

  /// Applies the move `key` makes in a list (j/k too when `letters`);
  /// returns whether it was one.
  public mutating func handle(_ key: Key, letters: Bool = true) -> Bool {
    guard let move = KeyTable("list", KeyRow.listMoves(letters: letters)).action(for: key) else {
      return false
    }
    apply(move)
    return true
  }

  /// The rows to show in a window `height` rows tall: the highlight
  /// always in view.
  public func visibleRange(height: Int) -> Range<Int> {
    ScrollWindow.visibleRange(itemCount: count, selected: selected, height: height)
  }
}

/// Text scrolled by whole lines, up to a limit: the explanation and help
/// windows.
public struct ScrollState: Sendable, Equatable {
  /// Lines scrolled past.
  public var offset: Int

  /// A scroll position.
  public init(offset: Int = 0) { self.offset = offset }

  /// Applies the scroll `key` makes (↑/↓, j/k, PgUp/PgDn and Space, Home, End),
  /// never past `limit`; returns whether it was one.
  public mutating func handle(_ key: Key, limit: Int) -> Bool {
    let move: ListState.Move
    if key == .character(" ") {
      move = .pageDown
    } else if let found = KeyTable("scroll", KeyRow.listMoves()).action(for: key) {
      move = found
    } else {
      return false
    }
    apply(move, limit: limit)
    return true
  }

  /// Scrolls by `move` (a line, a page, back to the top, or to `limit`,
  /// the end), never past `limit`.
  public mutating func apply(_ move: ListState.Move, limit: Int) {
    let step =
      switch move {
      case .previous: -1
      case .next: 1
      case .pageUp: -ListState.pageSize
      case .pageDown: ListState.pageSize
      case .first: -offset
      case .last: max(0, limit) - offset
      }
    offset = min(max(0, offset + step), max(0, limit))
  }
}
