import MaturityCore
import TerminalUI

/// A window drawn over a wizard screen that takes the keys while open, in
/// one file: its state, its key table (footer and `?` help), how it
/// handles a key and how it is drawn. It is shown as a case of ``WizardModel/Overlay`` holding
/// it, listed in ``WizardModel/Overlay/window``.
protocol WizardWindow: Sendable {
  /// Handles `key` on `model`, whose overlay is this window: sets
  /// `model.overlay` to its next state (`nil` closes it; Esc closes it
  /// through `cancelOverlay`, the one Esc rule).
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect]
  /// Draws it over the screen (its footer or title line from its table);
  /// returns where the text cursor goes, if it takes text.
  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)?
}

extension WizardModel.Overlay {
  /// The open window (`nil` for the two prompts without state, which the
  /// model answers itself).
  var window: (any WizardWindow)? {
    switch self {
    case .help(let window): window
    case .jump(let window): window
    case .note(let window): window
    case .saveAs(let window): window
    case .notApplicable(let window): window
    case .votes(let window): window
    case .agree(let window): window
    case .evidence(let window): window
    case .target(let window): window
    case .action(let window): window
    case .participants(let window): window
    case .confirmQuit, .readOnly: nil
    }
  }
}

extension WizardModel {
  /// Saves what a window holds as `edits`: applied, the window closes and
  /// the save's effects are returned; refused (`nil`), it stays open with
  /// what was typed, and the status line says why.
  mutating func saveWindow(_ edits: [SessionEdit], now: Timestamp) -> [WizardEffect]? {
    guard let effects = apply(edits, now: now) else { return nil }
    overlay = nil
    return effects
  }
}
