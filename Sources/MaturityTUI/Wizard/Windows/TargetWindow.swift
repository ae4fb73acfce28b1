import MaturityCore
import TerminalUI

/// The target window's state (`t`): the target level or band of bank
/// `bank` (a position in ``WizardModel/banks``), as typed.
public struct TargetWindow: Sendable, Equatable, TextWindow {
  /// The framework.
  public var bank: Int
  /// The target typed (empty: one above the current result).
  public var value: TextEditor

  /// A window for bank `bank`.
  public init(bank: Int, value: TextEditor) {
    self.bank = bank
    self.value = value
  }

  /// A framework's target.
  public static let keys = KeyTable<OverlayKeys.Action>(
    "target",
    [
      OverlayKeys.row(
        [.enter],
        "Enter",
        .save,
        "Set the target (empty: one above the result)",
        "sets"
      ),
      OverlayKeys.cancels,
    ]
  )

  var draftKey: String { "target \(bank)" }
  var typedContent: [String] { [value.text] }
  var draftName: String { "target" }
  var draftHint: String { "target not saved; t brings it back" }
}

extension TargetWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    switch Self.keys.action(for: key) {
    case .cancel:
      model.cancelOverlay()
    case .save:
      let bank = model.banks[self.bank]
      let text = value.text.trimmingWhitespace()
      guard text.isEmpty || Int(text) != nil else {
        model.message = "the target is a number from 0 to \(bank.levels.count - 1)"
        return []
      }
      return model.saveWindow([.target(framework: bank.id, level: Int(text))], now: now) ?? []
    default:
      var next = self
      next.value.handle(key)
      model.overlay = .target(next)
    }
    return []
  }

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let size = buffer.size
    let bankValue = model.banks[bank]
    let rect = Overlays.centered(
      columns: min(80, size.columns - 4),
      rows: 5 + bankValue.levels.count,
      in: size
    )
    let inner = Overlays.window("Target · \(bankValue.name)", rect, into: &buffer)
    var pane = PaneWriter(inner)
    for level in bankValue.levels {
      pane.write(&buffer, [("\(level.level)  ", Theme.key), (level.name, .plain)])
    }
    pane.write(
      &buffer,
      [
        (
          "Empty: one above the current result. "
            + TargetWindow.keys.hints(separator: ", ") + ".", Theme.dim
        )
      ]
    )
    return Overlays.field(
      value,
      label: "target: ",
      row: inner.endRow - 1,
      in: inner,
      into: &buffer
    )
  }
}
