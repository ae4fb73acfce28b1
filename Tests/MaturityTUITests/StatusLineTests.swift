import Foundation
import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// A message on the status line is read whole at 80 columns: one too long
/// for its row goes on onto the hints row until the next key.
@Suite("Status line messages fit")
struct StatusLineTests {
  /// The last two rows of `screen`, trimmed and joined by a space.
  private func bottom(_ screen: String) -> String {
    screen.split(separator: "\n", omittingEmptySubsequences: false).suffix(2)
      .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }

  @Test func aLongWizardMessageWrapsOntoTheHintsRowAndTheHintsComeBack() {
    var model = Wizard.model()
    let text =
      "answered with older question banks: `mlmaturity upgrade "
      + "/home/facilitator/assessments/2026-11-20-fraud-detection-2.json` moves it"
    model.announce(text)
    #expect(bottom(Wizard.screen(model)) == text)

    model.press(.down)
    #expect(Wizard.screen(model).contains("? help"), "the next key brings the hints back")
  }

  @Test func aMessageLongerThanTwoRowsEndsWithAnEllipsis() {
    var model = Wizard.model()
    model.announce(String(repeating: "word ", count: 60))
    let rows = bottom(Wizard.screen(model, Size(columns: 60, rows: 16)))
    #expect(rows.hasSuffix("…"))
  }

  @Test func theStartScreensCompareMessageIsReadWholeAt80Columns() {
    var model = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    _ = model.update(.down)
    _ = model.update(.character("c"))
    let message = model.message ?? ""
    #expect(DisplayWidth.of(message) > 78, "a message longer than a row")
    #expect(bottom(StartView.render(model, size: Wizard.standard).buffer.plainText) == message)
  }

  @Test func aSavedStatusNamesTheFileWhenItsPathDoesNotFit() {
    let path = "/home/facilitator/assessments/fraud/2026-11-20-fraud-detection-2.json"
    var model = WizardModel(session: Wizard.session(), path: path, catalog: Wizard.catalog)
    model.press(.character("1"))
    model.send(.saved(path: path))
    let status = bottom(Wizard.screen(model))
    #expect(status.hasPrefix("saved 10:00:00 to 2026-11-20-fraud-detection-2.json"))
    #expect(status.contains("? help"), "a lasting status keeps the hints")
    #expect(bottom(Wizard.screen(model, Size(columns: 200, rows: 40))).contains("to \(path)"))
  }

  @Test func theCompareStatusNamesBothFilesWhenTheirPathsDoNotFit() {
    let folder = "/home/facilitator/assessments/fraud-detection/card-scoring"
    let diff = SessionDiff(old: Wizard.session(), new: Wizard.session(), catalog: Wizard.catalog)
    let model = CompareModel(
      diff: diff,
      oldPath: folder + "/2026-05-20-fraud-detection.json",
      newPath: folder + "/2026-11-20-fraud-detection.json"
    )
    let screen = CompareView.render(model, size: Wizard.standard).buffer.plainText
    #expect(
      screen.contains("old: 2026-05-20-fraud-detection.json  new: 2026-11-20-fraud-detection.json")
    )
  }
}
