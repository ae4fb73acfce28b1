import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

@Suite("Answering with digits and letters")
struct AnsweringTests {
  @Test func aDigitRecordsTheOptionAtThatPositionAndAdvances() throws {
    var model = Wizard.model()
    let first = model.currentID
    let option = try #require(Wizard.option(model, key: "2"))

    let effects = model.press(.character("2"))

    #expect(model.session.value(of: first) == option.id)
    #expect(model.session.answers[first]?.answeredAt == Wizard.now.iso8601)
    #expect(model.current == 1)
    #expect(effects == [.save(model.session, path: Wizard.path)])
    #expect(model.saveState == .saving)
  }

  @Test func anOptionLetterRecordsThatOptionAndAdvances() throws {
    var model = Wizard.model()
    let first = model.currentID
    let option = try #require(Wizard.option(model, key: "d"))

    let effects = model.press(.character("d"))

    #expect(model.session.value(of: first) == option.id)
    #expect(option.key == "d")
    #expect(model.current == 1)
    #expect(effects.saves.count == 1)
    #expect(effects.saves.first?.session.value(of: first) == option.id)
  }

  @Test func theSaveEffectCarriesTheUpdatedSessionAndItsPath() {
    var model = Wizard.model()
    model.press(.character("1"))
    let effects = model.press(.character("2"))

    let save = effects.saves
    #expect(save.count == 1)
    #expect(save.first?.path == Wizard.path)
    #expect(save.first?.session.answers.count == 2)
    #expect(save.first?.session == model.session)
  }

  @Test func reChoosingTheSameAnswerDoesNotSaveButStillAdvances() {
    var model = Wizard.model()
    model.press(.character("2"))
    model.press(.home)
    let undoDepth = model.undoStack.count
    let before = model.session

    let effects = model.press(.character("2"))

    #expect(effects.isEmpty)
    #expect(model.session == before)
    #expect(model.current == 1)
    #expect(model.undoStack.count == undoDepth)
  }

  @Test func changingAnAnswerSavesTheNewValue() throws {
    var model = Wizard.model()
    let first = model.currentID
    model.press(.character("1"))
    model.press(.home)
    let option = try #require(Wizard.option(model, key: "3"))

    let effects = model.press(.character("3"))

    #expect(effects.saves.count == 1)
    #expect(model.session.value(of: first) == option.id)
  }

  @Test func aDigitBeyondTheOptionsIsIgnored() {
    var model = Wizard.model()
    let count = model.currentEntry?.question.options.count ?? 0
    #expect(count < 9)

    let effects = model.press(.character("9"))

    #expect(effects.isEmpty)
    #expect(model.current == 0)
    #expect(model.session.answers.isEmpty)
  }

  @Test func answeringKeepsAnExistingNote() {
    var model = Wizard.model()
    let first = model.currentID
    model.press(.character("n"))
    model.type("checked with the team")
    model.press(.control("D"))

    model.press(.character("1"))

    #expect(model.session.answers[first]?.note == "checked with the team")
    #expect(model.session.answers[first]?.value != nil)
  }

  @Test func answeringTheLastQuestionWithAllAnsweredOpensTheSummary() {
    var session = Wizard.session()
    let entries = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog).entries
    for entry in entries.dropLast() {
      session.setAnswer(entry.question.id, value: entry.question.options[0].id, now: Wizard.now)
    }
    var model = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
    #expect(model.current == entries.count - 1)

    let effects = model.press(.character("1"))

    #expect(effects.saves.count == 1)
    #expect(model.screen == .page(SummaryPage(selected: 0)))
    #expect(model.answeredCount == entries.count)
    let screen = Wizard.screen(model)
    #expect(screen.contains("Summary"))
    #expect(screen.contains("90 of 90 questions answered"))
  }

  @Test func answeringTheLastQuestionReturnsToTheFirstUnansweredOne() {
    var session = Wizard.session()
    let entries = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog).entries
    let skipped = 30
    for (index, entry) in entries.enumerated() where index != skipped && index != entries.count - 1
    {
      session.setAnswer(entry.question.id, value: entry.question.options[0].id, now: Wizard.now)
    }
    var model = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
    #expect(model.current == skipped)
    model.press(.end)

    model.press(.character("1"))

    #expect(model.screen == .questions)
    #expect(model.current == skipped)
    #expect(model.message == "back to the first unanswered question")
    #expect(Wizard.screen(model).contains("back to the first unanswered question"))
  }

  @Test func openingASessionStartsAtTheFirstUnansweredQuestion() {
    var session = Wizard.session()
    let entries = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog).entries
    for entry in entries.prefix(5) {
      session.setAnswer(entry.question.id, value: entry.question.options[0].id, now: Wizard.now)
    }

    let model = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)

    #expect(model.current == 5)
    #expect(model.answeredCount == 5)
  }

  @Test func theSavedEventShowsTheSaveTimeInTheStatusBar() {
    var model = Wizard.model()
    model.press(.character("1"))
    #expect(Wizard.screen(model).contains("saving to \(Wizard.path)"))

    let effects = model.send(.saved(path: Wizard.path))

    #expect(effects.isEmpty)
    #expect(model.saveState == .saved(Wizard.now))
    #expect(Wizard.screen(model).contains("saved 10:00:00 to \(Wizard.path)"))
  }

  @Test func theHeaderCountsAnswers() {
    var model = Wizard.model()
    #expect(Wizard.screen(model).contains(" 0/90 "))
    model.press(.character("1"), .character("1"), .character("1"))
    #expect(Wizard.screen(model).contains(" 3/90 "))
  }
}
