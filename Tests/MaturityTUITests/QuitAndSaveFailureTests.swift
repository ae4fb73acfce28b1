import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

@Suite("Quitting, failed saves and save-as")
struct QuitAndSaveFailureTests {
  /// A model with one answer whose save failed.
  private func failedModel() -> WizardModel {
    var model = Wizard.model()
    model.press(.character("2"))
    model.send(.saveFailed("cannot write \(Wizard.path): No space left on device"))
    return model
  }

  @Test func qQuits() {
    var model = Wizard.model()
    #expect(model.press(.character("q")) == [.quit])
  }

  @Test func aFailedSaveIsShownInTheStatusBar() {
    let model = failedModel()
    #expect(model.saveState == .failed("cannot write \(Wizard.path): No space left on device"))
    let size = Size(columns: 200, rows: 30)
    let status = WizardView.render(model, size: size).buffer.text(row: size.rows - 2)
    #expect(status.hasPrefix(" NOT SAVED: No space left on device"))
  }

  @Test func theQuitPromptShowsTheWholeError() throws {
    var model = failedModel()
    model.press(.character("q"))
    let screen = Wizard.screen(model, Wizard.wide)
    let error = "cannot write \(Wizard.path): No space left on device"
    // The window's rows from the one that opens the error, inside the borders.
    let rows = screen.split(separator: "\n").map(String.init)
    let first = try #require(rows.firstIndex { $0.contains("│ cannot write ") })
    let left = try #require(rows[first].range(of: "│ cannot write "))
    let column = rows[first].distance(from: rows[first].startIndex, to: left.lowerBound)
    let inside = rows[first...].prefix { $0.dropFirst(column).hasPrefix("│") }
      .map { $0.dropFirst(column + 1).prefix { $0 != "│" } }
    // The error starts its own line and reads in full, wrapped or not, before
    // the blank line that ends it.
    let text = inside.prefix { !$0.allSatisfy { $0 == " " } }
      .joined(separator: " ").split(separator: " ").joined(separator: " ")
    #expect(text == error)
    #expect(rows[first - 1].contains("The last save failed; your answers are only in memory."))
  }

  @Test(arguments: [Wizard.standard, Wizard.wide])
  func theFailedSaveStatusSaysHowToSaveElsewhereBeforeTheReason(size: Size) {
    let model = failedModel()
    let status = WizardView.render(model, size: size).buffer.text(row: size.rows - 2)
    #expect(status.contains("q then w saves elsewhere"))
  }

  @Test func afterAFailedSaveQAsksInsteadOfQuitting() {
    var model = failedModel()
    let effects = model.press(.character("q"))
    #expect(effects.isEmpty)
    #expect(model.overlay == .confirmQuit)
    let screen = Wizard.screen(model)
    #expect(screen.contains("Not saved"))
    #expect(screen.contains("The last save failed; your answers are only in memory."))
  }

  @Test func qAgainInTheConfirmationQuits() {
    var model = failedModel()
    model.press(.character("q"))
    #expect(model.press(.character("q")) == [.quit])
  }

  @Test func escapeInTheConfirmationStays() {
    var model = failedModel()
    model.press(.character("q"))
    #expect(model.press(.escape).isEmpty)
    #expect(model.overlay == nil)
  }

  @Test func wOpensSaveAsWithTheCurrentPath() {
    var model = failedModel()
    model.press(.character("q"), .character("w"))
    #expect(model.overlay == .saveAs(SaveAsWindow(path: TextEditor(text: Wizard.path))))
    let screen = Wizard.screen(model)
    #expect(screen.contains("Save to (Enter saves, Esc cancels)"))
    #expect(screen.contains("file: \(Wizard.path)"))
  }

  @Test func enterInSaveAsSavesTheSessionToTheNewPath() {
    var model = failedModel()
    model.press(.character("q"), .character("w"), .control("U"))
    model.type("  /tmp/elsewhere/copy.json ")

    let effects = model.press(.enter)

    #expect(effects == [.save(model.session, path: "/tmp/elsewhere/copy.json")])
    #expect(model.overlay == nil)
    #expect(model.saveState == .saving)
    #expect(model.path == Wizard.path)
  }

  @Test func aSuccessfulSaveAsSwitchesThePath() {
    var model = failedModel()
    model.press(.character("q"), .character("w"), .control("U"))
    model.type("/tmp/elsewhere/copy.json")
    model.press(.enter)

    model.send(.saved(path: "/tmp/elsewhere/copy.json"))

    #expect(model.path == "/tmp/elsewhere/copy.json")
    #expect(model.saveState == .saved(Wizard.now))
    #expect(Wizard.screen(model).contains("saved a copy to /tmp/elsewhere/copy.json"))
    let next = model.press(.character("1"))
    #expect(next.saves.map(\.path) == ["/tmp/elsewhere/copy.json"])
    #expect(model.press(.character("q")) == [.quit])
  }

  @Test func anEmptySaveAsPathSavesNothing() {
    var model = failedModel()
    model.press(.character("q"), .character("w"), .control("U"))
    model.type("   ")
    #expect(model.press(.enter).isEmpty)
    #expect(model.overlay == nil)
  }

  @Test func escapeInSaveAsCancels() {
    var model = failedModel()
    model.press(.character("q"), .character("w"))
    #expect(model.press(.escape).isEmpty)
    #expect(model.overlay == nil)
    #expect(model.path == Wizard.path)
  }

  @Test func quitRequestedQuitsAtOnce() {
    var model = Wizard.model()
    #expect(model.send(.quitRequested) == [.quit])
  }

  @Test func quitRequestedWhileEditingANoteSavesTheNoteFirst() {
    var model = Wizard.model()
    let id = model.currentID
    model.press(.character("n"))
    model.type("half-written thought")

    let effects = model.send(.quitRequested)

    #expect(model.session.answers[id]?.note == "half-written thought")
    #expect(effects == [.save(model.session, path: Wizard.path), .quit])
    #expect(model.overlay == nil)
  }

  @Test func aHangupBehavesLikeQuitRequested() {
    var model = Wizard.model()
    let id = model.currentID
    model.press(.character("n"))
    model.type("kept on hangup")

    let effects = model.press(.hangup)

    #expect(model.session.answers[id]?.note == "kept on hangup")
    #expect(effects == [.save(model.session, path: Wizard.path), .quit])
  }

  @Test func aHangupWithoutANoteJustQuits() {
    var model = Wizard.model()
    #expect(model.press(.hangup) == [.quit])
  }

  @Test func resizeAndTimeoutChangeNothing() {
    var model = Wizard.model()
    model.press(.character("1"))
    let keys = model.keyCount
    #expect(model.press(.resize, .timeout).isEmpty)
    #expect(model.keyCount == keys)
    #expect(model.current == 1)
  }

  @Test func aReadOnlyWizardRefusesEditsAndNeverSaves() {
    var model = WizardModel(
      session: Wizard.session(),
      path: Wizard.path,
      catalog: Wizard.catalog,
      readOnly: true
    )
    #expect(Wizard.screen(model).contains("read-only"))
    let effects = model.press(.character("1"))
    #expect(effects.isEmpty)
    #expect(model.session.answers.isEmpty)
  }
}
