import TerminalUI

/// What keys do on the wizard's screens besides the questions screen
/// (``KeyBindings/questions``), and the rows their tables share. Each
/// screen is a ``WizardPage`` with its own table (``SummaryPage/keys``,
/// ``BacklogPage/keys``…); all share the leave, help and quit handling
/// (``WizardModel/handleScreenAction(_:key:)``).
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

  /// The list moves; the first row carries the footer item for them all.
  /// `scrolls`: Space pages down too, and End goes to the end of the text.
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
