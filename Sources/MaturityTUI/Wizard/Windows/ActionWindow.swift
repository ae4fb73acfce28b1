import MaturityCore
import TerminalUI

/// The action window's state: the owner and due date of question `id`'s
/// action, and which of the two has the focus.
public struct ActionWindow: Sendable, Equatable {
  /// The field that takes typing.
  public enum Focus: Sendable, CaseIterable {
    case owner, due
  }

  /// What a key does in the window.
  public enum Action: Sendable, Hashable {
    case switchField, save, cancel
  }

  /// The question.
  public var id: String
  /// Who owns the action.
  public var owner: TextEditor
  /// When it is due (`YYYY-MM-DD`).
  public var due: TextEditor
  /// Where typing goes.
  public var focus: Focus = .owner

  /// A window for `id`.
  public init(id: String, owner: TextEditor, due: TextEditor) {
    self.id = id
    self.owner = owner
    self.due = due
  }

  /// The window's keys (typing goes to the focused field).
  public static let keys = KeyTable<Action>(
    "action window",
    [
      KeyRow(
        keys: [.tab, .backTab, .up, .down],
        label: "Tab",
        action: .switchField,
        help: "The other field (Shift+Tab, ↑ and ↓ too)",
        hint: "switches field"
      ),
      KeyRow(keys: [.enter], label: "Enter", action: .save, help: "Save both", hint: "saves"),
      KeyRow(
        keys: [.escape],
        label: "Esc",
        action: .cancel,
        help: "Close without saving (Enter on the action brings your text back)",
        hint: "cancels"
      ),
    ]
  )

  /// Sends a typing key to the focused field.
  mutating func type(_ key: Key) {
    switch focus {
    case .owner: owner.handle(key)
    case .due: due.handle(key)
    }
  }
}

extension ActionWindow: TextWindow {
  var draftKey: String { "action \(id)" }
  var typedContent: [String] { [owner.text, due.text] }
  var draftName: String { "owner and due date" }
  var draftHint: String { "owner and due date not saved; Enter brings them back" }
}

extension ActionWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    var next = self
    switch Self.keys.action(for: key) {
    case .cancel:
      model.cancelOverlay()
    case .save:
      let edits: [SessionEdit] = [
        .owner(question: id, name: owner.text), .due(question: id, day: due.text),
      ]
      return model.saveWindow(edits, now: now) ?? []
    case .switchField:
      next.focus = focus == .owner ? .due : .owner
      model.overlay = .action(next)
    case .none:
      next.type(key)
      model.overlay = .action(next)
    }
    return []
  }

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let size = buffer.size
    let rect = Overlays.centered(columns: min(80, size.columns - 4), rows: 7, in: size)
    let inner = Overlays.window("Action · \(id)", rect, into: &buffer)
    let cursors = Overlays.fields(
      [(owner, "owner: "), (due, "due (YYYY-MM-DD): ")],
      row: inner.row,
      hints: Self.keys.hints(separator: " · "),
      in: inner,
      into: &buffer
    )
    return cursors[focus == .owner ? 0 : 1]
  }
}
