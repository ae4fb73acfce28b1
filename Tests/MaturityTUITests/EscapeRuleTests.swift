import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// One Esc rule in every window: Esc closes it and saves nothing; text
/// typed in it comes back when the same window is opened again.
@Suite("One Esc rule")
struct EscapeRuleTests {
  @Test func escInSaveAsKeepsThePathTypedAndWBringsItBack() {
    var model = Wizard.model()
    model.press(.character("2"))
    model.send(.saveFailed("cannot write \(Wizard.path): No space left on device"))
    model.press(.character("q"), .character("w"), .control("U"))
    model.type("/tmp/elsewhere.json")
    #expect(model.press(.escape).isEmpty, "Esc saves nothing")
    #expect(model.overlay == nil)
    #expect(model.message == "not saved elsewhere; w brings the path back")

    // The first q warns of the draft; the next asks, and w brings it back.
    model.press(.character("q"), .character("q"), .character("w"))
    #expect(model.overlay == .saveAs(SaveAsWindow(path: TextEditor(text: "/tmp/elsewhere.json"))))
  }

  @Test func theHelpStatesTheEscRuleAndListsEveryWindowsKeys() {
    let rows = WizardHelp.rows
    #expect(rows.contains { $0.0 == "Esc" && $0.1 == OverlayKeys.escapeRule })
    for name in [
      "summary", "explanation", "discussion", "actions", "note editor", "not applicable",
      "evidence", "target", "votes", "agree window", "action window", "participants",
      "participant name", "remove participant", "go to", "save to", "not saved",
      "read-only prompt",
    ] {
      #expect(rows.contains { $0.0 == name }, "help lists the \(name) keys")
    }
  }

  @Test func everyWindowFooterIsItsTable() {
    var model = Wizard.model()
    model.press(.character("n"))
    #expect(Wizard.screen(model).contains(NoteWindow.keys.hints(separator: " · ")))
  }
}
