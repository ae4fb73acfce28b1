import TerminalUI

/// What keys do in the wizard's windows, the rows their tables share, and
/// the tables of the two windows without state (the quit and read-only
/// prompts). Every other window keeps its table with its state
/// (``NoteWindow/keys``, ``AgreeWindow/keys``…); each window's footer or
/// title line is generated from its table.
///
/// One Esc rule holds in every window (``escapeRule``): Esc closes it and
/// saves nothing; what was typed comes back when the same window is opened
/// again on the same question.
public enum OverlayKeys {
  /// What a key does in a window.
  public enum Action: Sendable, Hashable {
    case save, cancel, newLine, externalEditor, confidence
    case move(ListState.Move), vote, notApplicable, clearVote, agree
    case add, rename, remove, keepVotes, dropVotes, saveElsewhere, quitAnyway, scroll
  }

  /// The rule Esc follows in every window, for `?` help.
  public static let escapeRule =
    "Closes any window and saves nothing; text you typed in it comes back when you open the "
    + "same window on the same question again (q warns once before quitting without it)"

  /// Esc in a window that takes text.
  static let cancels = KeyRow<Action>(
    keys: [.escape],
    label: "Esc",
    action: .cancel,
    help: "Close without saving (your text comes back next time)",
    hint: "cancels"
  )

  /// The last save failed and q was pressed.
  public static let confirmQuit = KeyTable<Action>(
    "not saved",
    [
      row([.character("w")], "w", .saveElsewhere, "Save to another file", "save to another file"),
      row([.character("q")], "q", .quitAnyway, "Quit and lose the changes", "quit and lose them"),
      row([.escape], "Esc", .cancel, "Stay (any other key too)", "stay"),
    ]
  )

  /// An edit was refused in a read-only window.
  public static let readOnly = KeyTable<Action>(
    "read-only prompt",
    [
      row(
        [.character("w")],
        "w",
        .saveElsewhere,
        "Save a copy and edit it",
        "save a copy and edit it"
      ),
      row([.escape], "Esc", .cancel, "Keep reading (any other key too)", "keep reading"),
    ]
  )

  static func row(
    _ keys: [Key],
    _ label: String,
    _ action: Action,
    _ help: String,
    _ hint: String? = nil
  ) -> KeyRow<Action> {
    KeyRow(keys: keys, label: label, action: action, help: help, hint: hint)
  }
}
