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
}
