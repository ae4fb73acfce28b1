import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

@Suite("Workshop: votes and agreement")
struct WorkshopVoteTests {
  @Test func eachParticipantsVoteIsStoredAndSavedAndTheRowAdvances() throws {
    var model = Workshop.model()
    let id = model.currentID
    let one = try #require(Workshop.optionID(model, key: "1"))
    let two = try #require(Workshop.optionID(model, key: "2"))

    model.press(.character("v"))
    #expect(model.overlay == .votes(VotesWindow(id: id, row: 0)))
    let first = model.press(.character("1"))
    #expect(first.saves.count == 1)
    #expect(model.overlay == .votes(VotesWindow(id: id, row: 1)))
    let second = model.press(.character("2"))
    #expect(second.saves.count == 1)
    #expect(model.overlay == .votes(VotesWindow(id: id, row: 2)))
    let third = model.press(.character("1"))
    #expect(third.saves.count == 1)
    // Past the last voter: every voter has voted.
    #expect(model.overlay == .votes(VotesWindow(id: id, row: 3)))

    #expect(model.session.answers[id]?.votes == ["Ana": one, "Bo": two, "Chen": one])
    #expect(third.saves.first?.session.answers[id]?.votes.count == 3)
    #expect(model.session.value(of: id) == nil)
  }

  @Test func theSpreadCountsVotesPerOptionAndSaysTheyDisagree() {
    var model = Workshop.model()
    model.vote("1", "2", "1")
    let pane = Wizard.paneText(Wizard.screen(model))
    let screen = Wizard.screen(model)

    #expect(screen.contains("votes disagree"))
    #expect(screen.contains("1 a 2 "))
    #expect(screen.contains("2 c 1 "))
    #expect(!pane.isEmpty)
  }

  @Test func theSpreadSaysTheVotesAgreeWhenTheyAreEqual() {
    var model = Workshop.model()
    model.vote("2", "2", "2")
    let screen = Wizard.screen(model)

    #expect(screen.contains("votes agree"))
    #expect(!screen.contains("votes disagree"))
    #expect(screen.contains("2 c 3 "))
  }

  @Test func theVoteOverlayWithDisagreeingVotesLooksRight() {
    var model = Workshop.model()
    model.vote("1", "2", "1")
    assertSnapshot(Wizard.screen(model), named: "workshop-votes-80x24")
  }

  @Test func enterProposesTheMajorityOption() throws {
    var model = Workshop.model()
    let id = model.currentID
    let three = try #require(Workshop.optionID(model, key: "3"))
    model.vote("3", "2", "3")

    model.press(.enter)

    guard case .agree(let agreeIDWindow) = model.overlay else {
      Issue.record("expected the agree overlay, got \(String(describing: model.overlay))")
      return
    }
    let agreeID = agreeIDWindow.id
    let option = agreeIDWindow.option
    let field = agreeIDWindow.focus
    #expect(agreeID == id)
    #expect(option == three)
    #expect(field == .answer)
  }

  @Test func aTiedVoteProposesTheLessMatureOption() throws {
    var model = Workshop.model()
    let two = try #require(Workshop.optionID(model, key: "2"))
    model.vote("3", "2")

    model.press(.enter)

    guard case .agree(let optionWindow) = model.overlay else {
      Issue.record("expected the agree overlay")
      return
    }
    let option = optionWindow.option
    #expect(option == two)
  }

  @Test func leftAndRightChangeTheProposedOption() throws {
    var model = Workshop.model()
    let two = try #require(Workshop.optionID(model, key: "2"))
    let three = try #require(Workshop.optionID(model, key: "3"))
    let one = try #require(Workshop.optionID(model, key: "1"))
    model.vote("2", "2", "2")
    model.press(.enter)

    model.press(.right)
    guard case .agree(let rightWindow) = model.overlay else {
      Issue.record("expected the agree overlay")
      return
    }
    let right = rightWindow.option
    #expect(right == three)
    model.press(.left, .left)
    guard case .agree(let leftWindow) = model.overlay else {
      Issue.record("expected the agree overlay")
      return
    }
    let left = leftWindow.option
    #expect(left == one)
    // Before the least mature option comes N/A, and there it stops.
    model.press(.left, .left)
    guard case .agree(let clampedWindow) = model.overlay else {
      Issue.record("expected the agree overlay")
      return
    }
    let clamped = clampedWindow.option
    #expect(clamped == Answer.notApplicableValue)
    #expect(two != one)
  }

