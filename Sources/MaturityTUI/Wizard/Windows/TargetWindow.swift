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
