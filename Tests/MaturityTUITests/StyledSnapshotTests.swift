import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// Baselines with styles (`Snapshots/styled-*.txt`): each row's text and,
/// under it, a letter per column naming the cell's style, so a lost
/// highlight, colour or emphasis shows as a difference too.
@Suite("Styled snapshots")
struct StyledSnapshotTests {
  @Test func theQuestionsScreenWithTheOptionCursor() {
    var model = Wizard.model()
    model.press(.character("1"))
    model.press(.tab, .down)
    let frame = WizardView.render(model, size: Wizard.standard)
    assertSnapshot(styledText(frame.buffer), named: "styled-main-question-focus-80x24")
  }

  @Test func theHelpOverlay() {
    var model = Wizard.model()
    model.press(.character("?"))
    let frame = WizardView.render(model, size: Wizard.standard)
    assertSnapshot(styledText(frame.buffer), named: "styled-help-80x24")
  }

  @Test func theStartScreenWithASelectedSession() {
    var model = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    _ = model.update(.down)
    let frame = StartView.render(model, size: Wizard.standard)
    assertSnapshot(styledText(frame.buffer), named: "styled-start-list-80x24")
  }
}
