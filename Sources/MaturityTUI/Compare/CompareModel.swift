import MaturityCore
import TerminalUI

/// The compare screen's whole state: the diff of two sessions as rows, and
/// which row is selected. Changed only by ``update(_:)``; drawn by
/// ``CompareView``.
///
/// It moves with the wizard's navigation keys, looked up in the wizard's own
/// table (``KeyBindings/questions``): ↑ k, ↓ j, PgUp, PgDn, Home, End; q
/// (or Esc) leaves: back to the start screen when it was opened from there,
/// else out of the program.
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

  /// The wizard actions this screen answers to, in hint order.
  static let navigation: [WizardAction] = [.previous, .next, .pageUp, .pageDown, .first, .last]

  /// Applies one key; returns what the runner must do, if anything.
  public mutating func update(_ key: Key) -> Effect? {
    switch key {
    case .hangup: return .quit
    case .escape: return leave
    default: break
    }
    switch KeyBindings.action(for: key) {
    case .next: move(to: selected + 1)
    case .previous: move(to: selected - 1)
    case .pageDown: move(to: selected + WizardModel.pageSize)
    case .pageUp: move(to: selected - WizardModel.pageSize)
    case .first: move(to: 0)
    case .last: move(to: rows.count - 1)
    case .quit: return leave
    default: break
    }
    return nil
  }

  /// What q and Esc do.
  private var leave: Effect { openedFromStart ? .back : .quit }

  private mutating func move(to index: Int) {
    selected = min(max(index, 0), max(0, rows.count - 1))
  }

  /// The footer: the wizard's labels for the same keys.
  var hints: String {
    let labels = Self.navigation.compactMap { action in
      KeyBindings.questions.first { $0.action == action }?.label
    }
    let quit = KeyBindings.questions.first { $0.action == .quit }?.label ?? "q"
    return labels.joined(separator: " ") + " move  \(quit) " + (openedFromStart ? "back" : "quit")
  }
}
