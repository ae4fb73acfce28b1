import MaturityCore
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

  /// The participants list.
  public static let keys = KeyTable<OverlayKeys.Action>(
    "participants",
    [
      OverlayKeys.row([.character("a")], "a", .add, "Add a participant", "add"),
      OverlayKeys.row(
        [.character("r"), .enter],
        "r",
        .rename,
        "Rename (votes move)",
        "rename (votes move)"
      ),
      OverlayKeys.row(
        [.character("d"), .delete],
        "d",
        .remove,
        "Remove (keep or drop votes)",
        "remove"
      ),
      OverlayKeys.row(
        [.escape, .character("P"), .character("q")],
        "Esc",
        .cancel,
        "Close",
        "close"
      ),
    ]
  )

  /// Typing a participant's name.
  public static let nameKeys = KeyTable<OverlayKeys.Action>(
    "participant name",
    [
      OverlayKeys.row([.enter], "Enter", .save, "Save the name", "saves"),
      OverlayKeys.row(
        [.escape],
        "Esc",
        .cancel,
        "Back to the list (the name comes back)",
        "back to the list"
      ),
    ]
  )

  /// Removing a participant.
  public static let removalKeys = KeyTable<OverlayKeys.Action>(
    "remove participant",
    [
      OverlayKeys.row(
        [.character("k")],
        "k",
        .keepVotes,
        "Remove, keeping their votes",
        "keeps their votes"
      ),
      OverlayKeys.row([.character("d")], "d", .dropVotes, "Remove with their votes", "drops them"),
      OverlayKeys.row([.escape], "Esc", .cancel, "Keep the participant", "no"),
    ]
  )

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

extension ParticipantsWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    let names = model.session.participants
    let row = min(self.row, max(0, names.count - 1))
    switch step {
    case .list:
      var list = ListState(selected: row, count: names.count)
      if list.handle(key) {
        model.overlay = Self.at(list.selected)
        return []
      }
      switch Self.keys.action(for: key) {
      case .cancel:
        model.overlay = nil
      case .add:
        guard !model.refusedAsReadOnly() else { return [] }
        model.open(Self.at(row, .add(TextEditor())))
      case .rename:
        guard names.indices.contains(row), !model.refusedAsReadOnly() else { return [] }
        model.open(Self.at(row, .rename(TextEditor(text: names[row]))))
      case .remove:
        guard names.indices.contains(row), !model.refusedAsReadOnly() else { return [] }
        model.overlay = Self.at(row, .remove)
      default:
        model.message = "a adds, r renames, d removes, Esc closes"
      }
    case .add(var editor), .rename(var editor):
      let adding = if case .add = step { true } else { false }
      switch Self.nameKeys.action(for: key) {
      case .cancel:
        model.cancelOverlay(showing: Self.at(row))
      case .save:
        let name = editor.text.trimmingWhitespace()
        let edit: SessionEdit =
          adding ? .addParticipant(name) : .renameParticipant(from: names[row], to: name)
        guard let effects = model.apply(edit, now: now) else { return [] }
        model.overlay = Self.at(model.session.participants.firstIndex(of: name) ?? row)
        return effects
      default:
        editor.handle(key)
        model.overlay = Self.at(row, adding ? .add(editor) : .rename(editor))
      }
    case .remove:
      guard names.indices.contains(row) else {
        model.overlay = Self.at(row)
        return []
      }
      let action = Self.removalKeys.action(for: key)
      switch action {
      case .keepVotes, .dropVotes:
        let edit = SessionEdit.removeParticipant(names[row], keepVotes: action == .keepVotes)
        guard let effects = model.apply(edit, now: now) else { return [] }
        model.overlay = Self.at(max(0, row - 1))
        model.message =
          action == .keepVotes
          ? "removed \(names[row]); their votes stay in the file"
          : "removed \(names[row]) and their votes"
        return effects
      case .cancel:
        model.overlay = Self.at(row)
      default:
        model.message = "k keeps their votes, d drops them, Esc keeps the participant"
      }
    }
    return []
  }

  /// The window at participant `row`, doing `step`.
  private static func at(_ row: Int, _ step: Step = .list) -> WizardModel.Overlay {
    .participants(ParticipantsWindow(row: row, step: step))
  }

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let size = buffer.size
    let names = model.session.participants
    let rect = Overlays.centered(
      columns: min(72, size.columns - 4),
      rows: min(size.rows - 4, names.count + 7),
      in: size
    )
    let inner = Overlays.window("Participants", rect, into: &buffer)
    let footer: String
    switch step {
    case .list:
      footer = ParticipantsWindow.keys.hints(separator: " · ")
    case .add, .rename:
      footer = ParticipantsWindow.nameKeys.hints(separator: " · ")
    case .remove:
      let name = names.indices.contains(row) ? names[row] : ""
      footer = "Remove \(name)? " + ParticipantsWindow.removalKeys.hints(separator: " · ")
    }
    let list = Rect(
      column: inner.column,
      row: inner.row,
      columns: inner.columns,
      rows: max(1, inner.rows - 3)
    )
    if names.isEmpty {
      buffer.write(
        "No participants yet: a adds one.",
        column: list.column,
        row: list.row,
        style: Theme.dim,
        maxWidth: list.columns
      )
    }
    let visible = ScrollWindow.visibleRange(
      itemCount: names.count,
      selected: row,
      height: list.rows
    )
    let countWidth = 9
    for (offset, index) in visible.enumerated() {
      let votes = model.session.answers.values.filter { $0.votes[names[index]] != nil }.count
      var style: Style = .plain
      style.reverse = index == row
      let name = DisplayWidth.truncate(names[index], to: max(1, list.columns - countWidth - 1))
      buffer.write(
        Overlays.pad(name, list.columns - countWidth) + "\(votes) vote\(votes == 1 ? "" : "s")",
        column: list.column,
        row: list.row + offset,
        style: style,
        maxWidth: list.columns
      )
    }
    buffer.write(
      DisplayWidth.truncate(footer, to: inner.columns),
      column: inner.column,
      row: inner.endRow - 1,
      style: step == .remove ? Theme.warning : Theme.dim,
      maxWidth: inner.columns
    )
    switch step {
    case .add(let editor), .rename(let editor):
      return Overlays.field(
        editor,
        label: step == .add(editor) ? "new name: " : "rename to: ",
        row: inner.endRow - 2,
        in: inner,
        into: &buffer
      )
    default:
      return nil
    }
  }
}
