import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

@Suite("Moving between questions and panes")
struct NavigationTests {
  @Test(arguments: [Key.down, .character("j"), .right])
  func nextKeysMoveToTheNextQuestion(key: Key) {
    var model = Wizard.model()
    let effects = model.press(key)
    #expect(model.current == 1)
    #expect(effects.isEmpty)
    #expect(model.session.answers.isEmpty)
  }

  @Test(arguments: [Key.up, .character("k")])
  func previousKeysMoveToThePreviousQuestion(key: Key) {
    var model = Wizard.model()
    model.press(.down, .down, .down)
    model.press(key)
    #expect(model.current == 2)
  }

  @Test(arguments: [Key.character("b"), .backspace, .left])
  func backKeysReturnToThePreviousQuestion(key: Key) {
    var model = Wizard.model()
    model.press(.character("1"), .character("1"))
    #expect(model.current == 2)
    model.press(key)
    #expect(model.current == 1)
    #expect(model.session.answers.count == 2)
  }

  @Test func movingStopsAtBothEnds() {
    var model = Wizard.model()
    model.press(.up, .character("b"))
    #expect(model.current == 0)
    model.press(.end, .down, .right)
    #expect(model.current == model.totalCount - 1)
  }

  @Test func pageKeysMoveTenQuestionsAndClamp() {
    var model = Wizard.model()
    model.press(.pageDown)
    #expect(model.current == 10)
    model.press(.pageDown, .pageDown)
    #expect(model.current == 30)
    model.press(.pageUp)
    #expect(model.current == 20)
    model.press(.pageUp, .pageUp, .pageUp)
    #expect(model.current == 0)
    model.press(.end, .pageDown)
    #expect(model.current == 89)
  }

  @Test func homeAndEndGoToTheFirstAndLastQuestion() {
    var model = Wizard.model()
    model.press(.end)
    #expect(model.current == 89)
    #expect(model.currentEntry?.question.id.hasPrefix("mlts.monitor") == true)
    model.press(.home)
    #expect(model.current == 0)
    #expect(model.currentID == "azure.people.data-scientists")
  }

  @Test func theQuestionPaneFollowsTheCurrentQuestion() {
    var model = Wizard.model()
    #expect(Wizard.screen(model).contains("Azure MLOps maturity › People · 1/3"))
    model.press(.down)
    #expect(Wizard.screen(model).contains("Azure MLOps maturity › People · 2/3"))
    model.press(.end)
    let screen = Wizard.screen(model)
    #expect(screen.contains("ML Test Score › Monitoring Tests for ML · 7/7"))
  }

  @Test func tabCyclesTheFocusForwardAndShiftTabBackward() {
    var model = Wizard.model()
    #expect(model.focus == .index)
    model.press(.tab)
    #expect(model.focus == .question)
    model.press(.tab)
    #expect(model.focus == .scores)
    model.press(.tab)
    #expect(model.focus == .index)
    model.press(.backTab)
    #expect(model.focus == .scores)
    model.press(.backTab, .backTab)
    #expect(model.focus == .index)
  }

  @Test func enterInTheIndexFocusesTheQuestion() {
    var model = Wizard.model()
    let effects = model.press(.enter)
    #expect(effects.isEmpty)
    #expect(model.focus == .question)
    #expect(model.current == 0)
  }

  @Test func inTheQuestionPaneUpAndDownMoveTheOptionCursor() {
    var model = Wizard.model()
    model.press(.tab)
    let count = model.currentEntry?.question.options.count ?? 0
    #expect(count == 3)

    model.press(.down)
    #expect(model.optionCursor == 1)
    #expect(model.current == 0)
    model.press(.character("j"), .down, .down)
    #expect(model.optionCursor == count - 1)
    model.press(.up)
    #expect(model.optionCursor == count - 2)
    model.press(.character("k"), .up, .up)
    #expect(model.optionCursor == 0)
    #expect(model.current == 0)
  }

  @Test func enterInTheQuestionPaneChoosesTheHighlightedOption() throws {
    var model = Wizard.model()
    let first = model.currentID
    model.press(.tab, .down, .down)
    let option = try #require(model.currentEntry?.question.options[2])

    let effects = model.press(.enter)

    #expect(model.session.value(of: first) == option.id)
    #expect(effects.saves.count == 1)
    #expect(model.current == 1)
    #expect(model.focus == .question)
    #expect(model.optionCursor == 0)
  }

  @Test func theOptionCursorIsDrawnInReverseVideoOnlyInTheQuestionPane() throws {
    var model = Wizard.model()
    let options = try #require(model.currentEntry?.question.options)
    let first = String(options[0].label.prefix(20))
    let second = String(options[1].label.prefix(20))
    /// Whether the run holding `text` is drawn in reverse video.
    func reversed(_ text: String) -> Bool {
      let buffer = WizardView.render(model, size: Wizard.wide).buffer
      for row in 0..<Wizard.wide.rows {
        if let run = buffer.styledRuns(row: row).first(where: { $0.text.contains(text) }) {
          return run.style.reverse
        }
      }
      return false
    }
    #expect(!reversed(second))
    model.press(.tab, .down)
    #expect(reversed(second))
    #expect(!reversed(first))
    model.press(.tab)
    #expect(!reversed(second))
  }

  @Test func theOptionCursorStartsOnTheChosenAnswer() {
    var model = Wizard.model()
    model.press(.character("3"))
    model.press(.home)
    #expect(model.optionCursor == 2)
  }

  @Test func rightStillMovesToTheNextQuestionInTheQuestionPane() {
    var model = Wizard.model()
    model.press(.tab, .right)
    #expect(model.current == 1)
    #expect(model.focus == .question)
  }

  @Test func inTheScorePanelUpAndDownScrollTheScores() {
    var model = Wizard.model()
    // At 60×16 even the grown, focused panel needs scrolling.
    model.screenSize = Size(columns: 60, rows: 16)
    model.press(.tab, .tab)
    model.press(.down, .down)
    #expect(model.scoreScroll == 2)
    #expect(model.current == 0)
    model.press(.up, .up, .up)
    #expect(model.scoreScroll == 0)
  }

  @Test func pageKeysScrollTheQuestionPaneWhenItHasTheFocus() {
    var model = Wizard.model()
    model.press(.tab, .pageDown)
    #expect(model.questionScroll == 5)
    #expect(model.current == 0)
    model.press(.pageUp, .pageUp)
    #expect(model.questionScroll == 0)
  }

  @Test func movingResetsTheQuestionScroll() {
    var model = Wizard.model()
    model.press(.tab, .pageDown, .right)
    #expect(model.questionScroll == 0)
  }

  @Test func backOnTheFirstQuestionSaysSo() {
    var model = Wizard.model()
    model.press(.home, .character("b"))
    #expect(model.current == 0)
    #expect(model.message == "this is the first question")
  }
}
