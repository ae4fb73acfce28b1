import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

@Suite("The note editor")
struct NoteEditorTests {
  /// The text in the open note editor, or `nil` when none is open.
  private func editorText(_ model: WizardModel) -> String? {
    if case .note(let window) = model.overlay { return window.editor.text }
    return nil
  }

  @Test func nOpensTheEditorOnTheCurrentQuestion() {
    var model = Wizard.model()
    model.press(.down)
    let effects = model.press(.character("n"))
    #expect(effects.isEmpty)
    #expect(
      model.overlay == .note(NoteWindow(id: model.currentID, editor: TextEditor(multiline: true)))
    )
    #expect(Wizard.screen(model).contains("Note · \(model.currentID)"))
  }

  @Test func typedAccentsAndCJKAreKeptExactly() {
    var model = Wizard.model()
    model.press(.character("n"))
    let effects = model.type("Équipe café über 日本")
    #expect(effects.isEmpty)
    #expect(editorText(model) == "Équipe café über 日本")
    #expect(Wizard.screen(model).contains("Équipe café über 日本"))
  }

  @Test func commandLettersAreTypedNotObeyed() {
    var model = Wizard.model()
    model.press(.character("n"))
    let effects = model.type("quit? sure, go back")
    #expect(effects.isEmpty)
    #expect(editorText(model) == "quit? sure, go back")
    #expect(model.current == 0)
  }

  @Test func enterStartsANewLine() {
    var model = Wizard.model()
    model.press(.character("n"))
    model.type("first line")
    model.press(.enter)
    model.type("second line")
    #expect(editorText(model) == "first line\nsecond line")
    let screen = Wizard.screen(model)
    #expect(screen.contains("first line"))
    #expect(screen.contains("second line"))
  }

  @Test func controlDSavesTheNoteWithOneSaveEffect() {
    var model = Wizard.model()
    let id = model.currentID
    model.press(.character("n"))
    model.type("Équipe café")
    model.press(.enter)
    model.type("日本")

    let effects = model.press(.control("D"))

    #expect(model.overlay == nil)
    #expect(model.session.answers[id]?.note == "Équipe café\n日本")
    #expect(model.session.answers[id]?.value == nil)
    #expect(effects == [.save(model.session, path: Wizard.path)])
    #expect(model.current == 0)
  }

  @Test func theSavedNoteShowsInTheQuestionPaneAndTheIndex() {
    var model = Wizard.model()
    model.press(.character("n"))
    model.type("Équipe café")
    model.press(.enter)
    model.type("日本")
    model.press(.control("D"))

    let screen = Wizard.screen(model, Wizard.wide)
    #expect(screen.contains("Note: Équipe café"))
    #expect(screen.contains("      日本"))
    #expect(screen.contains("·✎Data scientists"))
  }

  @Test func reopeningTheEditorShowsTheSavedNote() {
    var model = Wizard.model()
    model.press(.character("n"))
    model.type("kept")
    model.press(.control("D"), .character("n"))
    #expect(editorText(model) == "kept")
  }

  @Test func escapeCancelsTheNoteAndKeepsTheTextAsADraft() {
    var model = Wizard.model()
    model.press(.character("n"))
    model.type("half a thought")

    let effects = model.press(.escape)

    #expect(effects.isEmpty)
    #expect(model.overlay == nil)
    #expect(model.session.answers.isEmpty)
    #expect(Wizard.screen(model).contains("note not saved (Ctrl+D saves); n brings your text back"))
    model.press(.character("n"))
    #expect(editorText(model) == "half a thought")
    #expect(Wizard.screen(model).contains("your unsaved text is back"))
  }

  @Test func escapeWithoutChangesDoesNotSave() {
    var model = Wizard.model()
    model.press(.character("n"))
    let effects = model.press(.escape)
    #expect(effects.isEmpty)
    #expect(model.session.answers.isEmpty)
  }

  @Test func emptyingANoteRemovesIt() {
    var model = Wizard.model()
    let id = model.currentID
    model.press(.character("n"))
    model.type("ab")
    model.press(.control("D"), .character("n"), .backspace, .backspace)
    let effects = model.press(.control("D"))
    #expect(effects.saves.count == 1)
    #expect(model.session.answers[id] == nil)
  }

  @Test func controlEAsksForTheExternalEditorWithTheCurrentText() {
    var model = Wizard.model()
    model.press(.character("n"))
    model.type("draft")
    let effects = model.press(.control("E"))
    #expect(effects == [.editExternally(text: "draft")])
    #expect(editorText(model) == "draft")
  }

  @Test func theExternalEditorsTextReplacesTheNote() {
    var model = Wizard.model()
    let id = model.currentID
    model.press(.character("n"))
    model.type("draft")
    model.press(.control("E"))

    let effects = model.send(
      .externalEditFinished(text: "from the editor\nline two", message: "note taken from vi")
    )

    #expect(effects.isEmpty)
    #expect(editorText(model) == "from the editor\nline two")
    #expect(Wizard.screen(model).contains("note taken from vi"))
    model.press(.control("D"))
    #expect(model.session.answers[id]?.note == "from the editor\nline two")
  }

  @Test func aFailedExternalEditKeepsTheTextAndSaysWhy() {
    var model = Wizard.model()
    model.press(.character("n"))
    model.type("draft")
    model.send(.externalEditFinished(text: nil, message: "vi exited with status 1; note unchanged"))
    #expect(editorText(model) == "draft")
    #expect(model.message == "vi exited with status 1; note unchanged")
  }

  @Test func aNoteWithWindowsLineEndsOpensAsSeparateLines() {
    var model = Wizard.model()
    model.press(.character("n"))
    // What $EDITOR returns when it saves with CR LF line ends.
    model.send(.externalEditFinished(text: "line one\r\nline two", message: nil))
    let screen = Wizard.screen(model)
    #expect(editorText(model) == "line one\nline two")
    #expect(!screen.contains("^M^J"))
  }

  @Test func aLoneCarriageReturnInANoteIsKeptAndShownEscaped() {
    var model = Wizard.model()
    model.press(.character("n"))
    model.send(.externalEditFinished(text: "over\rwrite", message: nil))
    #expect(editorText(model) == "over\rwrite")
    #expect(Wizard.screen(model).contains("over^Mwrite"))
  }

  @Test func theCursorFollowsWideCharacters() throws {
    var model = Wizard.model()
    model.press(.character("n"))
    model.type("日本")
    let before = try #require(WizardView.render(model, size: Wizard.standard).cursor)
    model.type("x")
    let after = try #require(WizardView.render(model, size: Wizard.standard).cursor)
    #expect(after.column == before.column + 1)
    model.press(.left, .left)
    let moved = try #require(WizardView.render(model, size: Wizard.standard).cursor)
    #expect(moved.column == before.column - 2)
  }
}

@Suite("Drafts are never dropped unseen")
struct DraftQuitTests {
  @Test func qWithADraftFirstSaysWhatWouldBeLostThenQuits() {
    var model = Wizard.model()
    model.press(.character("n"))
    model.type("half a thought")
    model.press(.escape)

    #expect(model.press(.character("q")).isEmpty)
    #expect(Wizard.screen(model).contains("q again quits without it"))
    #expect(model.press(.character("q")) == [.quit])
  }

  @Test func qWithoutADraftQuitsAtOnce() {
    var model = Wizard.model()
    #expect(model.press(.character("q")) == [.quit])
  }
}
