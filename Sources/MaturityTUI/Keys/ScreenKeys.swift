import TerminalUI

/// The key tables of the start screen, the new-session form and the
/// compare screen (the wizard's are ``KeyBindings`` and ``WizardKeys``).
public enum ScreenKeys {
  /// What a key does on the start screen's list.
  public enum StartAction: Sendable, Hashable {
    case move(ListState.Move), open, new, nextRound, compare, help, quit
  }

  /// What a key does in the new-session form.
  public enum FormAction: Sendable, Hashable {
    case next, previous, toggle, enter, cancel
  }

  /// What a key does on the compare screen.
  public enum CompareAction: Sendable, Hashable {
    case move(ListState.Move), leave
  }

  /// The start screen's list.
  public static let start = KeyTable<StartAction>(
    "start screen",
    moves(
      up: [.backTab],
      down: [.tab],
      noun: "session",
      hint: "choose",
      footer: "↑/↓",
      wrap: StartAction.move
    ) + [
      KeyRow(
        keys: [.enter, .right],
        label: "Enter",
        action: .open,
        help: "Open the session (on + New assessment: the new-session form)",
        hint: "open"
      ),
      KeyRow(
        keys: [.character("n")],
        label: "n",
        action: .new,
        help: "New assessment",
        hint: "new"
      ),
      KeyRow(
        keys: [.character("r")],
        label: "r",
        action: .nextRound,
        help: "Start the session's next round, dated today (= accepts last time's answers)",
        hint: "next round"
      ),
      KeyRow(
        keys: [.character("c")],
        label: "c",
        action: .compare,
        help: "Compare two sessions: c on one, then c on another (Esc drops the first)",
        hint: "compare two"
      ),
      KeyRow(
        keys: [.character("?")],
        label: "?",
        action: .help,
        help: "These keys (any key closes)",
        hint: "help"
      ),
      KeyRow(
        keys: [.character("q"), .escape],
        label: "q",
        action: .quit,
        help: "Quit (a new-assessment draft: warns once)",
        hint: "quit"
      ),
    ]
  )

  /// The new-session form.
  public static let form = KeyTable<FormAction>(
    "new-session form",
    [
      KeyRow(keys: [.tab, .down], label: "Tab/↓", action: .next, help: "Next row", hint: "next"),
      KeyRow(
        keys: [.backTab, .up],
        label: "↑",
        action: .previous,
        help: "Previous row (Shift+Tab too)",
        hint: "previous"
      ),
      KeyRow(
        keys: [.character(" ")],
        label: "Space",
        action: .toggle,
        help: "On a framework or anonymous votes: choose or drop it (in a field: a space)",
        hint: "toggle"
      ),
      KeyRow(
        keys: [.enter],
        label: "Enter",
        action: .enter,
        help: "Next row; on Start: create the session",
        hint: "on Start creates"
      ),
      KeyRow(
        keys: [.escape],
        label: "Esc",
        action: .cancel,
        help:
          "Back to the list; nothing is created, what you typed is kept (n brings it back; "
          + "from `mlmaturity new`: warns once, then quits)",
        hint: "back"
      ),
    ]
  )

  /// The compare screen; q and Esc go `back` to the start screen it was
  /// opened from, else `quit`.
  public static func compare(leaving: String) -> KeyTable<CompareAction> {
    KeyTable(
      "compare screen",
      moves(
        down: [.right],
        noun: "row",
        hint: "move",
        footer: "↑/k ↓/j/→ PgUp PgDn Home End",
        wrap: CompareAction.move
      ).map { row in
        var row = row
        if row.action == .move(.next) { row.label = "↓/j/→" }
        return row
      } + [
        KeyRow(
          keys: [.character("q"), .escape],
          label: "q",
          action: .leave,
          help: "Leave the comparison (\(leaving))",
          hint: leaving
        )
      ]
    )
  }

  /// The list moves as rows of a table with `Action`, describing rows as
  /// `noun`; `up` and `down` add keys; the first row carries the footer's
  /// one item for them all.
  static func moves<Action>(
    up: [Key] = [],
    down: [Key] = [],
    noun: String,
    hint: String,
    footer: String,
    wrap: (ListState.Move) -> Action
  ) -> [KeyRow<Action>] {
    KeyRow.listMoves().map { row in
      let extra = row.action == .previous ? up : row.action == .next ? down : []
      let help =
        switch row.action {
        case .previous: "Previous \(noun)"
        case .next: "Next \(noun)"
        case .pageUp: "Ten \(noun)s up"
        case .pageDown: "Ten \(noun)s down"
        case .first: "First \(noun)"
        case .last: "Last \(noun)"
        }
      var result = KeyRow(
        keys: row.keys + extra,
        label: row.label,
        action: wrap(row.action),
        help: help,
        hint: row.action == .previous ? hint : nil,
        footerLabel: row.action == .previous ? footer : nil
      )
      result.grouped = row.action != .previous
      return result
    }
  }
}