  @Test func anOptionKeyInTheAnswerFieldPicksThatOption() throws {
    var model = Workshop.model()
    let three = try #require(Workshop.optionID(model, key: "c"))
    model.vote("1", "1", "1")
    model.press(.enter)

    model.press(.character("c"))

    guard case .agree(let optionWindow) = model.overlay else {
      Issue.record("expected the agree overlay")
      return
    }
    let option = optionWindow.option
    #expect(option == three)
  }

  @Test func enterFromAnyFieldAgreesSavesAndMovesOn() throws {
    var model = Workshop.model()
    let id = model.currentID
    let start = model.current
    let three = try #require(Workshop.optionID(model, key: "3"))
    model.vote("1", "3", "2")
    model.press(.enter)  // proposes 1 (a three-way tie goes to the least mature)
    model.press(.right, .right)
    model.press(.tab)
    model.type("CI runs it nightly")
    model.press(.tab)
    model.type("Bo: only on main")

    let effects = model.press(.enter)

    #expect(model.overlay == nil)
    #expect(model.session.value(of: id) == three)
    #expect(model.session.answers[id]?.rationale == "CI runs it nightly")
    #expect(model.session.answers[id]?.dissent == "Bo: only on main")
    #expect(effects.saves.count == 1)
    #expect(effects.saves.first?.session.value(of: id) == three)
    #expect(model.current == start + 1)
  }

  @Test func aUnanimousVoteIsAgreedWithTwoEnters() throws {
    var model = Workshop.model()
    let id = model.currentID
    let two = try #require(Workshop.optionID(model, key: "2"))
    model.vote("2", "2", "2")

    let effects = model.press(.enter, .enter)

    #expect(model.overlay == nil)
    #expect(model.session.value(of: id) == two)
    #expect(effects.saves.count == 1)
  }

  @Test func answerKeysTypedAfterAgreeingNeverLandInTheDissent() throws {
    var model = Workshop.model()
    let id = model.currentID
    model.vote("2", "3", "2")
    model.press(.enter, .enter)
    // The facilitator goes on voting without opening the next grid.
    model.type("232")

    #expect(model.overlay == nil)
    #expect(model.session.value(of: id) != nil)
    #expect(model.session.answers[id]?.dissent == nil)
    #expect(model.session.answers[id]?.rationale == nil)
    // The keys answered the next questions instead, where they show.
    #expect(model.current == 4)
  }

  @Test func anExtraVoteKeyAfterTheLastVoterOverwritesNothing() throws {
    var model = Workshop.model()
    let id = model.currentID
    let two = try #require(Workshop.optionID(model, key: "2"))
    model.vote("1", "1", "2")

    let effects = model.press(.character("3"), .backspace, .character("0"))

    #expect(effects.isEmpty)
    #expect(model.session.answers[id]?.votes["Chen"] == two)
    #expect(Wizard.screen(model).contains("everyone has voted"))
    model.press(.down)
    #expect(model.overlay == .votes(VotesWindow(id: id, row: 3)))
    model.press(.up, .character("1"))
    #expect(model.session.answers[id]?.votes["Chen"] == Workshop.optionID(model, key: "1"))
  }

  @Test(arguments: ["3", "z"])
  func aKeyThatIsNoAnswerSaysSoInTheVoteGrid(key: Character) {
    var model = Workshop.model()
    model.press(.character("g"))
    model.type("azure.creation.compute")
    model.press(.enter)
    let id = model.currentID
    #expect(model.currentEntry?.question.options.count == 2)
    model.press(.character("v"))
    #expect(model.press(.character(key)).isEmpty)
    #expect(model.session.answers[id] == nil)
    #expect(model.overlay == .votes(VotesWindow(id: id, row: 0)))
    #expect(Wizard.screen(model).contains("\(key) is not an answer here: answers are 1-2 or a c"))
  }

