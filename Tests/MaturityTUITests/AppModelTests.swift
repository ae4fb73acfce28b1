import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// The app model switches start, wizard and compare, and decides how the
/// program ends; driven here with plain values, as the runner would.
@Suite("App model: screens and quitting")
struct AppModelTests {
  private func startApp() -> AppModel {
    var app = AppModel(
      StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks),
      catalog: Wizard.catalog
    )
    app.send(.resize(Wizard.standard))
    return app
  }

  private func wizardApp(readOnly: Bool = false) -> AppModel {
    let wizard = WizardModel(
      session: Wizard.session(),
      path: Wizard.path,
      catalog: Wizard.catalog,
      readOnly: readOnly
    )
    var app = AppModel(wizard, catalog: Wizard.catalog)
    app.send(.resize(Wizard.standard))
    return app
  }

  private var diff: SessionDiff {
    SessionDiff(old: Wizard.session(), new: Wizard.session(), catalog: Wizard.catalog)
  }

  /// Quits from the screen shown: `q`, then the saves finishing.
  private func quit(_ app: inout AppModel) -> [AppEffect] {
    #expect(app.press(.character("q")) == [.finishSaves])
    return app.send(.savesFinished)
  }

  @Test func openingASessionFromTheStartScreenShowsTheWizardAtTheTerminalsSize() {
    var app = startApp()
    app.send(.resize(Wizard.wide))
    #expect(app.press(.down, .enter) == [.open(Recent.sessions[0].path)])
    #expect(app.start != nil, "the start screen stays until the session is loaded")

    app.send(
      .sessionOpened(
        Wizard.session(),
        path: Recent.sessions[0].path,
        readOnly: false,
        warnings: ["an answer to x.unknown, which no bank has"]
      )
    )

    let wizard = try? #require(app.wizard)
    #expect(wizard?.path == Recent.sessions[0].path)
    #expect(wizard?.screenSize == Wizard.wide)
    #expect(wizard?.message == "warning: an answer to x.unknown, which no bank has")
  }

  @Test func aNextRoundOpensTheWizardSayingWhereItCameFrom() {
    var app = startApp()
    #expect(app.press(.down, .character("r")) == [.nextRound(Recent.sessions[0].path)])
    app.send(
      .sessionCreated(Wizard.session(), path: "/s/new.json", nextRoundOf: Recent.sessions[0].path)
    )
    #expect(
      app.wizard?.message
        == "next round of 2026-11-20-fraud-detection.json: = accepts last time's answer"
    )
  }

  @Test func aComparisonFromTheStartScreenGoesBackToItWithQ() {
    var app = startApp()
    let effects = app.press(.down, .character("c"), .down, .character("c"))
    let (old, new) = (Recent.sessions[1].path, Recent.sessions[0].path)
    #expect(effects == [.compare(old: old, new: new)])

    app.send(.diffLoaded(diff, old: old, new: new))
    #expect(app.compare != nil)
    #expect(AppView.render(app, size: app.size).buffer.plainText.contains("q back"))

    #expect(app.press(.character("q")).isEmpty)
    #expect(app.start?.selected == 2, "the start screen as it was left")
    #expect(app.exitCode == nil)
  }

  @Test func aComparisonOpenedByDiffTuiQuitsWithQ() {
    var app = AppModel(
      CompareModel(diff: diff, oldPath: "/s/old.json", newPath: "/s/new.json"),
      catalog: Wizard.catalog
    )
    app.send(.resize(Wizard.standard))
    #expect(quit(&app) == [.quit(code: 0, farewell: [])])
  }

  @Test func onATooSmallTerminalOnlyQActs() {
    var app = startApp()
    app.send(.resize(Size(columns: 50, rows: 12)))
    #expect(app.press(.down, .enter, .character("n")).isEmpty)
    #expect(app.start?.selected == 0)
    #expect(app.start?.form == nil)
    #expect(quit(&app) == [.quit(code: 0, farewell: [])])
  }

  @Test func qOnATooSmallTerminalQuitsEvenWithTheFormOpen() {
    var app = AppModel(
      StartModel(recent: [], banks: Wizard.catalog.banks, openForm: true),
      catalog: Wizard.catalog
    )
    app.send(.resize(Size(columns: 30, rows: 8)))
    #expect(quit(&app) == [.quit(code: 0, farewell: [])])
  }

  @Test func theWizardOnATooSmallTerminalSaysOnlyQWorks() {
    var app = wizardApp()
    app.send(.resize(Size(columns: 50, rows: 12)))
    #expect(app.press(.character("1")).isEmpty)
    #expect(app.wizard?.message == "only q works at this size")
    #expect(app.wizard?.session.answers.isEmpty == true)
  }

  @Test func aFailedLoadKeepsTheStartScreenWithTheMessage() {
    var app = startApp()
    #expect(app.press(.down, .enter) == [.open(Recent.sessions[0].path)])
    app.send(.loadFailed("/data/sessions/2026-11-20-fraud-detection.json: cannot read"))
    #expect(app.start?.message == "/data/sessions/2026-11-20-fraud-detection.json: cannot read")
    #expect(app.start?.selected == 1)
    let screen = AppView.render(app, size: app.size).buffer.plainText
    #expect(screen.contains("cannot read"))
  }

  @Test func quittingTheWizardSaysWhereTheSessionWasSaved() {
    var app = wizardApp()
    #expect(app.press(.character("1")).count == 1, "an answer is saved")
    app.send(.saved(path: Wizard.path))
    #expect(
      quit(&app) == [.quit(code: 0, farewell: ["mlmaturity: session saved to \(Wizard.path)"])]
    )
  }

  @Test func quittingAReadOnlyWizardSaysNothingWasChanged() {
    var app = wizardApp(readOnly: true)
    let line =
      "mlmaturity: read-only (another mlmaturity has \(Wizard.path) open): nothing was changed"
    #expect(quit(&app) == [.quit(code: 0, farewell: [line])])
  }

  @Test func quittingAfterAFailedSaveSaysWhy() {
    var app = wizardApp()
    app.press(.character("1"))
    app.send(.saveFailed("\(Wizard.path): cannot write: No space left on device"))
    #expect(app.press(.character("q")).isEmpty, "q first asks")
    #expect(app.press(.character("q")) == [.finishSaves])
    let line =
      "mlmaturity: quit without saving: \(Wizard.path): cannot write: No space left on device"
    #expect(app.send(.savesFinished) == [.quit(code: 0, farewell: [line])])
  }

  @Test func aSignalSavesTheOpenNoteAndExitsWith128PlusItsNumber() {
    var app = wizardApp()
    app.press(.character("n"))
    app.type("half a thought")
    let effects = app.send(.signal(15))
    #expect(effects.count == 2)
    #expect(effects.last == .finishSaves)
    #expect(
      app.send(.savesFinished) == [
        .quit(
          code: 143,
          farewell: [
            "mlmaturity: session saved to \(Wizard.path)",
            "mlmaturity: stopped by signal 15; terminal restored",
          ]
        )
      ]
    )
  }

  @Test func controlEHandsTheNoteToTheEditorEndingInALineFeedAndTakesOneOffOnReturn() {
    var app = wizardApp()
    app.press(.character("n"))
    app.type("draft")
    #expect(app.press(.control("E")) == [.editExternally(text: "draft\n")])

    app.send(.externalEditFinished(text: "edited\n\n", message: "note taken from vi"))
    app.press(.control("D"))
    let id = app.wizard?.entries.first?.question.id ?? ""
    #expect(app.wizard?.session.answers[id]?.note == "edited\n")
  }
}

extension AppModel {
  /// Presses `keys` in order at the fixed time; returns every effect.
  @discardableResult
  mutating func press(_ keys: Key...) -> [AppEffect] {
    keys.flatMap { update(.key($0), now: Wizard.now) }
  }

  /// Types `text` character by character.
  @discardableResult
  mutating func type(_ text: String) -> [AppEffect] {
    text.flatMap { update(.key(.character($0)), now: Wizard.now) }
  }

  /// Sends a non-key event at the fixed time.
  @discardableResult
  mutating func send(_ event: AppEvent) -> [AppEffect] {
    update(event, now: Wizard.now)
  }
}
