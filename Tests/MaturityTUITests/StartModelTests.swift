import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// Fake recent sessions for the start screen.
enum Recent {
  static let sessions = [
    StartModel.RecentSession(
      path: "/data/sessions/2026-11-20-fraud-detection.json",
      title: "Fraud Detection · Card scoring",
      date: "2026-11-20",
      progress: (42, 91),
      problem: nil
    ),
    StartModel.RecentSession(
      path: "/data/sessions/2026-10-02-search.json",
      title: "Search · Ranking",
      date: "2026-10-02",
      progress: (91, 91),
      problem: nil
    ),
  ]
}

@Suite("Start screen list")
struct StartModelTests {
  private func start() -> StartModel {
    StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
  }

  @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 60, rows: 16)])
  func twoRoundsOfOneTeamOnOneDayAreToldApartByTheirFileNames(size: Size) {
    func round(_ file: String) -> StartModel.RecentSession {
      StartModel.RecentSession(
        path: "/data/sessions/\(file).json",
        title: "Fraud Detection · Card scoring",
        date: "2026-11-20",
        progress: (42, 91),
        problem: nil
      )
    }
    let model = StartModel(
      recent: [round("2026-11-20-fraud-detection-2"), round("2026-11-20-fraud-detection")],
      banks: Wizard.catalog.banks
    )
    let rows = StartView.render(model, size: size).buffer.plainText.split(separator: "\n")
      .filter { $0.contains("Fraud") }
    #expect(rows.count == 2)
    #expect(rows.first?.contains("tection-2") == true, "\(rows)")
    #expect(rows.first != rows.last)
  }

  @Test func compareOrdersByAssessmentDateNotByLastEditAndNamesBothDates() {
    // The March session was edited last, so it is listed first.
    let march = StartModel.RecentSession(
      path: "/s/march.json",
      title: "Fraud",
      date: "2026-03-10",
      createdAt: "2026-03-10T09:00:00Z",
      progress: (91, 91),
      problem: nil
    )
    let december = StartModel.RecentSession(
      path: "/s/december.json",
      title: "Fraud",
      date: "2026-12-01",
      createdAt: "2026-12-01T09:00:00Z",
      progress: (91, 91),
      problem: nil
    )
    for picks in [[1, 2], [2, 1]] {
      var model = StartModel(recent: [march, december], banks: Wizard.catalog.banks)
      var effect: StartModel.Effect?
      for row in picks {
        while model.selected != row { _ = model.update(model.selected < row ? .down : .up) }
        effect = model.update(.character("c"))
      }
      #expect(effect == .compare(old: "/s/march.json", new: "/s/december.json"))
      #expect(model.message?.contains("Fraud (2026-03-10) (old)") == true)
      #expect(model.message?.contains("Fraud (2026-12-01) (new)") == true)
    }
  }

  @Test func compareOnTheSameDateTakesTheEarlierCreatedAsOld() {
    let second = StartModel.RecentSession(
      path: "/s/afternoon.json",
      title: "B",
      date: "2026-03-10",
      createdAt: "2026-03-10T15:00:00Z",
      progress: nil,
      problem: nil
    )
    let first = StartModel.RecentSession(
      path: "/s/morning.json",
      title: "A",
      date: "2026-03-10",
      createdAt: "2026-03-10T09:00:00Z",
      progress: nil,
      problem: nil
    )
    // Listed morning first (edited last): the afternoon one is still newer.
    var model = StartModel(recent: [first, second], banks: Wizard.catalog.banks)
    _ = model.update(.down)
    _ = model.update(.character("c"))
    _ = model.update(.down)
    #expect(
      model.update(.character("c")) == .compare(old: "/s/morning.json", new: "/s/afternoon.json")
    )
  }

  @Test func theListStartsOnNewAssessment() {
    let model = start()
    #expect(model.selected == 0)
    #expect(model.form == nil)
    let screen = StartView.render(model, size: Wizard.standard).buffer.plainText
    #expect(screen.contains("+ New assessment"))
    #expect(screen.contains("Fraud Detection · Card scoring"))
    #expect(screen.contains("42/91 answered"))
  }

  @Test(arguments: [Key.down, .character("j"), .tab])
  func downKeysMoveTheSelectionAndStopAtTheLastSession(key: Key) {
    var model = start()
    #expect(model.update(key) == nil)
    #expect(model.selected == 1)
    _ = model.update(key)
    _ = model.update(key)
    #expect(model.selected == 2)
  }

  @Test(arguments: [Key.up, .character("k"), .backTab])
  func upKeysMoveTheSelectionAndStopAtTheTop(key: Key) {
    var model = start()
    _ = model.update(.end)
    #expect(model.selected == 2)
    _ = model.update(key)
    #expect(model.selected == 1)
    _ = model.update(key)
    _ = model.update(key)
    #expect(model.selected == 0)
  }

  @Test func homeAndEndJumpToTheEnds() {
    var model = start()
    _ = model.update(.end)
    #expect(model.selected == 2)
    _ = model.update(.home)
    #expect(model.selected == 0)
  }

  @Test func enterOnTheFirstRowOpensTheForm() {
    var model = start()
    #expect(model.update(.enter) == nil)
    #expect(model.form != nil)
    #expect(!model.formOnly)
    let screen = StartView.render(model, size: Wizard.standard).buffer.plainText
    #expect(screen.contains("New assessment"))
    #expect(screen.contains("[ Start ]"))
  }

  @Test func nOpensTheFormFromAnyRow() {
    var model = start()
    _ = model.update(.down)
    #expect(model.update(.character("n")) == nil)
    #expect(model.form != nil)
  }

  @Test func enterOnARecentSessionOpensIt() {
    var model = start()
    _ = model.update(.down)
    #expect(model.update(.enter) == .open(Recent.sessions[0].path))
    _ = model.update(.down)
    #expect(model.update(.right) == .open(Recent.sessions[1].path))
  }

  @Test(arguments: [Key.character("q"), .escape, .hangup])
  func quitKeysLeaveTheStartScreen(key: Key) {
    var model = start()
    #expect(model.update(key) == .quit)
  }

  @Test func withoutRecentSessionsTheListSaysSo() {
    let model = StartModel(recent: [], banks: Wizard.catalog.banks)
    let screen = StartView.render(model, size: Wizard.standard).buffer.plainText
    #expect(screen.contains("no saved sessions yet"))
  }

  @Test func anUnreadableSessionShowsItsProblem() {
    let broken = StartModel.RecentSession(
      path: "/data/sessions/broken.json",
      title: "broken.json",
      date: "",
      progress: nil,
      problem: "line 3, column 1: expected a value"
    )
    let model = StartModel(recent: [broken], banks: Wizard.catalog.banks)
    let screen = StartView.render(model, size: Wizard.wide).buffer.plainText
    #expect(screen.contains("broken.json"))
    #expect(screen.contains("expected a value"))
  }

  @Test func rStartsTheNextRoundOfTheSelectedSession() {
    var model = StartModel(
      recent: [
        StartModel.RecentSession(
          path: "/q3.json",
          title: "Fraud",
          date: "2026-09-01",
          progress: (90, 90),
          problem: nil
        )
      ],
      banks: []
    )
    #expect(model.update(.character("r")) == nil)
    #expect(model.message == "choose a saved session, then r to start its next round")
    model.update(.down)
    #expect(model.update(.character("r")) == .nextRound("/q3.json"))
  }
}
