import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// Nothing changes unseen: a terminal too small to show the wizard, and a
/// second, read-only window on a session another mlmaturity holds.
@Suite("Nothing changes unseen: too small, read-only")
struct ReadOnlyAndTooSmallTests {
  static let tiny = Size(columns: 50, rows: 12)

  @Test func keysOnTheTooSmallScreenChangeNothing() {
    var model = Wizard.model()
    model.screenSize = Self.tiny
    let before = model.session
    let effects = model.press(.character("3"), .character("?"), .character("s"), .enter, .tab)
    #expect(effects.isEmpty)
    #expect(model.session == before)
    #expect(model.overlay == nil)
    #expect(model.screen == .questions)
    #expect(model.focus == .index)
    #expect(model.current == 0)
    let screen = Wizard.screen(model, Self.tiny)
    #expect(screen.contains("terminal too small"))
    #expect(screen.contains("only q works at this size"))
  }

  @Test func qOnTheTooSmallScreenQuits() {
    var model = Wizard.model()
    model.screenSize = Self.tiny
    #expect(model.press(.character("q")) == [.quit])
  }

  @Test func aResizeBackShowsTheWizardAsItWas() {
    var model = Wizard.model()
    model.screenSize = Self.tiny
    model.press(.character("2"), .resize)
    model.screenSize = Wizard.standard
    #expect(model.session.answers.isEmpty)
    #expect(model.press(.character("2")).saves.count == 1)
  }

  private static func readOnly() -> WizardModel {
    WizardModel(
      session: Wizard.session(),
      path: Wizard.path,
      catalog: Wizard.catalog,
      readOnly: true
    )
  }

  @Test(arguments: [
    [Key.character("2")], [.character("0")], [.character("n")], [.character("e")],
    [.character("t")], [.character("u")], [.tab, .enter],
  ])
  func aReadOnlyWindowRefusesEditsAndOffersACopy(keys: [Key]) {
    var model = Self.readOnly()
    let before = model.session
    let effects = model.press(keys)
    #expect(effects.isEmpty)
    #expect(model.session == before)
    #expect(model.overlay == .readOnly)
    let screen = Wizard.screen(model)
    #expect(screen.contains("read-only"))
    #expect(screen.contains("w save a copy"))
  }

  @Test func votesInAReadOnlyWindowAreRefused() {
    var model = Self.readOnly()
    model.press(.character("v"))
    #expect(model.overlay == .votes(VotesWindow(id: model.currentID, row: 0)))
    #expect(model.press(.character("1")).isEmpty)
    #expect(model.overlay == .readOnly)
    #expect(model.session.answers.isEmpty)
  }

  @Test func wInTheReadOnlyPromptSavesACopyThatTakesEditsFromThen() {
    var model = Self.readOnly()
    model.press(.character("2"), .character("w"))
    guard case .saveAs(let window) = model.overlay, case let editor = window.path else {
      Issue.record("expected the save-as window, got \(String(describing: model.overlay))")
      return
    }
    #expect(editor.text == "/tmp/wizard-tests/session-copy.json")
    let saves = model.press(.enter).saves
    #expect(saves.map(\.path) == ["/tmp/wizard-tests/session-copy.json"])
    model.send(.saved(path: "/tmp/wizard-tests/session-copy.json"))
    #expect(!model.readOnly)
    #expect(model.path == "/tmp/wizard-tests/session-copy.json")
    #expect(model.press(.character("2")).saves.count == 1)
  }

  @Test func aCopyCannotBeSavedOverTheFileAnotherWindowHolds() {
    var model = Self.readOnly()
    model.press(.character("2"), .character("w"))
    // Back to the original path.
    model.press(Array(repeating: .backspace, count: "-copy.json".count))
    model.type(".json")
    #expect(model.press(.enter).isEmpty)
    #expect(model.readOnly)
    #expect(Wizard.screen(model).contains("choose another path"))
  }

  @Test func anyOtherKeyClosesTheReadOnlyPromptWithoutAChange() {
    var model = Self.readOnly()
    model.press(.character("2"), .escape)
    #expect(model.overlay == nil)
    #expect(model.session.answers.isEmpty)
    #expect(model.readOnly)
  }

  @Test func browsingAReadOnlyWindowStaysQuiet() {
    var model = Self.readOnly()
    model.press(.down, .down, .tab, .down, .character("s"))
    #expect(model.overlay == nil)
    #expect(model.screen == .page(SummaryPage(selected: 0)))
  }

  @Test func theReadOnlyPromptAt60x16ReadsWhole() {
    var model = Self.readOnly()
    model.press(.character("2"))
    assertSnapshot(Wizard.screen(model, Size(columns: 60, rows: 16)), named: "read-only-60x16")
  }
}

/// Keys that do nothing say so, so a facilitator never wonders whether a
/// key was taken.
@Suite("Idle keys give feedback")
struct IdleKeyFeedbackTests {
  private static func onTwoOptionQuestion() -> WizardModel {
    var model = Wizard.model()
    model.press(.character("g"))
    model.type("azure.creation.compute")
    model.press(.enter)
    return model
  }

  @Test func aDigitBeyondTheOptionsSaysWhichKeysAnswer() {
    var model = Self.onTwoOptionQuestion()
    let id = model.currentID
    #expect(model.press(.character("3")).isEmpty)
    #expect(model.currentID == id)
    #expect(Wizard.screen(model).contains("3 is not an answer here: answers are 1-2 or a c"))
  }

  @Test func anUnboundLetterSaysSo() {
    var model = Self.onTwoOptionQuestion()
    model.press(.character("z"))
    #expect(Wizard.screen(model).contains("z is not an answer here: answers are 1-2 or a c"))
  }

  @Test func anUnboundKeyOnTheSummarySaysSo() {
    var model = Wizard.model()
    model.press(.character("s"), .character("z"))
    #expect(Wizard.screen(model).contains("z does nothing here; ? lists the keys"))
  }

  @Test func aKeyThatIsNoAnswerInTheAgreeWindowSaysSo() {
    var model = Self.onTwoOptionQuestion()
    model.press(.character("v"), .character("1"), .enter)
    model.press(.character("3"))
    #expect(Wizard.screen(model).contains("3 is not an answer here"))
  }
}
