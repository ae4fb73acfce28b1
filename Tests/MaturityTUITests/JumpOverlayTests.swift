import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

@Suite("The go-to overlay")
struct JumpOverlayTests {
  @Test(arguments: [Character("g"), "/"])
  func theJumpKeysOpenTheOverlayWithEveryQuestion(key: Character) {
    var model = Wizard.model()
    model.press(.character(key))
    #expect(model.overlay == .jump(JumpWindow(filter: TextEditor(), selected: 0)))
    #expect(model.jumpMatches("").count == model.totalCount)
    #expect(Wizard.screen(model).contains("Go to question"))
  }

  @Test func typingAnIdPartFiltersAsYouType() {
    var model = Wizard.model()
    model.press(.character("g"))
    model.type("mlts.mon")
    guard case .jump(let window) = model.overlay, case let filter = window.filter else {
      Issue.record("the jump overlay closed")
      return
    }
    #expect(filter.text == "mlts.mon")
    let matches = model.jumpMatches(filter.text)
    #expect(matches.count == 7)
    #expect(matches.allSatisfy { model.entries[$0].question.id.hasPrefix("mlts.monitor.") })
    let screen = Wizard.screen(model, Wizard.wide)
    #expect(screen.contains("mlts.monitor.1"))
    #expect(!screen.contains("azure.people.data-scientists"))
  }

  @Test func titleWordsMatchInAnyOrderAndCase() {
    let model = Wizard.model()
    let matches = model.jumpMatches("SKEW schema")
    #expect(matches.map { model.entries[$0].question.id } == ["google.l1.data-schema-validation"])
  }

  @Test func enterJumpsToTheHighlightedMatch() {
    var model = Wizard.model()
    model.press(.character("g"))
    model.type("schema skew")
    let effects = model.press(.enter)
    #expect(effects.isEmpty)
    #expect(model.overlay == nil)
    #expect(model.currentID == "google.l1.data-schema-validation")
    #expect(Wizard.screen(model).contains("Data validation: schema skew"))
  }

  @Test func downSelectsTheNextMatchBeforeEnter() {
    var model = Wizard.model()
    model.press(.character("g"))
    model.type("mlts.data")
    model.press(.down, .down, .up)
    model.press(.enter)
    #expect(model.currentID == "mlts.data.2")
  }

  @Test func escapeCancelsWithoutMoving() {
    var model = Wizard.model()
    model.press(.down, .down)
    model.press(.character("g"))
    model.type("mlts")
    let effects = model.press(.escape)
    #expect(effects.isEmpty)
    #expect(model.overlay == nil)
    #expect(model.current == 2)
  }

  @Test func lettersThatAreCommandsAreTypedIntoTheFilter() {
    var model = Wizard.model()
    model.press(.character("g"))
    let effects = model.type("quns")
    #expect(effects.isEmpty)
    #expect(model.overlay == .jump(JumpWindow(filter: TextEditor(text: "quns"), selected: 0)))
    #expect(model.session.answers.isEmpty)
  }

  @Test func aFilterWithoutMatchesSaysSoAndEnterStays() {
    var model = Wizard.model()
    model.press(.down)
    model.press(.character("g"))
    model.type("zzzz")
    #expect(Wizard.screen(model).contains("no question matches"))
    model.press(.enter)
    #expect(model.overlay == nil)
    #expect(model.current == 1)
  }

  @Test func theJumpKeyDoesNothingOnTheSummary() {
    var model = Wizard.model()
    model.press(.character("s"))
    #expect(model.screen == .page(SummaryPage(selected: 0)))
    model.press(.character("g"))
    #expect(model.overlay == nil)
  }

  @Test func backspaceWidensTheFilterAgain() {
    var model = Wizard.model()
    model.press(.character("g"))
    model.type("mlts.monx")
    #expect(model.jumpMatches("mlts.monx").isEmpty)
    model.press(.backspace)
    #expect(model.overlay == .jump(JumpWindow(filter: TextEditor(text: "mlts.mon"), selected: 0)))
  }
}
