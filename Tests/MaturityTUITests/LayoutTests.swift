import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// The screens fit the terminal: panes where they belong, nothing wider than
/// the screen, and the important text not cut off.
@Suite("Layout at the supported sizes")
struct LayoutTests {
  static let sizes = [WizardView.minimumSize, Wizard.standard, Wizard.wide]

  private func rows(_ screen: String) -> [String] {
    screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test(arguments: sizes)
  func noRowIsWiderThanTheScreen(size: Size) {
    var model = Wizard.model()
    model.press(.character("1"))
    for keys: [Key] in [[], [.character("?")], [.escape, .character("s")], [.enter], [.escape]] {
      model.press(keys)
      let screen = Wizard.screen(model, size)
      #expect(rows(screen).count == size.rows)
      for row in rows(screen) {
        #expect(DisplayWidth.of(row) <= size.columns, "\(row)")
      }
    }
  }

  @Test(arguments: [Wizard.standard, Wizard.wide])
  func framedRowsAreClosedOnBothSides(size: Size) {
    let screen = Wizard.screen(Wizard.model(), size)
    for row in rows(screen).dropFirst().dropLast(2) {
      #expect(row.first == "┌" || row.first == "│" || row.first == "└", "\(row)")
      #expect(row.last == "┐" || row.last == "│" || row.last == "┘", "\(row)")
      #expect(DisplayWidth.of(row) == size.columns)
    }
  }

  @Test func eightyColumnsPutTheIndexBesideTheQuestionAndScores() {
    let lines = rows(Wizard.screen(Wizard.model()))
    #expect(lines[1].hasPrefix("┌─ Questions"))
    #expect(lines[1].contains("┐┌─ Azure MLOps maturity › People · 1/3"))
    #expect(lines.contains { $0.contains("│┌─ Scores") })
    #expect(lines[21].hasPrefix("└") && lines[21].hasSuffix("┘"))
  }

  @Test func aHundredTwentyColumnsGiveThreeColumns() {
    let lines = rows(Wizard.screen(Wizard.model(), Wizard.wide))
    #expect(lines[1].components(separatedBy: "┌─").count - 1 == 3)
    #expect(lines[1].contains("┐┌─ Scores"))
    #expect(lines[37].components(separatedBy: "└").count - 1 == 3)
  }

  @Test func theSmallestSupportedSizeShowsTheCurrentOptions() {
    let screen = Wizard.screen(Wizard.model(), WizardView.minimumSize)
    #expect(screen.contains("○ 1 a"))
  }

  @Test(arguments: [WizardView.minimumSize, Wizard.wide])
  func theAzureScoreLineShowsEveryDimension(size: Size) {
    let screen = Wizard.screen(Wizard.model(), size)
    // Unanswered questions count as their least mature option: the people
    // questions' least mature options hold levels 1, 1 and 2.
    #expect(screen.contains("People 1 · Process 0 · Tech 0"))
  }

  @Test(arguments: [Wizard.standard, Wizard.wide])
  func theHelpWindowLeavesTheStatusBarAlone(size: Size) {
    var model = Wizard.model()
    let status = WizardView.render(model, size: size).buffer.text(row: size.rows - 2)
    model.press(.character("?"))
    let withHelp = WizardView.render(model, size: size).buffer.text(row: size.rows - 2)
    #expect(withHelp == status)
  }

  @Test func theSummaryAt80x24ShowsTheWeakestSectionOrSaysThereIsMore() {
    var model = Wizard.model()
    var position = 0
    while model.screen == .questions, let entry = model.currentEntry, position < 200 {
      let count = entry.question.options.count
      let choice = position % 6 == 0 ? 1 : (position % 6 == 1 ? max(1, count - 1) : count)
      model.press(.character(Character(String(choice))))
      position += 1
    }
    let screen = Wizard.screen(model)
    #expect(screen.contains("ML Test Score"))
    #expect(screen.contains("◀ weakest") || screen.contains("more ↓"))
  }

  @Test func theFormFooterFitsAt80Columns() {
    let model = StartModel(recent: [], banks: Wizard.catalog.banks, openForm: true)
    let footer = StartView.render(model, size: Wizard.standard).buffer.text(row: 23)
    #expect(footer.hasSuffix("Esc back"))
  }
}
