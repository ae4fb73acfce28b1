import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// Baselines of the summary and the three explanations
/// (`Snapshots/summary-*.txt`, `Snapshots/explain-*.txt`).
@Suite("Summary snapshots")
struct SummarySnapshotTests {
  static let sizes = [Wizard.standard, Wizard.wide]

  /// Every question answered with varied options, then the summary.
  private func answeredModel() -> WizardModel {
    var model = Wizard.model()
    var position = 0
    while model.screen == .questions, let entry = model.currentEntry, position < 200 {
      let count = entry.question.options.count
      // Mostly the most mature option, with a few gaps to explain.
      let choice = position % 6 == 0 ? 1 : (position % 6 == 1 ? max(1, count - 1) : count)
      model.press(.character(Character(String(choice))))
      position += 1
    }
    model.send(.saved(path: Wizard.path))
    return model
  }

  @Test(arguments: sizes)
  func summary(size: Size) {
    let model = answeredModel()
    #expect(model.screen == .page(SummaryPage(selected: 0)))
    assertSnapshot(Wizard.screen(model, size), named: "summary-\(size)")
  }

  @Test(arguments: [(0, "azure"), (1, "google"), (2, "mlts")])
  func explanationAt80x24(bank: Int, id: String) {
    var model = answeredModel()
    model.press(Array(repeating: .down, count: bank) + [.enter])
    assertSnapshot(Wizard.screen(model, Wizard.standard), named: "explain-\(id)-80x24")
  }

  @Test(arguments: [(0, "azure"), (1, "google"), (2, "mlts")])
  func explanationAt120x40(bank: Int, id: String) {
    var model = answeredModel()
    model.press(Array(repeating: .down, count: bank) + [.enter])
    assertSnapshot(Wizard.screen(model, Wizard.wide), named: "explain-\(id)-120x40")
  }
}
