import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// Every screen reads whole at 60×16, 80×24, 120×40 and 200×60: nothing a
/// facilitator needs is cut, and a pane with more below says so.
@Suite("Every screen reads whole")
struct ScreensReadWholeTests {
  static let sizes = [
    Size(columns: 60, rows: 16), Wizard.standard, Wizard.wide, Size(columns: 200, rows: 60),
  ]

  /// A workshop part-way: some answers, an N/A, targets, votes.
  static func workshopModel() -> WizardModel {
    var model = Workshop.model(participants: ["Ana", "Bo", "Chen", "Dara", "Eli"])
    model.press(.character("t"))
    model.type("3")
    model.press(.enter)
    model.press(.character("1"), .character("2"), .character("1"))
    model.press(.character("0"))
    model.type("no separate data engineers")
    model.press(.enter)
    return model
  }

  /// The model on the first ML Test Score question, with an MLTS target.
  static func onMLTS(_ model: WizardModel) -> WizardModel {
    var model = model
    model.press(.character("g"))
    model.type("mlts.data.")
    model.press(.enter, .character("t"))
    model.type("4")
    model.press(.enter)
    return model
  }

  @Test(arguments: sizes)
  func theGapLinesOfTheScorePanelAreWrappedNotCut(size: Size) {
    var model = Self.onMLTS(Self.workshopModel())
    model.screenSize = size
    model.press(.tab, .tab)
    let screen = Wizard.screen(model, size)
    #expect(!screen.contains("→ target 4: Model specs are rev…"))
    assertSnapshot(screen, named: "reads-whole-scores-focused-\(size)")
  }

  /// The score panel's frame on `screen`: its width and height in cells.
  static func scorePanel(_ screen: String) -> (columns: Int, rows: Int)? {
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    guard let top = rows.firstIndex(where: { String($0).contains("┌─ Scores") }),
      let left = String(rows[top]).range(of: "┌─ Scores")
    else { return nil }
    let column = String(rows[top])[..<left.lowerBound].count
    let width = rows[top][column...].firstIndex(of: "┐").map { $0 - column + 1 } ?? 0
    let bottom = rows[top...].firstIndex { $0.count > column && $0[column] == "└" } ?? top
    return (width, bottom - top + 1)
  }

  @Test func theScorePanelGrowsWithTheTerminal() throws {
    let model = Self.onMLTS(Self.workshopModel())
    let wide = try #require(Self.scorePanel(Wizard.screen(model, Size(columns: 200, rows: 60))))
    #expect(wide.columns > 40)
    let tall = try #require(Self.scorePanel(Wizard.screen(model, Size(columns: 80, rows: 40))))
    #expect(tall.rows > 11)
  }

  @Test func aFocusedScorePanelShowsItsLinesWholeAt80x24() {
    var model = Self.onMLTS(Self.workshopModel())
    model.press(.tab, .tab)
    let screen = Wizard.screen(model)
    #expect(screen.contains("MLTS → target 4: Features adhere to meta-level"))
    #expect(screen.contains("and 14 more"))
    #expect(!screen.contains("more ↓ (↓, PgDn)"))
  }

  @Test(arguments: sizes)
  func theIndexUsesShortSectionNamesAndThePaneTitleKeepsItsCounter(size: Size) {
    var model = Self.workshopModel()
    model.press(.character("g"))
    model.type("google.")
    model.press(.enter)
    let screen = Wizard.screen(model, size)
    #expect(!screen.contains("Level 1: ML pipeline au…"))
    #expect(screen.contains(" · 1/6 "))
    assertSnapshot(screen, named: "reads-whole-google-\(size)")
  }

  @Test func indexCountersCountNotApplicableAsTheHeaderDoes() {
    let model = Self.workshopModel()
    let screen = Wizard.screen(model, Wizard.wide)
    // Data collection is not applicable: it counts as done, as in the header.
    #expect(screen.contains(" Model creation 1/5"))
    #expect(screen.contains(" 4/90 "))
  }

  @Test(arguments: sizes)
  func theNotApplicableWindowShowsItsExplanationWhole(size: Size) {
    var model = Self.workshopModel()
    model.press(.character("0"))
    model.type("we score in batch once a month, so there is no online serving to speak of")
    let screen = Wizard.screen(model, size)
    #expect(screen.contains("not met"))
    assertSnapshot(screen, named: "reads-whole-not-applicable-\(size)")
  }

