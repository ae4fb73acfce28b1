import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

@Suite("Undo")
struct UndoTests {
  @Test func undoRemovesAFirstAnswerGoesBackToItAndSaves() {
    var model = Wizard.model()
    model.press(.character("2"), .character("1"))
    let second = model.entries[1].question.id

    let effects = model.press(.character("u"))

    #expect(model.session.answers[second] == nil)
    #expect(model.current == 1)
    #expect(effects == [.save(model.session, path: Wizard.path)])
    #expect(model.message == "undone: \(second)")
    #expect(model.answeredCount == 1)
  }

  @Test func undoRestoresThePreviousAnswerWhenOneWasChanged() throws {
    var model = Wizard.model()
    let first = model.currentID
    let original = try #require(Wizard.option(model, key: "1"))
    model.press(.character("1"), .home, .character("3"))
    #expect(model.session.value(of: first) != original.id)

    model.press(.character("u"))

    #expect(model.session.value(of: first) == original.id)
    #expect(model.current == 0)
  }

  @Test func undoRestoresThePreviousNote() {
    var model = Wizard.model()
    let first = model.currentID
    model.press(.character("n"))
    model.type("first")
    model.press(.control("D"))
    model.press(.character("n"), .backspace, .backspace, .backspace, .backspace, .backspace)
    model.type("second")
    model.press(.control("D"))
    #expect(model.session.answers[first]?.note == "second")

    let effects = model.press(.character("u"))

    #expect(model.session.answers[first]?.note == "first")
    #expect(effects.saves.count == 1)
    #expect(effects.saves.first?.session.answers[first]?.note == "first")
  }

  @Test func undoKeepsTheNoteWhenItUndoesAnAnswer() {
    var model = Wizard.model()
    let first = model.currentID
    model.press(.character("n"))
    model.type("a note")
    model.press(.control("D"), .character("2"))

    model.press(.character("u"))

    #expect(model.session.answers[first]?.value == nil)
    #expect(model.session.answers[first]?.note == "a note")
  }

  @Test func undoStepsBackThroughEveryChangeInOrder() {
    var model = Wizard.model()
    model.press(.character("1"), .character("1"), .character("1"))
    model.press(.character("u"), .character("u"), .character("u"))
    #expect(model.session.answers.isEmpty)
    #expect(model.current == 0)
    #expect(model.undoStack.isEmpty)
  }

  @Test func undoWithNothingToUndoSaysSoAndDoesNotSave() {
    var model = Wizard.model()
    let effects = model.press(.character("u"))
    #expect(effects.isEmpty)
    #expect(model.message == "nothing to undo")
    #expect(Wizard.screen(model).contains("nothing to undo"))
  }

  @Test func undoRescoresTheLiveScores() {
    var model = Wizard.model()
    let before = model.scores
    model.press(.end)
    model.press(.character("3"))
    #expect(!model.scores.sameResults(as: before))
    model.press(.character("u"))
    #expect(model.scores.sameResults(as: before))
  }
}
