import MaturityCore
import TerminalUI

/// The compare screen's whole state: the diff of two sessions as rows, and
/// which row is selected. Changed only by ``update(_:)``; drawn by
/// ``CompareView``.
///
/// Its keys are ``ScreenKeys/compare(leaving:)``: the list moves (↑ k,
/// ↓ j →, PgUp, PgDn, Home, End); q (or Esc) leaves: back to the start
/// screen when it was opened from there, else out of the program.
public struct CompareModel: Sendable {
  /// What the screen asks its runner to do.
  public enum Effect: Sendable, Equatable {
    /// Leave the program.
    case quit
    /// Go back to the start screen it was opened from.
    case back
  }

  /// The comparison.
  public let diff: SessionDiff
  /// The old session's path, for the status line.
  public let oldPath: String
  /// The new session's path, for the status line.
  public let newPath: String
  /// The rows, in display order.
  public let rows: [CompareRow]
  /// The selected row.
  public internal(set) var selected = 0
  /// Whether it was opened from the start screen (then q and Esc go back).
  public let openedFromStart: Bool

  /// A compare screen for `diff`, with the first row selected.
  public init(diff: SessionDiff, oldPath: String, newPath: String, openedFromStart: Bool = false) {
    self.openedFromStart = openedFromStart
    self.diff = diff
    self.oldPath = oldPath
    self.newPath = newPath
    self.rows = CompareRow.rows(for: diff)
  }

  /// The selected row (`nil` only when there are none).
  public var selectedRow: CompareRow? {
    rows.indices.contains(selected) ? rows[selected] : nil
  }

  /// The keys: the list moves, and q or Esc to leave.
  var keys: KeyTable<ScreenKeys.CompareAction> {
    ScreenKeys.compare(leaving: openedFromStart ? "back" : "quit")
  }

  /// Applies one key; returns what the runner must do, if anything.
  public mutating func update(_ key: Key) -> Effect? {
    if key == .hangup { return .quit }
    switch keys.action(for: key) {
    case .move(let move):
      selected = ListState.moved(selected, count: rows.count, by: move)
    case .leave:
      return openedFromStart ? .back : .quit
    case .none:
      break
    }
    return nil
  }

  /// The footer, from the key table.
  var hints: String { keys.hints() }
}
