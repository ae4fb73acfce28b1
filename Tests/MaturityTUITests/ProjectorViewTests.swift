import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// The projector view (F5): the current question, its options and the live
/// spread, large, with the rest hidden; the usual keys work in it.
@Suite("Projector view")
struct ProjectorViewTests {
  static let room = Size(columns: 100, rows: 30)

  /// Five participants, four votes cast on the first question, projected.
  static func projected() -> WizardModel {
    var model = Workshop.model(participants: ["Ana", "Bo", "Chen", "Dara", "Eli"])
    model.vote("1", "2", "2", "0")
    model.press(.escape, .function(5))
    return model
  }

  @Test func f5TogglesTheProjectorView() {
    var model = Workshop.model()
    model.press(.function(5))
    #expect(model.projector)
    #expect(!Wizard.screen(model, Self.room).contains("Scores"))
    model.press(.function(5))
    #expect(!model.projector)
  }

  @Test func theProjectorShowsTheQuestionOptionsAndTheLiveSpread() throws {
    let model = Self.projected()
    let question = try #require(model.currentEntry?.question)
    let screen = Wizard.screen(model, Self.room)
    #expect(screen.contains(question.title))
    for (position, option) in question.options.enumerated() {
      #expect(screen.contains(" \(position + 1) \(option.key) "))
    }
    #expect(screen.contains("4 of 5 voted · 1 not applicable · ≠ the room disagrees"))
    // The index and the score panel are hidden.
    #expect(!screen.contains("Scores"))
    assertSnapshot(screen, named: "projector-100x30")
    assertSnapshot(Wizard.screen(model, Wizard.standard), named: "projector-80x24")
  }

  @Test(arguments: [WizardView.minimumSize, Wizard.standard])
  func everyOptionAndTheVoteSummaryFit(size: Size) throws {
    var model = Self.projected()
    for _ in 0..<model.entries.count {
      let screen = Wizard.screen(model, size)
      let question = try #require(model.currentEntry?.question)
      for (position, option) in question.options.enumerated() {
        #expect(screen.contains(" \(position + 1) \(option.key) "), "\(question.id)")
      }
      #expect(screen.contains(" voted"), "\(question.id)")
      model.press(.down)
    }
  }

  @Test func answerKeysAnswerAndMoveOnInTheProjector() throws {
    var model = Self.projected()
    let id = model.currentID
    let option = try #require(Wizard.option(model, key: "2"))

    model.press(.character("2"))

    #expect(model.session.value(of: id) == option.id)
    #expect(model.current == 1)
    #expect(model.projector)
  }

  @Test func upAndDownMoveBetweenQuestionsWhateverThePaneFocus() {
    var model = Workshop.model()
    model.press(.tab, .function(5))
    #expect(model.focus == .question)
    model.press(.down, .down, .up)
    #expect(model.current == 1)
  }

  @Test func votesRecordedInTheProjectorShowInItsBars() {
    var model = Workshop.model()
    model.press(.function(5))
    model.vote("1", "1")
    #expect(model.overlay == .votes(VotesWindow(id: model.currentID, row: 2)))
    model.press(.escape)
    #expect(Wizard.screen(model, Self.room).contains("2 of 3 voted · = the room agrees"))
  }

  @Test func aKeyThatDoesNothingSaysSoOnTheProjectorsLastLine() {
    var model = Workshop.model()
    model.press(.function(5), .character("!"))
    let last = Wizard.screen(model, Self.room).split(separator: "\n").last ?? ""
    #expect(last.contains("does nothing here"))
  }
}