  @Test func escapeInTheAgreeWindowGoesBackToTheVotesAndKeepsTheText() {
    var model = Workshop.model()
    model.vote("1", "1", "1")
    model.press(.enter, .tab)
    model.type("because")

    model.press(.escape)

    #expect(model.overlay == .votes(VotesWindow(id: model.currentID, row: 0)))
    #expect(model.session.answers[model.currentID]?.rationale == nil)
    #expect(Wizard.screen(model).contains("agreement not saved; Enter brings it back"))
    model.press(.enter)
    guard case .agree(let rationaleWindow) = model.overlay else {
      Issue.record("expected the agree overlay")
      return
    }
    let rationale = rationaleWindow.rationale
    #expect(rationale.text == "because")
  }

  @Test func typingInTheWhyFieldIsNotTakenAsAnOptionKey() throws {
    var model = Workshop.model()
    let id = model.currentID
    let one = try #require(Workshop.optionID(model, key: "1"))
    model.vote("1", "1", "1")
    model.press(.enter, .tab)
    model.type("abc 123")
    model.press(.enter)

    #expect(model.session.value(of: id) == one)
    #expect(model.session.answers[id]?.rationale == "abc 123")
  }

  @Test func leftInTheWhyFieldMovesTheCursorNotTheAnswer() throws {
    var model = Workshop.model()
    let two = try #require(Workshop.optionID(model, key: "2"))
    model.vote("2", "2", "2")
    model.press(.enter, .tab)
    model.type("ac")

    model.press(.left)
    model.type("b")

    guard case .agree(let optionWindow) = model.overlay else {
      Issue.record("expected the agree overlay")
      return
    }
    let option = optionWindow.option
    let rationale = optionWindow.rationale
    let field = optionWindow.focus
    #expect(field == .rationale)
    #expect(option == two)
    #expect(rationale.text == "abc")
  }

  @Test func theAgreeOverlayLooksRight() {
    var model = Workshop.model()
    model.vote("1", "2", "1")
    model.press(.enter, .tab)
    model.type("Nightly CI runs the checks")
    assertSnapshot(Wizard.screen(model), named: "workshop-agree-80x24")
  }

  @Test func afterAgreeingTheQuestionPaneShowsVotesWhyAndDissent() {
    var model = Workshop.model()
    model.vote("1", "2", "1")
    model.press(.enter, .tab)
    model.type("Nightly CI")
    model.press(.tab)
    model.type("Bo sees gaps")
    model.press(.enter)

    model.press(.character("b"))
    let pane = Wizard.paneText(Wizard.screen(model, Wizard.wide))
    let screen = Wizard.screen(model, Wizard.wide)

    #expect(screen.contains("Votes 1:2 2:1"))
    #expect(screen.contains("≠ disagree"))
    #expect(screen.contains("Why: Nightly CI"))
    #expect(screen.contains("Dissent: Bo sees gaps"))
    _ = pane
  }

  @Test func withoutVotesPlainAnsweringIsUnchanged() throws {
    var model = Workshop.model()
    let id = model.currentID
    let two = try #require(Workshop.optionID(model, key: "2"))

    let effects = model.press(.character("2"))

    #expect(model.overlay == nil)
    #expect(model.session.value(of: id) == two)
    #expect(model.session.answers[id]?.votes.isEmpty == true)
    #expect(model.current == 1)
    #expect(effects.saves.count == 1)
    #expect(model.discussionOrder.isEmpty)
  }

  @Test func withoutParticipantsTheVotersAreP1ToP5() {
    let model = Workshop.model(participants: [])
    #expect(model.voters == ["P1", "P2", "P3", "P4", "P5"])
  }
}
