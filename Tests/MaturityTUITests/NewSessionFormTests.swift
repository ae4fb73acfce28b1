import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

@Suite("New-session form")
struct NewSessionFormTests {
  /// A start screen with the form open, as `mlmaturity` shows it after
  /// Enter on "New assessment".
  private func formFromList() -> StartModel {
    var model = StartModel(recent: Recent.sessions, banks: Wizard.catalog.banks)
    _ = model.update(.enter)
    return model
  }

  private func type(_ text: String, into model: inout StartModel) {
    for character in text { _ = model.update(.character(character)) }
  }

  /// Moves the focus down with Tab `rows` times.
  private func focus(_ rows: Int, in model: inout StartModel) {
    for _ in 0..<rows { _ = model.update(.tab) }
  }

  /// Moves the focus to `row` with Tab or Shift+Tab.
  private func move(to row: Int, in model: inout StartModel) {
    while let focus = model.form?.focus, focus != row {
      _ = model.update(focus < row ? .tab : .backTab)
    }
  }

  /// Types `text` into `field`.
  private func fill(_ field: NewSessionForm.Field, _ text: String, in model: inout StartModel) {
    move(to: field.rawValue, in: &model)
    type(text, into: &model)
  }

  @Test func fieldsTakeTextAndTabMovesBetweenThem() {
    var model = formFromList()
    type("Équipe café", into: &model)
    _ = model.update(.tab)
    type("日本 search", into: &model)
    let form = model.form
    #expect(form?.editors[0].text == "Équipe café")
    #expect(form?.editors[1].text == "日本 search")
    #expect(form?.focus == 1)
    let screen = StartView.render(model, size: Wizard.standard).buffer.plainText
    #expect(screen.contains("Équipe café"))
    #expect(screen.contains("日本 search"))
  }

  @Test func enterInATextFieldMovesToTheNextRow() {
    var model = formFromList()
    #expect(model.update(.enter) == nil)
    #expect(model.form?.focus == 1)
  }

  @Test func upAndShiftTabMoveBackAndStopAtTheTop() {
    var model = formFromList()
    focus(3, in: &model)
    _ = model.update(.up)
    #expect(model.form?.focus == 2)
    _ = model.update(.backTab)
    _ = model.update(.backTab)
    _ = model.update(.up)
    #expect(model.form?.focus == 0)
  }

  @Test func focusStopsOnStart() throws {
    var model = formFromList()
    let form = try #require(model.form)
    focus(form.rowCount + 3, in: &model)
    #expect(model.form?.focus == form.startRow)
  }

  @Test func spaceTogglesAFrameworkAndIsTypedInTextFields() throws {
    var model = formFromList()
    type("a b", into: &model)
    #expect(model.form?.editors[0].text == "a b")
    let firstFramework = NewSessionForm.Field.allCases.count
    focus(firstFramework, in: &model)

    _ = model.update(.character(" "))

    let form = try #require(model.form)
    #expect(form.frameworks.map(\.chosen) == [false, true, true])
    let screen = StartView.render(model, size: Wizard.standard).buffer.plainText
    #expect(screen.contains("[ ] Azure MLOps maturity"))
    #expect(screen.contains("[x] Google Cloud MLOps levels"))
    _ = model.update(.character(" "))
    #expect(model.form?.frameworks.map(\.chosen) == [true, true, true])
  }

  @Test func startWithNoFrameworkShowsAProblem() throws {
    var model = formFromList()
    focus(NewSessionForm.Field.allCases.count, in: &model)
    for _ in 0..<3 {
      _ = model.update(.character(" "))
      _ = model.update(.tab)
    }
    // Past the anonymous-votes toggle.
    _ = model.update(.tab)
    let form = try #require(model.form)
    #expect(form.focus == form.startRow)

    #expect(model.update(.enter) == nil)

    #expect(model.form?.problem == "choose at least one framework (Space toggles)")
    let screen = StartView.render(model, size: Wizard.standard).buffer.plainText
    #expect(screen.contains("choose at least one framework"))
  }

  @Test func startCreatesARequestWithTrimmedValuesAndSplitParticipants() throws {
    var model = formFromList()
    fill(.team, "  Fraud Detection ", in: &model)
    fill(.system, " Card scoring  ", in: &model)
    fill(.facilitator, " Ana ", in: &model)
    fill(.participants, " Ben, Chloé ,, 大翔 ,", in: &model)
    fill(.file, " /tmp/a.json ", in: &model)
    move(to: NewSessionForm.Field.allCases.count + 1, in: &model)
    _ = model.update(.character(" "))
    let form = try #require(model.form)
    move(to: form.startRow, in: &model)

    let effect = model.update(.enter)

    let expected = NewSessionRequest(
      team: "Fraud Detection",
      system: "Card scoring",
      facilitator: "Ana",
      participants: ["Ben", "Chloé", "大翔"],
      frameworks: ["azure", "mlts"],
      path: "/tmp/a.json"
    )
    #expect(effect == .create(expected))
  }

