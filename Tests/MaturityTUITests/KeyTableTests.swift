import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// The key tables of the screens: no key does two things, the footers are
/// generated from them, and the shared list state moves every list alike.
@Suite("Key tables and the shared list state")
struct KeyTableTests {
  /// Every table's keys, each with the table's name.
  static let tables: [(String, [[Key]])] = [
    ("start", ScreenKeys.start.rows.map(\.keys)),
    ("form", ScreenKeys.form.rows.map(\.keys)),
    ("compare", ScreenKeys.compare(leaving: "back").rows.map(\.keys)),
    ("summary", SummaryPage.keys.rows.map(\.keys)),
    ("explain", ExplanationPage.keys.rows.map(\.keys)),
    ("discussion", DiscussionPage.keys.rows.map(\.keys)),
    ("backlog", BacklogPage.keys.rows.map(\.keys)),
  ]

  @Test(arguments: tables.map(\.0))
  func noKeyIsBoundTwiceInATable(name: String) {
    let keys = Self.tables.first { $0.0 == name }?.1.flatMap { $0 } ?? []
    #expect(Set(keys).count == keys.count, "\(name) binds a key twice")
  }

  @Test func theFootersAreTheTablesHints() {
    var model = Wizard.model()
    model.press(.character("s"))
    #expect(Wizard.screen(model).hasSuffix(" " + SummaryPage.keys.hints()))
    model.press(.enter)
    #expect(Wizard.screen(model).hasSuffix(" " + ExplanationPage.keys.hints()))
    let start = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    let screen = StartView.render(start, size: Wizard.standard).buffer.plainText
    #expect(screen.hasSuffix(" " + ScreenKeys.start.hints()))
  }

  @Test func aListStopsAtBothEndsAndPagesByTen() {
    var list = ListState(count: 25)
    list.apply(.previous)
    #expect(list.selected == 0)
    list.apply(.pageDown)
    #expect(list.selected == 10)
    list.apply(.last)
    #expect(list.selected == 24)
    list.apply(.next)
    #expect(list.selected == 24)
    list.apply(.pageUp)
    #expect(list.selected == 14)
    list.apply(.first)
    #expect(list.selected == 0)
  }

  @Test func theVisibleWindowAlwaysHoldsTheSelection() {
    for selected in 0..<40 {
      let list = ListState(selected: selected, count: 40)
      #expect(list.visibleRange(height: 7).contains(selected))
      #expect(list.visibleRange(height: 7).count == 7)
    }
  }

  @Test func typingKeysAreNotListMovesWhereTextIsTyped() {
    var list = ListState(selected: 3, count: 10)
    let letter = list.handle(.character("j"), letters: false)
    #expect(!letter)
    let arrow = list.handle(.down, letters: false)
    #expect(arrow)
    #expect(list.selected == 4)
  }

  @Test func theStartScreenPagesAndJumpsToTheEnds() {
    let many = (0..<30).map { index in
      StartModel.RecentSession(
        path: "/s/\(index).json",
        title: "Team \(index)",
        date: "2026-01-01",
        progress: (0, 90),
        problem: nil
      )
    }
    var model = StartModel(recent: many, banks: Wizard.catalog.banks)
    _ = model.update(.pageDown)
    #expect(model.selected == 10)
    _ = model.update(.end)
    #expect(model.selected == 30)
    _ = model.update(.home)
    #expect(model.selected == 0)
  }

  @Test func theSummaryJumpsToTheLastFrameworkWithEnd() {
    var model = Wizard.model()
    model.press(.character("s"), .end)
    #expect(model.screen == .page(SummaryPage(selected: 2)))
    model.press(.home)
    #expect(model.screen == .page(SummaryPage(selected: 0)))
  }
}
