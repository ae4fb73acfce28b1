import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// `u` names what it undid (found by a cold run: after removing a
/// participant it said only `undone: last change`).
@Suite("Undo names participant changes")
struct UndoParticipantTests {
  @Test func undoingARemovalNamesTheParticipantAndTheVotesComeBack() {
    var model = WorkshopParticipantsWizardTests.voted()
    let id = model.entries[0].question.id
    model.press(.character("P"), .down, .character("d"), .character("d"), .escape)
    #expect(model.session.participants == ["Ana", "Chen"])
    model.press(.character("u"))
    #expect(model.session.participants == ["Ana", "Bo", "Chen"])
    #expect(model.session.answers[id]?.votes["Bo"] != nil)
    #expect(model.message == "undone: removal of Bo; their votes are back")
  }

  @Test func undoingARenameNamesBothNames() {
    var model = WorkshopParticipantsWizardTests.voted()
    model.press(.character("P"), .down, .character("r"))
    model.press(Array(repeating: Key.backspace, count: 2) + "Bea".map { Key.character($0) })
    model.press(.enter, .escape)
    #expect(model.session.participants.contains("Bea"))
    model.press(.character("u"))
    #expect(model.message == "undone: renaming Bo to Bea")
  }
}
