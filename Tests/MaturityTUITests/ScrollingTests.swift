import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// Scrolling panes stop at their content: scrolling on never empties a pane,
/// and the way back starts moving at once.
@Suite("Scrolling stops at the content")
struct ScrollingTests {
  @Test func pageDownScrollsAQuestionThatOverflows() {
    var model = Wizard.model()
    let before = Wizard.screen(model)
    model.press(.tab, .pageDown)
    let after = Wizard.screen(model)
    #expect(after != before)
    #expect(after.contains("○ 3 d"))
  }

  @Test func pageDownKeepsAQuestionThatFitsInView() {
    var model = Wizard.model()
    model.press(.tab, .pageDown, .pageDown, .pageDown)
    let screen = Wizard.screen(model, Wizard.wide)
    #expect(screen.contains("Data scientists  azure.people.data-scientists"))
    #expect(screen.contains("○ 1 a"))
  }

  @Test func scrollingTheScoresPastTheEndKeepsThemVisible() {
    var model = Wizard.model()
    model.press(.tab, .tab)
    model.press(Array(repeating: .down, count: 30))
    #expect(Wizard.screen(model, Wizard.wide).contains("MLTS  0.0"))
    // At 80x24 the panel overflows: its last line is in view.
    #expect(Wizard.screen(model).contains("MLTS → next 1:"))
  }

  @Test func downScrollsTheExplanationOneLine() {
    var model = Wizard.model()
    model.press(.character("s"), .enter)
    let before = Wizard.screen(model)
    model.press(.down)
    let after = Wizard.screen(model)
    #expect(after != before)
    #expect(!after.contains("Rule: each answer"))
  }

  // The scroll limits follow the screen size the runner sets, so ↑ never
  // has to undo ↓ presses that showed nothing.
  @Test(arguments: [Wizard.standard, Wizard.wide])
  func upMovesAtOnceAfterScrollingPastTheEndOfAnExplanation(size: Size) {
    var model = Wizard.model()
    model.screenSize = size
    model.press(.character("s"), .enter)
    model.press(Array(repeating: .down, count: 80))
    let bottom = Wizard.screen(model, size)
    model.press(.up)
    #expect(Wizard.screen(model, size) != bottom)
  }

  @Test func upMovesAtOnceAfterScrollingPastTheEndOfTheScores() {
    // At 60×16 even the grown, focused panel needs scrolling.
    let small = Size(columns: 60, rows: 16)
    var model = Wizard.model()
    model.screenSize = small
    model.press(.tab, .tab)
    model.press(Array(repeating: .down, count: 30))
    let bottom = Wizard.screen(model, small)
    model.press(.up)
    #expect(Wizard.screen(model, small) != bottom)
  }
}
