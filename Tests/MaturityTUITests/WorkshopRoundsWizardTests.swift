import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// Workshop rounds in the full-screen wizard: last round's answer accepted
/// with `=`, a unanimous vote agreed from the discussion list with `a`, and
/// a discussion list opened on merged pre-work.
@Suite("Workshop rounds in the wizard: last time, unanimous votes, merged pre-work")
struct WorkshopRoundsWizardTests {
  /// A next round of an ML Test Score session whose first question was
  /// answered with its second option and whose second was not applicable
  /// (``Session/nextRound(from:file:date:catalog:now:)`` is tested in the
  /// core).
  static func nextRound() throws -> WizardModel {
    var session = Wizard.session(frameworks: ["mlts"])
    let first = try #require(Wizard.catalog.bank("mlts")?.sections.first?.questions)
    session.previous = PreviousRound(
      file: "last-quarter.json",
      date: "2026-08-26",
      answers: [first[0].id: first[0].options[1].id, first[1].id: Answer.notApplicableValue],
      reasons: [first[1].id: "no features yet"]
    )
    return WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
  }

  @Test func anUnansweredQuestionShowsLastRoundsAnswer() throws {
    let model = try Self.nextRound()
    let label = try #require(model.currentEntry?.question.options[1].label)
    #expect(model.previousAnswerText(for: model.currentID) == label)
    let screen = Wizard.screen(model)
    #expect(screen.contains("last time (2026-08-26): \(label.prefix(20))"))
    assertSnapshot(screen, named: "rounds-last-time-80x24")
  }

  @Test func equalsAcceptsLastRoundsAnswerAndMovesOn() throws {
    var model = try Self.nextRound()
    let question = try #require(model.currentEntry?.question)

    let effects = model.press(.character("="))

    #expect(model.session.value(of: question.id) == question.options[1].id)
    #expect(model.current == 1)
    #expect(effects.saves.count == 1)
    // The answered question no longer offers last time.
    model.press(.up)
    #expect(!Wizard.paneText(Wizard.screen(model, Wizard.wide)).contains("last time"))
  }

  @Test func equalsAcceptsNotApplicableWithLastRoundsReason() throws {
    var model = try Self.nextRound()
    model.press(.down)
    #expect(model.previousAnswerText(for: model.currentID) == "not applicable: no features yet")
    #expect(Wizard.screen(model).contains("last time (2026-08-26): not applicable: no"))

    model.press(.character("="))

    let answer = try #require(model.session.answers[model.entries[1].question.id])
    #expect(answer.isNotApplicable)
    #expect(answer.notApplicableReason == "no features yet")
    #expect(model.current == 2)
  }

  @Test func equalsWithoutALastAnswerSaysSoAndStays() throws {
    var model = try Self.nextRound()
    model.press(.down, .down)
    #expect(model.press(.character("=")).isEmpty)
    #expect(model.current == 2)
    #expect(model.message?.contains("no answer last time (2026-08-26)") == true)

    var fresh = Wizard.model()
    #expect(fresh.press(.character("=")).isEmpty)
    #expect(fresh.message?.contains("not a next round") == true)
  }

  @Test func acceptingLastTimeIsUndoneByU() throws {
    var model = try Self.nextRound()
    let id = model.currentID
    model.press(.character("="))
    model.press(.character("u"))
    #expect(model.session.value(of: id) == nil)
  }

  @Test func acceptingLastTimeIsRefusedInAReadOnlyWindow() throws {
    var model = try Self.nextRound().readOnlyCopy
    #expect(model.press(.character("=")).isEmpty)
    #expect(model.overlay == .readOnly)
    #expect(model.session.value(of: model.currentID) == nil)
  }

  // MARK: - Discussion after a merge

  /// A workshop after `merge` of three pre-work files: everyone answered
  /// the first question alike, the second three ways.
  static func merged() throws -> WizardModel {
    var workshop = Wizard.session(frameworks: ["mlts"])
    workshop.participants = ["Ana", "Bo", "Chen"]
    let questions = try #require(Wizard.catalog.bank("mlts")?.sections.first?.questions)
    let (q0, q1) = (questions[0], questions[1])
    let inputs = ["Ana", "Bo", "Chen"].enumerated().map { position, name in
      var prework = Session.prework(
        for: name,
        from: workshop,
        file: "workshop.json",
        catalog: Wizard.catalog,
        now: Wizard.now
      )
      prework.answers[q0.id] = Answer(value: q0.options[1].id)
      prework.answers[q1.id] = Answer(value: q1.options[position].id)
      return PreworkMerge.Input(path: "\(name).json", session: prework)
    }
    let (session, report) = try PreworkMerge.merge(
      inputs,
      into: workshop,
      catalog: Wizard.catalog,
      now: Wizard.now
    )
    #expect(report.problems.isEmpty)
    return WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
  }

  @Test func theDiscussionAfterAMergeOpensOnTheMostSplitQuestion() throws {
    var model = try Self.merged()
    model.press(.character("w"))
    #expect(model.discussionOrder == [1, 0])
    assertSnapshot(Wizard.screen(model), named: "rounds-discussion-merged-80x24")
  }

  @Test func aAgreesOnAUnanimousVoteWithTheRationaleUnanimous() throws {
    var model = try Self.merged()
    let question = model.entries[0].question
    model.press(.character("w"), .down)

    let effects = model.press(.character("a"))

    let answer = try #require(model.session.answers[question.id])
    #expect(answer.value == question.options[1].id)
    #expect(answer.agreed == question.options[1].id)
    #expect(answer.rationale == WizardModel.unanimousRationale)
    #expect(effects.saves.count == 1)
    #expect(model.screen == .page(DiscussionPage(selected: 1)))
    #expect(Wizard.screen(model).contains("agreed"))
  }

  @Test func aOnASplitVoteAgreesNothingAndSaysWhy() throws {
    var model = try Self.merged()
    model.press(.character("w"))

    #expect(model.press(.character("a")).isEmpty)

    #expect(model.session.value(of: model.entries[1].question.id) == nil)
    #expect(model.message?.contains("the votes differ") == true)
    #expect(model.screen == .page(DiscussionPage(selected: 0)))
  }

  @Test func aUnanimousNotApplicableVoteAsksForAReasonInstead() throws {
    var model = Workshop.model(frameworks: ["mlts"])
    model.vote("0", "0", "0")
    model.press(.escape, .character("w"))

    #expect(model.press(.character("a")).isEmpty)

    #expect(model.session.value(of: model.entries[0].question.id) == nil)
    #expect(model.message?.contains("everyone voted n/a") == true)
  }

  @Test func aIsRefusedInAReadOnlyWindow() throws {
    var model = try Self.merged().readOnlyCopy
    model.press(.character("w"), .down)
    #expect(model.press(.character("a")).isEmpty)
    #expect(model.overlay == .readOnly)
    #expect(model.session.value(of: model.entries[0].question.id) == nil)
  }
}
