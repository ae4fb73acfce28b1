import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

@Suite("Summary and explanations")
struct SummaryTests {
  @Test func sOpensTheSummaryOnTheCurrentFramework() {
    var model = Wizard.model()
    model.press(.end)
    let effects = model.press(.character("s"))
    #expect(effects.isEmpty)
    #expect(model.screen == .page(SummaryPage(selected: 2)))
    let screen = Wizard.screen(model, Wizard.wide)
    #expect(screen.contains("Summary"))
    #expect(screen.contains("0 of 90 questions answered"))
  }

  @Test func theSummaryListsEveryFrameworkResult() {
    var model = Wizard.model()
    model.press(.character("s"))
    let screen = Wizard.screen(model, Wizard.wide)
    for score in model.scores {
      #expect(screen.contains(score.bank.name), "summary names \(score.bank.name)")
      #expect(screen.contains(score.rungName), "summary shows \(score.rungName)")
    }
  }

  @Test func theSummaryShowsEachFrameworksTargetNextToItsResult() {
    var model = Wizard.model()
    // Target level 2 for Azure (the first framework), none for the others.
    model.press(.character("t"))
    model.type("2")
    model.press(.enter, .character("s"))
    let screen = Wizard.paneText(Wizard.screen(model, Size(columns: 120, rows: 60)))
    // As the backlog page and `mlmaturity backlog` say it (cold test).
    #expect(screen.contains("Technology 0 Target: level 0 → target level 2: "))
    #expect(screen.contains("Target: level 0 → target level 1 (default): "))
  }

  @Test func upAndDownChooseAFrameworkAndStopAtTheEnds() {
    var model = Wizard.model()
    model.press(.character("s"), .down)
    #expect(model.screen == .page(SummaryPage(selected: 1)))
    model.press(.character("j"), .down, .down)
    #expect(model.screen == .page(SummaryPage(selected: 2)))
    model.press(.up, .character("k"), .up)
    #expect(model.screen == .page(SummaryPage(selected: 0)))
  }

  @Test(arguments: [
    (0, "Azure MLOps maturity"), (1, "Google Cloud MLOps levels"), (2, "ML Test Score"),
  ])
  func enterExplainsTheSelectedFramework(bank: Int, name: String) {
    var model = Wizard.model()
    model.press(.character("s"))
    model.press(Array(repeating: .down, count: bank))

    model.press(.enter)

    #expect(model.screen == .page(ExplanationPage(bank: bank, scroll: 0)))
    let screen = Wizard.screen(model, Wizard.wide)
    #expect(screen.contains("How was this computed: \(name)"))
    #expect(screen.contains("Source defines: "))
    #expect(screen.contains("Tool's reading: "))
  }

  @Test func escapeGoesFromTheExplanationToTheSummaryToTheQuestions() {
    var model = Wizard.model()
    model.press(.down, .down)
    model.press(.character("s"), .down, .enter)
    model.press(.escape)
    #expect(model.screen == .page(SummaryPage(selected: 1)))
    model.press(.escape)
    #expect(model.screen == .questions)
    #expect(model.current == 2)
  }

  @Test func theExplanationScrollsAndHomeReturnsToTheTop() {
    var model = Wizard.model()
    model.press(.character("s"), .enter)
    model.press(.down, .down, .pageDown)
    #expect(model.screen == .page(ExplanationPage(bank: 0, scroll: 12)))
    model.press(.up)
    #expect(model.screen == .page(ExplanationPage(bank: 0, scroll: 11)))
    model.press(.home)
    #expect(model.screen == .page(ExplanationPage(bank: 0, scroll: 0)))
  }

  @Test func sOnTheExplanationGoesStraightBackToTheQuestions() {
    var model = Wizard.model()
    model.press(.character("s"), .enter, .character("s"))
    #expect(model.screen == .questions)
  }

  @Test func qQuitsFromTheSummaryAndTheExplanation() {
    var model = Wizard.model()
    model.press(.character("s"))
    #expect(model.press(.character("q")) == [.quit])
    model.press(.enter)
    #expect(model.press(.character("q")) == [.quit])
  }

  @Test func theSummaryFooterNamesItsKeys() {
    var model = Wizard.model()
    model.press(.character("s"))
    let footer = WizardView.render(model, size: Wizard.standard).buffer.text(row: 23)
    #expect(footer.contains("Enter how was this computed"))
    #expect(footer.contains("q quit"))
  }

  @Test func theAzureExplanationMarksTheBlockingAnswerAt80Columns() {
    var model = Wizard.model()
    // Answer every Azure question with its most mature option but one.
    for _ in 0..<26 {
      let count = model.currentEntry?.question.options.count ?? 1
      model.press(.character(Character(String(count))))
    }
    model.press(.character("g"))
    model.type("scoring script")
    model.press(.enter, .character("1"))
    model.press(.character("s"), .enter)
    let wide = Wizard.screen(model, Wizard.wide)
    #expect(wide.contains("Scoring script"))
    #expect(wide.contains("<- holds it here"))

    var pages: [String] = []
    for _ in 0..<40 {
      pages.append(Wizard.paneText(Wizard.screen(model)))
      model.press(.down)
    }
    #expect(pages.contains { $0.contains("Scoring script <- holds it here") })
  }

  @Test(arguments: [
    (0, "a dimension is at the lowest level of its questions"),
    (1, "Recommended checks are counted but never hold a level"),
    (2, "the final score is the lowest section sum"),
  ])
  func theRuleTextIsReadableAt80Columns(bank: Int, phrase: String) {
    var model = Wizard.model()
    model.press(.character("s"))
    model.press(Array(repeating: .down, count: bank) + [.enter])
    #expect(Wizard.paneText(Wizard.screen(model)).contains(phrase))
  }
}
