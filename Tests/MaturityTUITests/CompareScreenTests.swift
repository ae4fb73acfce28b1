import Foundation
import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// The compare screen of `mlmaturity diff --tui`, driven key by key and
/// compared as text with stored snapshots.
@Suite("Compare screen: two sessions side by side")
struct CompareScreenTests {
  static let catalog: BankCatalog = {
    do {
      return try BankLoader.catalog()
    } catch {
      fatalError("the shipped banks do not load: \(error)")
    }
  }()

  static func session(_ name: String) throws -> Session {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/compare/\(name)").path
    return try SessionFile.load(path)
  }

  static func model(_ old: String = "before.json", _ new: String = "after.json") throws
    -> CompareModel
  {
    let diff = SessionDiff(old: try session(old), new: try session(new), catalog: catalog)
    return CompareModel(diff: diff, oldPath: old, newPath: new)
  }

  static func screen(_ model: CompareModel, _ columns: Int = 80, _ rows: Int = 24) -> String {
    CompareView.render(model, size: Size(columns: columns, rows: rows)).buffer.plainText
  }

  @Test func theFirstScreenShowsEachFrameworkOldAndNewSideBySide() throws {
    assertSnapshot(Self.screen(try Self.model()), named: "compare-80x24")
  }

  @Test func aWideScreenShowsMoreOfEachColumn() throws {
    assertSnapshot(Self.screen(try Self.model(), 120, 30), named: "compare-120x30")
  }

  @Test func anAnswerRowShowsItsNotesInTheDetailPane() throws {
    var model = try Self.model()
    let row = try #require(
      model.rows.firstIndex { $0.label == "Feature expectations are captured in a schema" }
    )
    for _ in 0..<row { _ = model.update(.character("j")) }
    #expect(model.selected == row)
    assertSnapshot(Self.screen(model), named: "compare-80x24-note")
  }

  @Test func differentBankVersionsAreTheFirstRowAndTheStatusLine() throws {
    let model = try Self.model("old-rubric.json", "before.json")
    #expect(model.rows.first?.label == "Bank versions differ: mlts 0.9.0 → 1.0.0")
    assertSnapshot(Self.screen(model), named: "compare-80x24-bank-versions")
  }

  @Test func downUpAndTheirLettersMoveOneRowAndStopAtTheEnds() throws {
    var model = try Self.model()
    _ = model.update(.up)
    #expect(model.selected == 0)
    _ = model.update(.down)
    _ = model.update(.character("j"))
    #expect(model.selected == 2)
    _ = model.update(.character("k"))
    #expect(model.selected == 1)
    _ = model.update(.end)
    _ = model.update(.down)
    #expect(model.selected == model.rows.count - 1)
  }

  @Test func pageKeysMoveTenRowsAndHomeAndEndGoToTheEnds() throws {
    var model = try Self.model()
    _ = model.update(.pageDown)
    #expect(model.selected == 10)
    _ = model.update(.pageUp)
    #expect(model.selected == 0)
    _ = model.update(.end)
    #expect(model.selected == model.rows.count - 1)
    _ = model.update(.home)
    #expect(model.selected == 0)
  }

  @Test(arguments: [Key.character("q"), .escape])
  func qAndEscapeGoBackToTheStartScreenWhenOpenedFromIt(key: Key) throws {
    let old = try Self.model()
    var model = CompareModel(diff: old.diff, oldPath: "a", newPath: "b", openedFromStart: true)
    #expect(model.update(key) == .back)
    #expect(Self.screen(model).hasSuffix("End move  q back"))
  }

  @Test func aHangupLeavesEvenWhenOpenedFromTheStartScreen() throws {
    let old = try Self.model()
    var model = CompareModel(diff: old.diff, oldPath: "a", newPath: "b", openedFromStart: true)
    #expect(model.update(.hangup) == .quit)
  }

  @Test(arguments: [Key.character("q"), .escape, .hangup])
  func quitKeysLeave(key: Key) throws {
    var model = try Self.model()
    #expect(model.update(key) == .quit)
  }

  @Test func otherKeysDoNothing() throws {
    var model = try Self.model()
    for key in [Key.character("x"), .tab, .timeout, .resize, .character("1")] {
      #expect(model.update(key) == nil)
    }
    #expect(model.selected == 0)
  }

  @Test func theSelectedRowStaysInViewWhenMovingDown() throws {
    var model = try Self.model()
    _ = model.update(.end)
    let screen = Self.screen(model)
    let last = try #require(model.rows.last)
    #expect(screen.contains(String(last.label.prefix(20))))
  }

  @Test func rowsFollowTheDiffFrameworksThenAnswers() throws {
    let model = try Self.model()
    let kinds = model.rows.map(\.kind)
    #expect(kinds.first == .framework)
    #expect(model.rows.filter { $0.kind == .answer }.count == model.diff.answers.count)
    let marks = model.rows.filter { $0.kind == .framework }.map(\.mark)
    #expect(marks == [.improved, .same, .improved])
  }

  @Test func theFooterUsesTheWizardsKeyLabels() throws {
    let screen = Self.screen(try Self.model())
    #expect(screen.hasSuffix(" ↑/k ↓/j/→ PgUp PgDn Home End move  q quit"))
  }

  @Test func aTooSmallTerminalSaysSo() throws {
    let screen = Self.screen(try Self.model(), 40, 10)
    #expect(screen.contains("terminal too small"))
  }

  @Test func textFromTheSessionsIsShownEscaped() throws {
    var old = try Self.session("before.json")
    old.team = "Evil\u{1B}]0;pwned\u{07}"
    let diff = SessionDiff(old: old, new: old, catalog: Self.catalog)
    let screen = Self.screen(CompareModel(diff: diff, oldPath: "a", newPath: "b"))
    #expect(!screen.contains("\u{1B}"))
    #expect(screen.contains("Evil^[]0;pwned^G"))
  }
}
