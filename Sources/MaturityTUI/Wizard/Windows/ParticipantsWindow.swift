import TerminalUI

/// The participants window's state (`P`): the highlighted participant and
/// what the window is doing with them.
public struct ParticipantsWindow: Sendable, Equatable {
  /// What the window is doing.
  public enum Step: Sendable, Equatable {
    /// Showing the list.
    case list
    /// Typing a new participant's name.
    case add(TextEditor)
    /// Typing a new name for the highlighted participant.
    case rename(TextEditor)
    /// Asking whether the highlighted participant's votes stay or go.
    case remove
  }

  /// The highlighted participant (a position in the session's).
  public var row: Int
  /// What the window is doing.
  public var step: Step

  /// The window at participant `row`, doing `step`.
  public init(row: Int = 0, step: Step = .list) {
    self.row = row
    self.step = step
  }

  /// The name being typed, as a text window (`nil` on the list and the
  /// removal question).
  var textWindow: (any TextWindow)? {
    switch step {
    case .add(let name): ParticipantName(adding: true, row: row, name: name)
    case .rename(let name): ParticipantName(adding: false, row: row, name: name)
    case .list, .remove: nil
    }
  }
}

/// A participant's name being typed (added, or the highlighted one
/// renamed): what Esc keeps of it.
struct ParticipantName: TextWindow {
  var adding: Bool
  var row: Int
  var name: TextEditor

  var draftKey: String { adding ? "participant add" : "participant rename \(row)" }
  var typedContent: [String] { [name.text] }
  var draftName: String { "participant name" }
  var draftHint: String {
    adding
      ? "participant not added; a brings the name back" : "rename not saved; r brings the name back"
  }
}
