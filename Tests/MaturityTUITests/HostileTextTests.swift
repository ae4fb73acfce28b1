import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// Team, system and notes are typed by people (or pasted, or come from a
/// file someone else wrote): control sequences in them must reach the
/// screen only as visible, inert text.
@Suite("Hostile text is shown escaped")
struct HostileTextTests {
  static let colour = "\u{1B}[31mRED"
  static let clipboard = "\u{1B}]52;c;aGk=\u{07}"
  static let bell = "ding\u{07}"
  static let carriageReturn = "over\rwrite"
  static let bidi = "\u{202E}txet"

  /// Scalars that must never be in a rendered buffer.
  static let forbidden: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\r", "\u{202E}"]

  private func expectInert(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for scalar in Self.forbidden {
      #expect(
        !text.unicodeScalars.contains(scalar),
        "U+\(String(scalar.value, radix: 16, uppercase: true)) reached the screen",
        sourceLocation: sourceLocation
      )
    }
  }

  private func hostileModel() -> WizardModel {
    var model = Wizard.model(
      team: "Team " + Self.colour,
      system: "Sys " + Self.clipboard + Self.bidi
    )
    model.press(.character("n"))
    // A note can only get raw control characters from $EDITOR or a file.
    model.send(
      .externalEditFinished(
        text: [Self.colour, Self.clipboard, Self.bell, Self.carriageReturn, Self.bidi]
          .joined(separator: " "),
        message: nil
      )
    )
    return model
  }

  @Test(arguments: [Wizard.standard, Wizard.wide])
  func theHeaderShowsTeamAndSystemEscaped(size: Size) {
    let model = hostileModel()
    let header = WizardView.render(model, size: size).buffer.text(row: 0)
    expectInert(header)
    #expect(header.contains("Team ^[[31mRED"))
  }

  @Test func theSystemNameShowsTheClipboardSequenceEscaped() {
    let model = hostileModel()
    let screen = Wizard.screen(model, Size(columns: 200, rows: 40))
    expectInert(screen)
    #expect(screen.contains("Sys ^[]52;c;aGk=^G<U+202E>txet"))
  }

  @Test(arguments: [Wizard.standard, Wizard.wide])
  func theNoteEditorShowsTheNoteEscaped(size: Size) {
    let model = hostileModel()
    let screen = Wizard.screen(model, size)
    expectInert(screen)
    #expect(screen.contains("^[[31mRED"))
    #expect(screen.contains("^[]52;c;aGk=^G"))
  }

  @Test(arguments: [Wizard.standard, Wizard.wide])
  func theSavedNoteShowsEscapedInTheQuestionPane(size: Size) {
    var model = hostileModel()
    let effects = model.press(.control("D"))
    #expect(effects.saves.count == 1)
    // At 24 rows the options fill the pane: scroll it to the note.
    if size.rows < 30 { model.press(.tab, .pageDown) }
    let screen = Wizard.screen(model, size)
    expectInert(screen)
    #expect(screen.contains("Note: ^[[31mRED"))
  }

  @Test func theNoteKeepsTheRawTextInTheSession() {
    var model = hostileModel()
    let id = model.currentID
    model.press(.control("D"))
    let note = model.session.answers[id]?.note ?? ""
    #expect(note.contains(Self.clipboard))
    #expect(note.contains(Self.carriageReturn))
  }

  @Test func everyScreenAndOverlayStaysInert() {
    var model = hostileModel()
    model.press(.control("D"))
    var screens: [String] = [Wizard.screen(model)]
    for keys: [Key] in [
      [.character("?")], [.escape, .character("g")], [.escape, .character("s")], [.enter],
      [.escape, .escape, .character("n")],
    ] {
      model.press(keys)
      screens.append(Wizard.screen(model))
      screens.append(Wizard.screen(model, Wizard.wide))
    }
    for screen in screens { expectInert(screen) }
  }

  @Test func theStartScreenShowsRecentTitlesEscaped() {
    let recent = StartModel.RecentSession(
      path: "/tmp/x.json",
      title: "Evil " + Self.colour + " · " + Self.clipboard + Self.bidi,
      date: "2026-11-26",
      progress: (3, 91),
      problem: nil
    )
    let start = StartModel(recent: [recent], banks: Wizard.catalog.banks)
    let screen = StartView.render(start, size: Wizard.wide).buffer.plainText
    expectInert(screen)
    #expect(screen.contains("Evil ^[[31mRED"))
  }

  @Test func theFormShowsTypedControlCharactersEscaped() {
    var start = StartModel(recent: [], banks: Wizard.catalog.banks, openForm: true)
    _ = start.update(.character("A"))
    _ = start.update(.character("\u{202E}"))
    _ = start.update(.character("B"))
    let screen = StartView.render(start, size: Wizard.standard).buffer.plainText
    expectInert(screen)
    #expect(screen.contains("A<U+202E>B"))
  }
}
