import MaturityCore
import TerminalUI

/// The agree window's state: the answer agreed for question `id`, its
/// rationale and any dissent, and which of the three has the focus.
public struct AgreeWindow: Sendable, Equatable {
  /// The part of the window that takes typing.
  public enum Focus: Sendable, CaseIterable {
    case answer, rationale, dissent
  }

  /// What a key does in the window.
  public enum Action: Sendable, Hashable {
    case chooseAnswer, nextField, previousField, save, cancel
  }

  /// The question.
  public var id: String
  /// The option agreed (or ``Answer/notApplicableValue``).
  public var option: String
  /// Why the room agreed.
  public var rationale: TextEditor
  /// Who disagreed, and why.
  public var dissent: TextEditor
  /// Where typing goes.
  public var focus: Focus = .answer

  /// A window for `id` proposing `option`.
  public init(id: String, option: String, rationale: TextEditor, dissent: TextEditor) {
    self.id = id
    self.option = option
    self.rationale = rationale
    self.dissent = dissent
  }

  /// The window's keys (typing goes to the focused field).
  public static let keys = KeyTable<Action>(
    "agree window",
    [
      KeyRow(
        keys: [.left, .right],
        label: "←/→",
        action: .chooseAnswer,
        help: "On the answer: the previous or next answer (0 or an answer key picks one)",
        hint: "answer"
      ),
      KeyRow(
        keys: [.tab, .down],
        label: "Tab",
        action: .nextField,
        help: "Next field (↓ too)",
        hint: "next field"
      ),
      KeyRow(
        keys: [.backTab, .up],
        label: "Shift+Tab",
        action: .previousField,
        help: "Previous field (↑ too)"
      ),
      KeyRow(
        keys: [.enter],
        label: "Enter",
        action: .save,
        help: "Save, from any field",
        hint: "saves"
      ),
      KeyRow(
        keys: [.escape],
        label: "Esc",
        action: .cancel,
        help: "Back to the votes without saving (Enter there brings your text back)",
        hint: "back to votes"
      ),
    ]
  )

  /// Moves the focus `step` fields on, round the three.
  public mutating func moveFocus(by step: Int) {
    let all = Focus.allCases
    let position = all.firstIndex(of: focus) ?? 0
    focus = all[(position + step + all.count) % all.count]
  }

  /// Steps the answer left or right among N/A and `question`'s options
  /// (N/A sits before the least mature option: it never raises a result).
  mutating func stepAnswer(_ key: Key, of question: Question) {
    let choices = [Answer.notApplicableValue] + question.options.map(\.id)
    let position = choices.firstIndex(of: option) ?? 1
    let step = key == .left ? -1 : 1
    option = choices[min(max(position + step, 0), choices.count - 1)]
  }

  /// Sends a typing key to the focused text field.
  mutating func type(_ key: Key) {
    switch focus {
    case .answer: break
    case .rationale: rationale.handle(key)
    case .dissent: dissent.handle(key)
    }
  }
}

extension AgreeWindow: TextWindow {
  var draftKey: String { "agree \(id)" }
  var typedContent: [String] { [option, rationale.text, dissent.text] }
  var draftName: String { "agreement" }
  var draftHint: String { "agreement not saved; Enter brings it back" }
}

extension AgreeWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    var window = self
    guard let question = model.catalog.lookup(id)?.question else {
      model.overlay = nil
      return []
    }
    switch Self.keys.action(for: key) {
    case .cancel:
      model.cancelOverlay(showing: .votes(VotesWindow(id: id)))
      return []
    case .nextField:
      window.moveFocus(by: 1)
    case .previousField:
      window.moveFocus(by: -1)
    case .save:
      if option == Answer.notApplicableValue && rationale.text.trimmingWhitespace().isEmpty {
        model.message = "N/A needs a reason: write why it does not apply"
        window.focus = .rationale
        break
      }
      let edit = SessionEdit.agree(
        question: id,
        option: option,
        rationale: rationale.text,
        dissent: dissent.text
      )
      guard let effects = model.saveWindow([edit], now: now) else { return [] }
      if model.current + 1 < model.entries.count { model.move(to: model.current + 1) }
      return effects
    case .chooseAnswer where focus == .answer:
      window.stepAnswer(key, of: question)
    case .chooseAnswer, .none:
      switch (focus, key) {
      case (.answer, .character("0")):
        window.option = Answer.notApplicableValue
      case (.answer, .character(let typed)):
        if let chosen = question.option(forKey: typed) {
          window.option = chosen.id
        } else {
          model.explainIdleKey(key, question: question)
        }
      default:
        window.type(key)
      }
    }
    model.overlay = .agree(window)
    return []
  }

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let size = buffer.size
    let question = model.catalog.lookup(id)?.question
    let label =
      option == Answer.notApplicableValue
      ? "N/A (does not apply; the reason goes in why)"
      : question?.option(option)?.label ?? option
    let rect = Overlays.centered(columns: min(84, size.columns - 4), rows: 8, in: size)
    let inner = Overlays.window("Agree · \(id)", rect, into: &buffer)
    var optionStyle = Theme.good
    optionStyle.reverse = focus == .answer
    buffer.write("answer:  ", column: inner.column, row: inner.row, style: Theme.key)
    buffer.write(
      "◂ \(DisplayWidth.truncate(label, to: max(1, inner.columns - 13))) ▸",
      column: inner.column + 9,
      row: inner.row,
      style: optionStyle,
      maxWidth: inner.columns - 9
    )
    let cursors = Overlays.fields(
      [(rationale, "why:     "), (dissent, "dissent: ")],
      row: inner.row + 2,
      hints: Self.keys.hints(separator: " · "),
      in: inner,
      into: &buffer
    )
    switch focus {
    case .answer: return nil
    case .rationale: return cursors[0]
    case .dissent: return cursors[1]
    }
  }
}