  @Test func minutesPerSectionReachTheRequest() throws {
    var model = formFromList()
    fill(.team, "Fraud", in: &model)
    fill(.timebox, " 15 ", in: &model)
    let form = try #require(model.form)
    move(to: form.startRow, in: &model)

    let effect = model.update(.enter)

    guard case .create(let request) = effect else {
      Issue.record("expected a create effect, got \(String(describing: effect))")
      return
    }
    #expect(request.timeboxMinutes == 15)
  }

  @Test func theFilePathFromNewIsPrefilled() {
    let model = StartModel(
      recent: [],
      banks: Wizard.catalog.banks,
      openForm: true,
      filePath: "/tmp/given.json"
    )
    #expect(model.form?.editors[NewSessionForm.Field.file.rawValue].text == "/tmp/given.json")
    #expect(
      StartView.render(model, size: Wizard.standard).buffer.plainText.contains("/tmp/given.json")
    )
  }

  @Test func escapeGoesBackToTheListWhenOpenedFromIt() {
    var model = formFromList()
    type("draft", into: &model)
    #expect(model.update(.escape) == nil)
    #expect(model.form == nil)
    #expect(
      StartView.render(model, size: Wizard.standard).buffer.plainText.contains("+ New assessment")
    )
  }

  @Test func escapeQuitsWhenOpenedByNew() {
    var model = StartModel(recent: [], banks: Wizard.catalog.banks, openForm: true)
    #expect(model.formOnly)
    #expect(model.update(.escape) == .quit)
  }

  @Test func qIsTypedIntoAFieldNotObeyed() {
    var model = formFromList()
    #expect(model.update(.character("q")) == nil)
    #expect(model.form?.editors[0].text == "q")
  }

  @Test func theFormCursorSitsAfterTheTypedText() throws {
    var model = formFromList()
    let before = try #require(StartView.render(model, size: Wizard.standard).cursor)
    type("日本x", into: &model)
    let after = try #require(StartView.render(model, size: Wizard.standard).cursor)
    #expect(after.row == before.row)
    #expect(after.column == before.column + 5)
  }
}

/// A value Start cannot take says why, and stays on screen (found by a
/// cold run: Start seemed to do nothing).
@Suite("New-session form problems are shown")
struct NewSessionFormProblemTests {
  @Test(
    "a bad serving value or minutes on Start says why on the status line",
    arguments: [("sometimes", ""), ("", "abc")]
  )
  func aBadValueSaysWhy(serving: String, minutes: String) {
    var model = StartModel(recent: [], banks: Wizard.catalog.banks, openForm: true)
    for key in "Pay".map({ Key.character($0) }) { _ = model.update(key) }
    _ = model.update(.tab)
    _ = model.update(.tab)
    for key in serving.map({ Key.character($0) }) { _ = model.update(key) }
    for _ in 0..<3 { _ = model.update(.tab) }
    for key in minutes.map({ Key.character($0) }) { _ = model.update(key) }
    for _ in 0..<12 { _ = model.update(.down) }
    let effect = model.update(.enter)
    #expect(effect == nil)
    // The runner sends idle ticks every 250 ms; the problem must survive.
    _ = model.update(.timeout)
    let screen = StartView.render(model, size: Wizard.standard).buffer.plainText
    let expected = serving.isEmpty ? "minutes per section" : "context serving must be one of"
    #expect(screen.contains(expected), "\(screen)")
  }
}

/// At 60×16, the smallest supported size, every row of the form can be
/// reached and seen (found by a cold run: the third framework and Start
/// were below the fold).
@Suite("New-session form at the smallest size")
struct NewSessionFormSmallTests {
  @Test func theFocusedRowIsAlwaysVisibleAt60x16() {
    var model = StartModel(recent: [], banks: Wizard.catalog.banks, openForm: true)
    let size = Size(columns: 60, rows: 16)
    for _ in 0..<9 { _ = model.update(.down) }
    #expect(StartView.render(model, size: size).buffer.plainText.contains("[x] ML Test Score"))
    for _ in 0..<5 { _ = model.update(.down) }
    let screen = StartView.render(model, size: size).buffer.plainText
    #expect(screen.contains("[ Start ]"), "\(screen)")
    assertSnapshot(screen, named: "form-start-focused-60x16")
  }
}