  @Test func aNotApplicableReasonWrapsAtTheWholePaneWidth() throws {
    var model = Wizard.model()
    model.press(.character("0"))
    model.type("we score in batch once a month, so there is no online serving to speak of at all")
    model.press(.enter, .character("b"), .tab, .pageDown)
    let rows = Wizard.screen(model).split(separator: "\n").map(String.init)
    let first = try #require(rows.firstIndex { $0.contains("– Not applicable: ") })
    // The question pane starts after the index pane (22 columns) and its
    // frame; the continuation line fills the pane (53 columns), not the 37
    // left after the prefix.
    let pane = rows[first + 1].dropFirst(24).dropLast()
    let text = pane.trimmingCharacters(in: .whitespaces)
    #expect(text.count > 40, "continuation: \(text)")
  }

  @Test(arguments: sizes)
  func howComputedSaysMoreBelow(size: Size) {
    var model = Self.workshopModel()
    model.screenSize = size
    model.press(.character("s"), .down, .down, .enter)
    let screen = Wizard.screen(model, size)
    if size.rows < 40 { #expect(screen.contains("more ↓")) }
    assertSnapshot(screen, named: "reads-whole-explain-mlts-\(size)")
  }

  @Test(arguments: sizes)
  func theBacklogPutsTargetGapsFirst(size: Size) {
    var model = Self.onMLTS(Self.workshopModel())
    model.press(.character("l"))
    assertSnapshot(Wizard.screen(model, size), named: "reads-whole-backlog-\(size)")
  }

  @Test(arguments: sizes)
  func theDiscussionListHasALegend(size: Size) {
    var model = Self.workshopModel()
    model.press(.home)
    model.vote("1", "1", "1", "1", "2")
    model.press(.escape, .down)
    model.vote("1", "2", "1", "2", "0")
    model.press(.escape, .down, .down)
    model.vote("1", "1", "1", "1", "1")
    model.press(.escape, .character("w"))
    assertSnapshot(Wizard.screen(model, size), named: "reads-whole-discussion-\(size)")
  }

  @Test(arguments: sizes)
  func theQuestionPaneExplainsTheAnswerLetters(size: Size) {
    var model = Self.workshopModel()
    model.press(.home)
    assertSnapshot(Wizard.screen(model, size), named: "reads-whole-question-\(size)")
  }
}

@Suite("Answer keys read naturally")
struct AnswerLetterTests {
  @Test func theQuestionPaneSaysWhyLettersSkipBAndE() {
    var model = Wizard.model()
    model.press(.character("g"))
    model.type("azure.release.ownership")
    model.press(.enter)
    #expect(model.currentEntry?.question.options.map(\.key) == ["a", "c", "d", "f"])
    let pane = Wizard.screen(model, Size(columns: 200, rows: 60))
    #expect(
      pane.contains("Keys: 1-4 or a c d f (letters skip b and e: b goes back, e opens evidence)")
    )
  }

  @Test func mnemonicLettersNeedNoNote() {
    var model = Wizard.model()
    model.press(.character("g"))
    model.type("mlts.data.1")
    model.press(.enter)
    #expect(!Wizard.screen(model, Wizard.wide).contains("letters skip"))
  }

  @Test func partlyIsSpelledOutInHowGoogleWasComputed() {
    var model = Wizard.model(frameworks: ["google"])
    model.press(.character("2"))
    model.press(.character("s"), .enter)
    let screen = Wizard.screen(model, Wizard.wide)
    #expect(screen.contains("partly  Rapid experiment"))
    #expect(!screen.contains("prt"))
  }
}

/// The windows changed for the workshop, at every size.
@Suite("Workshop windows read whole")
struct WorkshopWindowSnapshotTests {
  @Test(arguments: ScreensReadWholeTests.sizes)
  func theVoteGridAfterTheLastVoter(size: Size) {
    var model = Workshop.model(participants: ["Ana", "Bo", "Chen", "Dara", "Eli"])
    model.vote("1", "2", "1", "3", "0")
    model.press(.character("2"))
    assertSnapshot(Wizard.screen(model, size), named: "reads-whole-votes-\(size)")
  }

  @Test(arguments: ScreensReadWholeTests.sizes)
  func theAgreeWindow(size: Size) {
    var model = Workshop.model(participants: ["Ana", "Bo", "Chen", "Dara", "Eli"])
    model.vote("1", "2", "1", "3", "0")
    model.press(.enter, .tab)
    model.type("two teams already pair on every model")
    assertSnapshot(Wizard.screen(model, size), named: "reads-whole-agree-\(size)")
  }

  @Test(arguments: ScreensReadWholeTests.sizes)
  func theReadOnlyPrompt(size: Size) {
    var model = WizardModel(
      session: Wizard.session(),
      path: Wizard.path,
      catalog: Wizard.catalog,
      readOnly: true
    )
    model.press(.character("2"))
    assertSnapshot(Wizard.screen(model, size), named: "reads-whole-read-only-\(size)")
  }
}
