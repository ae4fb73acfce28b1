import TerminalUI

/// Something the user can do with a key on the questions screen.
public enum WizardAction: Sendable, Hashable, CaseIterable {
  case answer, next, previous, pageDown, pageUp, first, last, choose
  case nextPane, previousPane, jump, back, undo, note, help, summary, quit
  case notApplicable, votes, evidence, target, discussion, backlog
  case acceptPrevious, participants, projector
}

/// One row of the key table: the keys, the action, and how it is described.
///
/// The footer hints and the `?` help overlay are both generated from
/// ``KeyBindings/questions``, so they can never disagree with what the keys do.
public struct KeyBinding: Sendable, Equatable {
  /// The keys that trigger it.
  public var keys: [Key]
  /// How the keys are written in hints and help, e.g. `↑/k`.
  public var label: String
  /// The action.
  public var action: WizardAction
  /// A sentence for the help overlay.
  public var help: String
  /// A one-word hint for the footer, or `nil` to leave it out of the footer.
  public var hint: String?
}

/// The wizard's key tables.
public enum KeyBindings {
  /// Keys on the questions screen. Answer keys (digits and option letters)
  /// depend on the question and are matched separately.
  public static let questions: [KeyBinding] = [
    KeyBinding(
      keys: [],
      label: "1-9 / letter",
      action: .answer,
      help: "Answer with the option's number or letter, then go to the next question",
      hint: "answer"
    ),
    KeyBinding(
      keys: [.down, .character("j"), .right],
      label: "↓/j/→",
      action: .next,
      help: "Next question (in the question pane: next option)",
      hint: nil
    ),
    KeyBinding(
      keys: [.up, .character("k")],
      label: "↑/k",
      action: .previous,
      help: "Previous question (in the question pane: previous option)",
      hint: "move"
    ),
    KeyBinding(keys: [.pageDown], label: "PgDn", action: .pageDown, help: "A page down", hint: nil),
    KeyBinding(keys: [.pageUp], label: "PgUp", action: .pageUp, help: "A page up", hint: nil),
    KeyBinding(keys: [.home], label: "Home", action: .first, help: "First question", hint: nil),
    KeyBinding(keys: [.end], label: "End", action: .last, help: "Last question", hint: nil),
    KeyBinding(
      keys: [.enter],
      label: "Enter",
      action: .choose,
      help: "Index pane: open the question; question pane: choose the highlighted option",
      hint: nil
    ),
    KeyBinding(
      keys: [.tab],
      label: "Tab",
      action: .nextPane,
      help: "Next pane (index, question, scores)",
      hint: "pane"
    ),
    KeyBinding(
      keys: [.backTab],
      label: "Shift+Tab",
      action: .previousPane,
      help: "Previous pane",
      hint: nil
    ),
    KeyBinding(
      keys: [.character("g"), .character("/")],
      label: "g",
      action: .jump,
      help: "Go to any question by id or title (type to filter)",
      hint: "go to"
    ),
    KeyBinding(
      keys: [.backspace, .character("b"), .left],
      label: "b/←",
      action: .back,
      help: "Back to the previous question",
      hint: "back"
    ),
    KeyBinding(
      keys: [.character("u")],
      label: "u",
      action: .undo,
      help: "Undo the last answer or note change",
      hint: "undo"
    ),
    KeyBinding(
      keys: [.character("n")],
      label: "n",
      action: .note,
      help: "Write a note on this question (Ctrl+D saves, Ctrl+E opens $EDITOR)",
      hint: "note"
    ),
    KeyBinding(
      keys: [.character("s")],
      label: "s",
      action: .summary,
      help: "Summary of all results, and how each was computed",
      hint: "summary"
    ),
    KeyBinding(
      keys: [.character("0")],
      label: "0",
      action: .notApplicable,
      help: "Not applicable (with a reason); it never raises a result",
      hint: nil
    ),
    KeyBinding(
      keys: [.character("v")],
      label: "v",
      action: .votes,
      help: "Workshop: record each participant's vote, see the spread, agree an answer",
      hint: "vote"
    ),
    KeyBinding(
      keys: [.character("=")],
      label: "=",
      action: .acceptPrevious,
      help: "Next round: accept the answer from last time (shown under the options) and go on",
      hint: nil
    ),
    KeyBinding(
      keys: [.character("P")],
      label: "P",
      action: .participants,
      help:
        "Workshop: participants: a adds, r renames (votes move), d removes (keep or drop votes)",
      hint: nil
    ),
    KeyBinding(
      keys: [.function(5)],
      label: "F5",
      action: .projector,
      help: "Projector view: the question, its options and the live vote spread, large; "
        + "answer, vote and move keys work in it; F5 again leaves",
      hint: nil
    ),
    KeyBinding(
      keys: [.character("w")],
      label: "w",
      action: .discussion,
      help: "Workshop: questions sorted by disagreement, to discuss first",
      hint: nil
    ),
    KeyBinding(
      keys: [.character("e")],
      label: "e",
      action: .evidence,
      help: "Evidence (links or paths, owner, date verified) and confidence",
      hint: nil
    ),
    KeyBinding(
      keys: [.character("t")],
      label: "t",
      action: .target,
      help: "Set this framework's target level or band",
      hint: nil
    ),
    KeyBinding(
      keys: [.character("l")],
      label: "l",
      action: .backlog,
      help: "Action backlog: what to improve, with owners and due dates",
      hint: "actions"
    ),
    KeyBinding(
      keys: [.character("?"), .function(1)],
      label: "?",
      action: .help,
      help: "This help",
      hint: "help"
    ),
    KeyBinding(
      keys: [.character("q")],
      label: "q",
      action: .quit,
      help: "Quit (every change is already saved)",
      hint: "quit"
    ),
  ]

  /// The action bound to `key` on the questions screen, if any.
  public static func action(for key: Key) -> WizardAction? {
    questions.first { $0.keys.contains(key) }?.action
  }

  /// Footer hints: `1-9 / letter answer  ↑/k move  …`.
  public static func hints(_ table: [KeyBinding]) -> String {
    // Help and quit come first, so they survive when a narrow terminal
    // cuts the footer.
    let first: Set<WizardAction> = [.help, .quit]
    let ordered =
      table.filter { first.contains($0.action) } + table.filter { !first.contains($0.action) }
    return ordered.compactMap { binding in binding.hint.map { "\(binding.label) \($0)" } }
      .joined(separator: "  ")
  }
}
