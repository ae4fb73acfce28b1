import TerminalUI

/// The key tables of the wizard's screens besides the questions screen
/// (``KeyBindings/questions``): summary, explanation, discussion, backlog.
/// Their handlers look keys up here and share the leave, help and quit
/// handling (`WizardModel.handleScreenAction`), so a new screen is its
/// table, its handler and its view.
public enum WizardKeys {
  /// What a key does on a wizard screen other than the questions.
  public enum ScreenAction: Sendable, Hashable {
    /// Move the highlight (or scroll).
    case move(ListState.Move)
    /// Enter: the screen's main action.
    case choose
    /// Back to the questions (or, from an explanation, the summary).
    case back
    /// Straight to the questions.
    case questions
    /// Go to the highlighted question.
    case goToQuestion
    /// Agree on a unanimous vote.
    case agreeUnanimous
    /// The help overlay.
    case help
    /// Quit.
    case quit
  }

  /// The summary of every framework's result.
  public static let summary = KeyTable<ScreenAction>(
    "summary",
    moves(noun: "framework", footer: "↑/↓")
      + [
        choose(
          [.enter, .right],
          "Show how the highlighted result was computed",
          "how was this computed"
        ),
        back([.character("s")], "Back to the questions (s, b, ← and Backspace too)"),
        help, quit,
      ]
  )

  /// How one result was computed.
  public static let explain = KeyTable<ScreenAction>(
    "explanation",
    moves(noun: "line", footer: "↑/↓ PgUp/PgDn", hint: "scroll", scrolls: true)
      + [
        back([.enter], "Back to the summary (Enter, b, ← and Backspace too)"),
        KeyRow(
          keys: [.character("s")],
          label: "s",
          action: .questions,
          help: "Straight back to the questions",
          hint: "questions"
        ),
        help, quit,
      ]
  )

  /// Voted questions, most split first.
  public static let discussion = KeyTable<ScreenAction>(
    "discussion",
    moves(noun: "question", footer: "↑/↓")
      + [
        choose([.enter], "Go to the highlighted question", "go to it"),
        back([.character("w")], "Back to the questions (w, b, ← and Backspace too)"), help, quit,
        KeyRow(
          keys: [.character("a")],
          label: "a",
          action: .agreeUnanimous,
          help: "Agree on a unanimous vote (rationale \"unanimous\")",
          hint: "agree if unanimous"
        ),
      ]
  )

  /// The list moves; the first row carries the footer item for them all.
  /// `scrolls`: Space pages down too, and there is no End.
  static func moves(
    noun: String,
    footer: String,
    hint: String? = nil,
    scrolls: Bool = false
  ) -> [KeyRow<ScreenAction>] {
    var rows = ScreenKeys.moves(
      noun: noun,
      hint: hint ?? noun,
      footer: footer,
      wrap: ScreenAction.move
    )
    if scrolls {
      rows.removeAll { $0.action == .move(.last) }
      for index in rows.indices where rows[index].action == .move(.pageDown) {
        rows[index].keys.append(.character(" "))
        rows[index].label = "PgDn/Space"
      }
    }
    return rows
  }

  static func choose(_ keys: [Key], _ help: String, _ hint: String) -> KeyRow<ScreenAction> {
    KeyRow(keys: keys, label: "Enter", action: .choose, help: help, hint: hint)
  }

  static func back(_ extra: [Key], _ help: String) -> KeyRow<ScreenAction> {
    KeyRow(
      keys: [.escape, .character("b"), .backspace, .left] + extra,
      label: "Esc",
      action: .back,
      help: help,
      hint: "back"
    )
  }

  static let help = KeyRow<ScreenAction>(
    keys: [.character("?"), .function(1)],
    label: "?",
    action: .help,
    help: "Every key"
  )

  static let quit = KeyRow<ScreenAction>(
    keys: [.character("q")],
    label: "q",
    action: .quit,
    help: "Quit (every change is already saved)",
    hint: "quit"
  )
}
