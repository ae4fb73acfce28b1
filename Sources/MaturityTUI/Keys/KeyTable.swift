import TerminalUI

/// One row of a key table: the keys, what they do, and how they are
/// described in the footer and in `?` help.
public struct KeyRow<Action: Sendable & Hashable>: Sendable, Equatable {
  /// The keys that trigger it.
  public var keys: [Key]
  /// How the keys are written in hints and help, e.g. `↑/k`.
  public var label: String
  /// The action.
  public var action: Action
  /// A sentence for the help overlay.
  public var help: String
  /// A short hint for the footer, or `nil` to leave it out of the footer.
  public var hint: String?
  /// How the footer writes the keys when it differs from ``label``: one
  /// footer item for several rows (`↑/↓ choose`).
  public var footerLabel: String?
  /// Whether the row is folded into the item of a row before it (the
  /// list moves after the first), in the footer and in help.
  public var grouped = false

  /// A row.
  public init(
    keys: [Key],
    label: String,
    action: Action,
    help: String,
    hint: String? = nil,
    footerLabel: String? = nil
  ) {
    self.keys = keys
    self.label = label
    self.action = action
    self.help = help
    self.hint = hint
    self.footerLabel = footerLabel
  }
}

/// The keys of one screen or window: what each does, and the footer and
/// help generated from them, so neither can disagree with the keys.
public struct KeyTable<Action: Sendable & Hashable>: Sendable {
  /// What the table is for, in help: `summary`, `agree window`.
  public var name: String
  /// The rows, in footer order.
  public var rows: [KeyRow<Action>]

  /// A table.
  public init(_ name: String, _ rows: [KeyRow<Action>]) {
    self.name = name
    self.rows = rows
  }

  /// The action bound to `key`, if any.
  public func action(for key: Key) -> Action? {
    rows.first { $0.keys.contains(key) }?.action
  }

  /// The footer: `label hint` of each row that has a hint, joined by
  /// `separator`.
  public func hints(separator: String = "  ") -> String {
    rows.compactMap { row in row.hint.map { "\(row.footerLabel ?? row.label) \($0)" } }
      .joined(separator: separator)
  }

  /// One line for the help overlay: `↑/k ↓/j PgUp PgDn Home End framework;
  /// Enter show how …; Esc back to the questions …` (a row and the rows
  /// grouped after it are one item, with all their keys).
  public var helpLine: String {
    helpItems.map { item in
      let text = item.text.prefix(1).lowercased() + item.text.dropFirst()
      return item.labels.joined(separator: " ") + " " + text
    }
    .joined(separator: "; ")
  }

  /// The help items: a row and the rows grouped after it are one item,
  /// with all their labels.
  public var helpItems: [(labels: [String], text: String)] {
    var items: [(labels: [String], text: String)] = []
    for row in rows {
      if row.grouped, !items.isEmpty {
        items[items.count - 1].labels.append(row.label)
      } else {
        items.append(([row.label], row.footerLabel != nil ? row.hint ?? row.help : row.help))
      }
    }
    return items
  }
}

extension KeyRow where Action == ListState.Move {
  /// The rows that move a list: ↑/k, ↓/j, PgUp, PgDn, Home, End (the
  /// letters only where typing is not expected).
  public static func listMoves(letters: Bool = true) -> [KeyRow] {
    let (up, down): ([Key], [Key]) =
      letters ? ([.up, .character("k")], [.down, .character("j")]) : ([.up], [.down])
    return [
      KeyRow(keys: up, label: letters ? "↑/k" : "↑", action: .previous, help: "Previous row"),
      KeyRow(keys: down, label: letters ? "↓/j" : "↓", action: .next, help: "Next row"),
      KeyRow(keys: [.pageUp], label: "PgUp", action: .pageUp, help: "A page up"),
      KeyRow(keys: [.pageDown], label: "PgDn", action: .pageDown, help: "A page down"),
      KeyRow(keys: [.home], label: "Home", action: .first, help: "First row"),
      KeyRow(keys: [.end], label: "End", action: .last, help: "Last row"),
    ]
  }
}
