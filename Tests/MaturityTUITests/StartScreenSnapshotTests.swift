import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// Baselines of the start screen and the new-session form
/// (`Snapshots/start-*.txt`).
@Suite("Start screen snapshots")
struct StartScreenSnapshotTests {
  static let sizes = [Wizard.standard, Wizard.wide]

  @Test(arguments: sizes)
  func listWithRecentSessions(size: Size) {
    var model = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    _ = model.update(.down)
    let screen = StartView.render(model, size: size).buffer.plainText
    assertSnapshot(screen, named: "start-list-\(size)")
  }

  @Test(arguments: sizes)
  func newSessionForm(size: Size) {
    var model = StartModel(
      recent: [],
      banks: Wizard.catalog.banks,
      openForm: true,
      filePath: "/tmp/assessments/fraud.json"
    )
    for character in "Équipe Fraude" { _ = model.update(.character(character)) }
    _ = model.update(.tab)
    for character in "Card scoring 日本" { _ = model.update(.character(character)) }
    let screen = StartView.render(model, size: size).buffer.plainText
    assertSnapshot(screen, named: "start-form-\(size)")
  }
}
