import MaturityCore
import TerminalUI

/// The not-applicable window's state (`0`): why question `id` does not
/// apply, as typed.
public struct NotApplicableWindow: Sendable, Equatable, TextWindow {
  /// The question.
  public var id: String
  /// The reason.
  public var reason: TextEditor

  /// A window for `id`.
  public init(id: String, reason: TextEditor) {
    self.id = id
    self.reason = reason
  }

  /// Why a question does not apply.
  public static let keys = KeyTable<OverlayKeys.Action>(
    "not applicable",
    [
      OverlayKeys.row([.enter], "Enter", .save, "Save the reason and go on", "saves"),
      OverlayKeys.cancels,
    ]
  )

  var draftKey: String { "n/a \(id)" }
  var typedContent: [String] { [reason.text] }
  var draftName: String { "not-applicable reason" }
  var draftHint: String { "not applicable not saved; 0 brings your reason back" }
}

extension NotApplicableWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    switch Self.keys.action(for: key) {
    case .cancel:
      model.cancelOverlay()
    case .save:
      let edit = SessionEdit.notApplicable(question: id, reason: reason.text)
      guard let effects = model.saveWindow([edit], now: now) else { return [] }
      if model.current + 1 < model.entries.count { model.move(to: model.current + 1) }
      return effects
    default:
      var next = self
      next.reason.handle(key)
      model.overlay = .notApplicable(next)
    }
    return []
  }

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let size = buffer.size
    let columns = min(80, size.columns - 4)
    let explanation = TextWrap.wrap(
      "Why does it not apply? It still counts as not met. "
        + NotApplicableWindow.keys.hints(separator: ", ") + ".",
      width: columns - 4
    )
    let rect = Overlays.centered(columns: columns, rows: 5 + explanation.count, in: size)
    let inner = Overlays.window("Not applicable · \(id)", rect, into: &buffer)
    var pane = PaneWriter(inner)
    for line in explanation { pane.write(&buffer, [(line, Theme.dim)]) }
    return Overlays.field(
      reason,
      label: "reason: ",
      row: inner.row + explanation.count + 1,
      in: inner,
      into: &buffer
    )
  }
}
