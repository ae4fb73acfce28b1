import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// Fixtures for the workshop tests: sessions with named participants and a
/// timebox.
enum Workshop {
  /// A wizard whose session names `participants` (and, optionally, a
  /// timebox in minutes per section).
  static func model(
    participants: [String] = ["Ana", "Bo", "Chen"],
    frameworks: [String] = BankLoader.bundledOrder,
    timeboxMinutes: Int? = nil
  ) -> WizardModel {
    var session = Wizard.session(frameworks: frameworks)
    session.participants = participants
    session.timeboxMinutes = timeboxMinutes
    return WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
  }

  /// The id of the option of the current question chosen by `key`.
  static func optionID(_ model: WizardModel, key: Character) -> String? {
    Wizard.option(model, key: key)?.id
  }
}

extension WizardModel {
  /// Opens the vote overlay on the current question and records one vote
  /// per key, participant by participant; returns every effect.
  @discardableResult
  mutating func vote(_ keys: Character...) -> [WizardEffect] {
    press(.character("v")) + press(keys.map { Key.character($0) })
  }
}
