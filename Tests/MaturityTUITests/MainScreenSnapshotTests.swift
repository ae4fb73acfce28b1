import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// Baselines of the questions screen (`Snapshots/main-*.txt`).
/// `RECORD_SNAPSHOTS=1 swift test --filter MaturityTUITests` re-records them.
@Suite("Main screen snapshots")
struct MainScreenSnapshotTests {
  static let sizes = [Wizard.standard, Wizard.wide]

  @Test(arguments: sizes)
  func freshSession(size: Size) {
    let model = Wizard.model()
    assertSnapshot(Wizard.screen(model, size), named: "main-fresh-\(size)")
  }

  @Test(arguments: sizes)
  func afterAFewAnswers(size: Size) {
    var model = Wizard.model()
    model.press(.character("3"), .character("2"), .character("c"), .character("2"))
    model.send(.saved(path: Wizard.path))
    assertSnapshot(Wizard.screen(model, size), named: "main-answered-\(size)")
  }

  @Test(arguments: sizes)
  func questionFocusWithTheOptionCursor(size: Size) {
    var model = Wizard.model()
    model.press(.character("1"))
    model.press(.tab, .down)
    assertSnapshot(Wizard.screen(model, size), named: "main-question-focus-\(size)")
  }

  @Test func theSmallestSupportedSize() {
    var model = Wizard.model()
    model.press(.character("2"))
    assertSnapshot(
      Wizard.screen(model, WizardView.minimumSize),
      named: "main-\(WizardView.minimumSize)"
    )
  }

  @Test(arguments: [Size(columns: 59, rows: 16), Size(columns: 10, rows: 3)])
  func tooSmall(size: Size) {
    let model = Wizard.model()
    let screen = Wizard.screen(model, size)
    assertSnapshot(screen, named: "too-small-\(size)")
    #expect(WizardView.isTooSmall(size))
  }

  @Test func tooSmallSaysWhatIsNeededAndHowToQuit() {
    let screen = Wizard.screen(Wizard.model(), Size(columns: 59, rows: 16))
    // Three centred lines, one after the other.
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.split(separator: " ").joined(separator: " ") }
      .filter { !$0.isEmpty }
    #expect(lines == ["terminal too small", "need 60×16, now 59×16", "q quits"])
  }

  @Test func sixtyBySixteenIsNotTooSmall() {
    #expect(!WizardView.isTooSmall(Size(columns: 60, rows: 16)))
    #expect(WizardView.isTooSmall(Size(columns: 60, rows: 15)))
  }
}
