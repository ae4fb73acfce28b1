import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// Baselines of the overlays (`Snapshots/overlay-*.txt`).
@Suite("Overlay snapshots")
struct OverlaySnapshotTests {
  static let sizes = [Wizard.standard, Wizard.wide]

  /// A model with two answers and a failed save.
  private func failedModel() -> WizardModel {
    var model = Wizard.model()
    model.press(.character("2"), .character("1"))
    model.send(.saveFailed("\(Wizard.path): cannot write: No space left on device"))
    return model
  }

  @Test(arguments: sizes)
  func help(size: Size) {
    var model = Wizard.model()
    model.press(.character("?"))
    assertSnapshot(Wizard.screen(model, size), named: "overlay-help-\(size)")
  }

  @Test(arguments: sizes)
  func jumpWithAFilter(size: Size) {
    var model = Wizard.model()
    model.press(.character("g"))
    model.type("valid")
    model.press(.down)
    assertSnapshot(Wizard.screen(model, size), named: "overlay-jump-\(size)")
  }

  @Test(arguments: sizes)
  func noteEditorWithAccentsAndCJK(size: Size) {
    var model = Wizard.model()
    model.press(.down, .character("n"))
    model.type("Équipe café: über-müde après le déploiement.")
    model.press(.enter)
    model.type("日本語のメモ: データ検証は手動")
    assertSnapshot(Wizard.screen(model, size), named: "overlay-note-\(size)")
  }

  @Test(arguments: sizes)
  func confirmQuit(size: Size) {
    var model = failedModel()
    model.press(.character("q"))
    assertSnapshot(Wizard.screen(model, size), named: "overlay-confirm-quit-\(size)")
  }

  @Test(arguments: sizes)
  func saveAs(size: Size) {
    var model = failedModel()
    model.press(.character("q"), .character("w"))
    assertSnapshot(Wizard.screen(model, size), named: "overlay-save-as-\(size)")
  }
}
