import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// Shared fixtures for the wizard tests: the real banks, a fixed clock, and
/// helpers that drive a model key by key and read its screen back as text.
enum Wizard {
  /// The shipped banks (Azure, Google, ML Test Score), as the binary loads
  /// them.
  static let catalog: BankCatalog = {
    do {
      return try BankLoader.catalog()
    } catch {
      fatalError("the shipped banks do not load: \(error)")
    }
  }()

  /// A fixed time: 2026-11-26T10:00:00Z.
  static let now = Timestamp(secondsSince1970: 1_795_687_200)

  /// Where the tests pretend the session is saved.
  static let path = "/tmp/wizard-tests/session.json"

  /// The conventional terminal size.
  static let standard = Size(columns: 80, rows: 24)
  /// A wide terminal: three-column layout.
  static let wide = Size(columns: 120, rows: 40)

  /// A fresh session over `frameworks` (all three by default).
  static func session(
    frameworks: [String] = BankLoader.bundledOrder,
    team: String = "Fraud Detection",
    system: String = "Card scoring"
  ) -> Session {
    let banks = frameworks.compactMap { catalog.bank($0) }
    var session = Session.new(banks: banks, now: now)
    session.team = team
    session.system = system
    return session
  }

  /// A wizard on a fresh session.
  static func model(
    frameworks: [String] = BankLoader.bundledOrder,
    team: String = "Fraud Detection",
    system: String = "Card scoring"
  ) -> WizardModel {
    WizardModel(
      session: session(frameworks: frameworks, team: team, system: system),
      path: path,
      catalog: catalog
    )
  }

  /// The whole screen of `model` as text.
  static func screen(_ model: WizardModel, _ size: Size = standard) -> String {
    WizardView.render(model, size: size).buffer.plainText
  }

  /// The text inside a full-width pane (rows framed by `│`), rows joined
  /// by spaces and runs of spaces collapsed, so wrapped text reads as one
  /// line.
  static func paneText(_ screen: String) -> String {
    screen.split(separator: "\n")
      .filter { $0.hasPrefix("│") && $0.hasSuffix("│") }
      .map { $0.dropFirst().dropLast() }
      .joined(separator: " ")
      .split(separator: " ")
      .joined(separator: " ")
  }

  /// The option of the current question chosen by `key`.
  static func option(_ model: WizardModel, key: Character) -> AnswerOption? {
    model.currentEntry?.question.option(forKey: key)
  }
}

extension WizardModel {
  /// Presses `keys` in order at the fixed time; returns every effect.
  @discardableResult
  mutating func press(_ keys: Key...) -> [WizardEffect] {
    press(keys)
  }

  /// Presses `keys` in order at the fixed time; returns every effect.
  @discardableResult
  mutating func press(_ keys: [Key]) -> [WizardEffect] {
    keys.flatMap { update(.key($0), now: Wizard.now) }
  }

  /// Types `text` character by character.
  @discardableResult
  mutating func type(_ text: String) -> [WizardEffect] {
    press(text.map { Key.character($0) })
  }

  /// Sends a non-key event at the fixed time.
  @discardableResult
  mutating func send(_ event: WizardEvent) -> [WizardEffect] {
    update(event, now: Wizard.now)
  }

  /// The id of the current question.
  var currentID: String { currentEntry?.question.id ?? "" }

  /// The same session opened in a read-only window (another mlmaturity
  /// holds the file).
  var readOnlyCopy: WizardModel {
    WizardModel(session: session, path: path, catalog: catalog, readOnly: true)
  }
}

extension [WizardEffect] {
  /// The sessions of the `.save` effects, in order.
  var saves: [(session: Session, path: String)] {
    compactMap {
      if case .save(let session, let path) = $0 { return (session, path) }
      return nil
    }
  }
}

extension Array where Element == FrameworkScore {
  /// Whether every framework has the same result as in `other`, in order.
  func sameResults(as other: [FrameworkScore]) -> Bool {
    count == other.count && zip(self, other).allSatisfy { $0.result.isEqual(to: $1.result) }
  }
}
