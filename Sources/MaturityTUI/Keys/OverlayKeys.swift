import TerminalUI

/// The key tables of the wizard's windows (the agree and action windows
/// keep theirs with their state: ``AgreeWindow/keys``, ``ActionWindow/keys``).
/// Each window's footer or title line is generated from its table.
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

  /// The note editor.
  public static let note = KeyTable<Action>(
    "note editor",
    [
      row([.control("D")], "Ctrl+D", .save, "Save the note", "saves"), cancels,
      row([.enter], "Enter", .newLine, "A new line", "new line"),
      row([.control("E")], "Ctrl+E", .externalEditor, "Edit the note in $EDITOR", "$EDITOR"),
    ]
  )

  /// Why a question does not apply.
  public static let notApplicable = KeyTable<Action>(
    "not applicable",
    [row([.enter], "Enter", .save, "Save the reason and go on", "saves"), cancels]
  )

  /// Evidence and confidence.
  public static let evidence = KeyTable<Action>(
    "evidence",
    [
      row([.tab], "Tab", .confidence, "Confidence: none, assumed, verified", "confidence"),
      row([.control("D")], "Ctrl+D", .save, "Save the evidence", "saves"), cancels,
      row([.enter], "Enter", .newLine, "A new line (one item per line)", "new line"),
    ]
  )

  /// A framework's target.
  public static let target = KeyTable<Action>(
    "target",
    [
      row([.enter], "Enter", .save, "Set the target (empty: one above the result)", "sets"),
      cancels,
    ]
  )

  /// Go to a question.
  public static let jump = KeyTable<Action>(
    "go to",
    [
      row([.enter], "Enter", .save, "Go to the highlighted question", "goes"),
      row([.escape], "Esc", .cancel, "Close (a search saves nothing)", "cancels"),
      row([.down, .tab], "↓/Tab", .move(.next), "Next match"),
      row([.up, .backTab], "↑/Shift+Tab", .move(.previous), "Previous match"),
    ]
  )

  /// Save a copy elsewhere.
  public static let saveAs = KeyTable<Action>(
    "save to",
    [row([.enter], "Enter", .save, "Save to the path typed", "saves"), cancels]
  )

  /// The help window.
  public static let help = KeyTable<Action>(
    "help",
    [
      row([.up, .down, .character("j"), .character("k")], "↑/↓", .scroll, "Scroll", "scroll"),
      row([], "any other key", .cancel, "Close", "closes"),
    ]
  )

  /// The vote grid; `voteKeys` are the question's answer keys (`1/a 2/b`).
  public static func votes(voteKeys: String) -> KeyTable<Action> {
    KeyTable(
      "votes",
      [
        row([], "Keys \(voteKeys)", .vote, "The highlighted person's vote", "vote"),
        row([.character("0")], "0", .notApplicable, "A vote for N/A", "n/a"),
        row([.delete, .backspace], "Del", .clearVote, "Clear the vote", "clears"),
        row([.up, .down, .tab, .backTab], "↑/↓", .move(.next), "Another person", "person"),
        row([.enter], "Enter", .agree, "Agree an answer (proposes the majority)", "agree"),
        row([.escape], "Esc", .cancel, "Close (every vote is already saved)", "close"),
      ]
    )
  }

  /// The participants list.
  public static let participants = KeyTable<Action>(
    "participants",
    [
      row([.character("a")], "a", .add, "Add a participant", "add"),
      row([.character("r"), .enter], "r", .rename, "Rename (votes move)", "rename (votes move)"),
      row([.character("d"), .delete], "d", .remove, "Remove (keep or drop votes)", "remove"),
      row([.escape, .character("P"), .character("q")], "Esc", .cancel, "Close", "close"),
    ]
  )

  /// Typing a participant's name.
  public static let participantName = KeyTable<Action>(
    "participant name",
    [
      row([.enter], "Enter", .save, "Save the name", "saves"),
      row([.escape], "Esc", .cancel, "Back to the list (the name comes back)", "back to the list"),
    ]
  )

  /// Removing a participant.
  public static let participantRemoval = KeyTable<Action>(
    "remove participant",
    [
      row([.character("k")], "k", .keepVotes, "Remove, keeping their votes", "keeps their votes"),
      row([.character("d")], "d", .dropVotes, "Remove with their votes", "drops them"),
      row([.escape], "Esc", .cancel, "Keep the participant", "no"),
    ]
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
