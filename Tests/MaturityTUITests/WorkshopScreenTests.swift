import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

@Suite("Workshop: discussion, backlog and timebox")
struct WorkshopScreenTests {
  /// Votes on the first question (agreeing) and the second (disagreeing).
  static func votedModel() -> WizardModel {
    var model = Workshop.model()
    model.vote("2", "2", "2")
    model.press(.escape, .down)
    model.vote("1", "3", "1")
    model.press(.escape)
    model.press(.home)
    return model
  }

  @Test func theDiscussionListsTheDisagreeingQuestionFirst() {
    let model = Self.votedModel()
    #expect(model.discussionOrder == [1, 0])
  }

  @Test func theMostSplitRoomComesFirstNotTheWidestDistance() {
    var model = Workshop.model(participants: ["Ana", "Bo", "Chen", "Dara", "Eli"])
    // Four agree, one far away: 80 % share, distance 2.
    model.vote("1", "1", "1", "1", "3")
    model.press(.escape, .down)
    // Split two ways plus an n/a: 40 % share, distance 1.
    model.vote("1", "2", "1", "2", "0")
    model.press(.escape, .home)
    #expect(model.discussionOrder == [1, 0])
    model.press(.character("w"))
    let screen = Wizard.screen(model)
    #expect(screen.contains("40%   2/2/0/0 +1 n/a"))
    #expect(screen.contains("top: share of the most common answer"))
  }

  @Test func enterOnTheDiscussionJumpsToTheQuestion() {
    var model = Self.votedModel()
    model.press(.character("w"))
    #expect(model.screen == .page(DiscussionPage(selected: 0)))

    model.press(.enter)

    #expect(model.screen == .questions)
    #expect(model.current == 1)
  }

  @Test func theDiscussionScreenLooksRight() {
    var model = Self.votedModel()
    model.press(.character("w"))
    let screen = Wizard.screen(model)
    #expect(screen.contains("≠ "))
    #expect(screen.contains("= "))
    assertSnapshot(screen, named: "workshop-discussion-80x24")
  }

  /// An ML Test Score session with a target and some weak answers.
  static func backlogModel() -> WizardModel {
    var model = Workshop.model(frameworks: ["mlts"])
    model.press(.character("t"))
    model.type("2")
    model.press(.enter)
    model.press(.character("1"), .character("1"), .character("1"))
    return model
  }

  @Test func theBacklogListsTargetGapItemsFirst() throws {
    var model = Self.backlogModel()
    model.press(.character("l"))
    #expect(model.screen == .page(BacklogPage(selected: 0)))
    let items = model.backlog.items
    try #require(!items.isEmpty)
    #expect(items.first?.closesTargetGap == true)
    let firstOther = items.firstIndex { !$0.closesTargetGap } ?? items.count
    #expect(items[firstOther...].allSatisfy { !$0.closesTargetGap })
    #expect(Wizard.screen(model).contains("▲ "))
  }

  @Test func theBacklogListsTargetGapsFirstAcrossFrameworks() throws {
    // Weak Azure answers without an Azure target, and an ML Test Score target.
    var model = Workshop.model()
    model.press(.character("1"), .character("1"), .character("1"))
    model.press(.character("g"))
    model.type("mlts.data.")
    model.press(.enter, .character("t"))
    model.type("2")
    model.press(.enter, .character("l"))
    let items = model.backlogItems
    try #require(items.contains { !$0.closesTargetGap })
    #expect(items.first?.closesTargetGap == true)
    let firstOther = items.firstIndex { !$0.closesTargetGap } ?? items.count
    #expect(items[firstOther...].allSatisfy { !$0.closesTargetGap })
    // On screen too: no ▲ row below a row without one.
    let rows = Wizard.screen(model, Wizard.wide).split(separator: "\n")
      .filter { $0.contains("Azure: ") || $0.contains("Google: ") || $0.contains("MLTS: ") }
    let firstPlain = rows.firstIndex { !$0.contains("▲") } ?? rows.count
    #expect(firstPlain > 0)
    #expect(rows[firstPlain...].allSatisfy { !$0.contains("▲") })
  }

  @Test func enterOnTheBacklogRecordsOwnerAndDueDate() throws {
    var model = Self.backlogModel()
    model.press(.character("l"))
    let id = try #require(model.backlog.items.first?.questionID)
    model.press(.enter)
    guard case .action(let actionIDWindow) = model.overlay else {
      Issue.record("expected the action overlay")
      return
    }
    let actionID = actionIDWindow.id
    let field = actionIDWindow.focus
    #expect(actionID == id)
    #expect(field == .owner)
    model.type("Bo")
    model.press(.tab)
    model.type("2027-01-31")

    let effects = model.press(.enter)

    #expect(model.overlay == nil)
    #expect(model.session.answers[id]?.owner == "Bo")
    #expect(model.session.answers[id]?.due == "2027-01-31")
    #expect(effects.saves.count == 1)
    #expect(model.backlog.items.first { $0.questionID == id }?.owner == "Bo")
  }

  @Test func aBadDueDateIsRefused() throws {
    var model = Self.backlogModel()
    model.press(.character("l"))
    let id = try #require(model.backlog.items.first?.questionID)
    model.press(.enter)
    model.type("Bo")
    model.press(.tab)
    model.type("31/01/2027")

    let effects = model.press(.enter)

    #expect(effects.isEmpty)
    #expect(model.message?.contains("expected a date like 2026-11-26") == true)
    #expect(model.session.answers[id]?.owner == nil)
    guard case .action = model.overlay else {
      Issue.record("the action overlay closed")
      return
    }
  }

  @Test func quittingTheBacklogAfterAFailedSaveAsksFirst() {
    var model = Self.backlogModel()
    model.press(.character("l"))
    model.send(.saveFailed("disk full"))

    let effects = model.press(.character("q"))

    #expect(!effects.contains(.quit))
    #expect(model.overlay == .confirmQuit)
  }

  @Test func theBacklogScreenLooksRight() {
    var model = Self.backlogModel()
    model.press(.character("l"))
    assertSnapshot(Wizard.screen(model), named: "workshop-backlog-80x24")
  }

  @Test func theTimeboxCountsDownAndThenShowsTheOverrun() {
    var model = Workshop.model(timeboxMinutes: 10)
    model.press(.character("?"), .escape)
    #expect(Wizard.screen(model).contains("⏱ 10:00 left in section"))

    model.update(
      .key(.timeout),
      now: Timestamp(secondsSince1970: Wizard.now.secondsSince1970 + 660)
    )

    let screen = Wizard.screen(model)
    #expect(screen.contains("⏱ over by"))
    #expect(screen.contains("over by 1:00"))
  }

  @Test func comingBackToASectionGoesOnWithItsTimeboxInsteadOfRestarting() {
    var model = Workshop.model(timeboxMinutes: 10)
    let start = Wizard.now.secondsSince1970
    model.update(.key(.home), now: Timestamp(secondsSince1970: start))
    // 100 s in People, then to another section and back.
    model.update(.key(.end), now: Timestamp(secondsSince1970: start + 100))
    model.update(.key(.timeout), now: Timestamp(secondsSince1970: start + 130))
    #expect(Wizard.screen(model).contains("⏱ 9:30 left in section"))
    model.update(.key(.home), now: Timestamp(secondsSince1970: start + 160))
    #expect(Wizard.screen(model).contains("⏱ 8:20 left in section"))
  }
}
