import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// Participants during a session (`P`): add, rename with the votes moving,
/// remove keeping or dropping the votes; long names and anonymous votes in
/// the vote grid.
@Suite("Workshop participants and anonymous votes in the wizard")
struct WorkshopParticipantsWizardTests {
  /// Ana, Bo and Chen voted 1, 2, 1 on the first question; the vote window
  /// is closed.
  static func voted() -> WizardModel {
    var model = Workshop.model(frameworks: ["mlts"])
    model.vote("1", "2", "1")
    model.press(.escape)
    return model
  }

  var firstID: String { Self.voted().entries[0].question.id }

  /// The text of the open rename field on the second row (`nil`: not open).
  static func renameText(_ model: WizardModel) -> String? {
    guard case .participants(let window) = model.overlay, window.row == 1,
      case .rename(let editor) = window.step
    else { return nil }
    return editor.text
  }

  @Test func aAddsAParticipantWhoThenVotes() {
    var model = Self.voted()
    model.press(.character("P"), .character("a"))
    model.type("Dara")

    let effects = model.press(.enter)

    #expect(model.session.participants == ["Ana", "Bo", "Chen", "Dara"])
    #expect(effects.saves.count == 1)
    #expect(model.overlay == .participants(ParticipantsWindow(row: 3, step: .list)))
    model.press(.escape)
    #expect(model.voters.last == "Dara")
  }

  @Test func renamingMovesTheVotesWithTheName() throws {
    var model = Self.voted()
    let option = try #require(model.session.answers[firstID]?.votes["Bo"])
    model.press(.character("P"), .down, .character("r"))
    model.press(Array(repeating: Key.backspace, count: 2))
    model.type("Boris")

    model.press(.enter)

    #expect(model.session.participants == ["Ana", "Boris", "Chen"])
    let votes = try #require(model.session.answers[firstID]?.votes)
    #expect(votes["Boris"] == option)
    #expect(votes["Bo"] == nil)
  }

  @Test func renamingToAnExistingNameIsRefusedAndTheTypingKept() {
    var model = Self.voted()
    model.press(.character("P"), .down, .character("r"))
    model.press(Array(repeating: Key.backspace, count: 2))
    model.type("Ana")

    #expect(model.press(.enter).isEmpty)

    #expect(model.session.participants == ["Ana", "Bo", "Chen"])
    #expect(model.message?.contains("already a participant") == true)
    #expect(Self.renameText(model) == "Ana")
  }

  @Test func escInTheRenameFieldKeepsTheTypingAsADraft() {
    var model = Self.voted()
    model.press(.character("P"), .down, .character("r"))
    model.type("x")
    model.press(.escape)
    #expect(model.overlay == .participants(ParticipantsWindow(row: 1, step: .list)))
    #expect(model.message == "rename not saved; r brings the name back")

    model.press(.character("r"))

    #expect(Self.renameText(model) == "Box")
  }

  @Test func removingAsksAndKKeepsTheVotes() {
    var model = Self.voted()
    model.press(.character("P"), .down, .character("d"))
    #expect(model.overlay == .participants(ParticipantsWindow(row: 1, step: .remove)))
    #expect(Wizard.screen(model).contains("Remove Bo? k keeps their votes"))

    model.press(.character("k"))

    #expect(model.session.participants == ["Ana", "Chen"])
    #expect(model.session.answers[firstID]?.votes["Bo"] != nil)
  }

  @Test func removingWithDDropsTheVotes() {
    var model = Self.voted()
    model.press(.character("P"), .down, .character("d"), .character("d"))
    #expect(model.session.participants == ["Ana", "Chen"])
    #expect(model.session.answers[firstID]?.votes["Bo"] == nil)
    #expect(model.session.answers[firstID]?.votes.count == 2)
  }

  @Test func escAtTheRemoveQuestionKeepsTheParticipant() {
    var model = Self.voted()
    model.press(.character("P"), .down, .character("d"), .escape)
    #expect(model.session.participants == ["Ana", "Bo", "Chen"])
    #expect(model.overlay == .participants(ParticipantsWindow(row: 1, step: .list)))
  }

  @Test func participantChangesAreRefusedInAReadOnlyWindow() {
    var model = Self.voted().readOnlyCopy
    model.press(.character("P"), .character("d"))
    #expect(model.overlay == .readOnly)
    #expect(model.session.participants == ["Ana", "Bo", "Chen"])
  }

  @Test func theParticipantsWindowLooksRight() {
    var model = Self.voted()
    model.press(.character("P"), .down)
    assertSnapshot(Wizard.screen(model), named: "participants-80x24")
  }

  // MARK: - Long names

  static let longName = String(repeating: "Maximiliana-", count: 5)

  /// A vote grid with a 60-character name between two short ones.
  static func longNameGrid() -> WizardModel {
    var model = Workshop.model(participants: ["Ana", longName, "Bo"], frameworks: ["mlts"])
    model.vote("1", "2")
    return model
  }

  /// The column where the vote starts on the grid row of `name`.
  static func voteColumn(_ screen: String, row name: String) -> Int? {
    guard let line = screen.split(separator: "\n").first(where: { $0.contains(name) }) else {
      return nil
    }
    let text = String(line)
    guard let start = text.range(of: name)?.upperBound else { return nil }
    let rest = text[start...]
    guard let vote = rest.firstIndex(where: { $0 != " " }) else { return nil }
    return text.distance(from: text.startIndex, to: vote)
  }

  @Test(arguments: [Size(columns: 60, rows: 16), Size(columns: 80, rows: 24)])
  func aLongNameIsCutSoTheVotesStayInLine(size: Size) {
    let model = Self.longNameGrid()
    let screen = Wizard.screen(model, size)
    #expect(!screen.contains(Self.longName))
    #expect(screen.contains("Maximiliana-Maxi…"))
    let ana = Self.voteColumn(screen, row: "Ana ")
    let long = Self.voteColumn(screen, row: "Maximiliana-Maxi…")
    #expect(ana != nil)
    #expect(ana.map { $0 - 1 } == long.map { $0 - 1 })
    assertSnapshot(screen, named: "votes-long-name-\(size.columns)x\(size.rows)")
  }

  // MARK: - Anonymous votes

  @Test func anonymousVotesShowP1ToPnInTheGridNotNames() {
    var model = Self.voted()
    var session = model.session
    session.anonymousVotes = true
    model = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
    model.press(.character("v"))
    let screen = Wizard.screen(model)
    #expect(screen.contains("P1"))
    #expect(screen.contains("P3"))
    for name in ["Ana", "Bo", "Chen"] { #expect(!screen.contains(name)) }
    // Votes still go to the named participants in the file.
    model.press(.down, .character("3"))
    #expect(model.session.answers[firstID]?.votes["Bo"] == model.entries[0].question.options[2].id)
  }

  @Test func anonymousVotesHideNamesInTheQuestionPanesNotes() throws {
    var session = Self.voted().session
    try session.apply(
      [
        .note(question: firstID, text: "Bo (pre-work): only Chen runs it"),
        .rationale(question: firstID, text: "Ana showed the wiki"),
      ],
      catalog: Wizard.catalog,
      now: Wizard.now
    )
    session.anonymousVotes = true
    let model = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
    let pane = Wizard.screen(model, Wizard.wide)
    // The P-numbers are scrambled per session; whichever they are, no
    // name shows and each name has one alias.
    let shared = session.forSharing
    let bo = try #require(shared.answers[firstID]?.note?.split(separator: " ").first)
    #expect(bo.hasPrefix("P"))
    #expect(pane.contains("\(bo) (pre-work): only P"))
    #expect(pane.contains(" showed the wiki"))
    #expect(!pane.contains("Bo (pre-work)") && !pane.contains("Ana showed"))
    session.anonymousVotes = false
    let named = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
    #expect(Wizard.screen(named, Wizard.wide).contains("Bo (pre-work): only Chen runs it"))
  }

  @Test func namesAreShownWhenVotesAreNotAnonymous() {
    var model = Self.voted()
    model.press(.character("v"))
    let screen = Wizard.screen(model)
    for name in ["Ana", "Bo", "Chen"] { #expect(screen.contains(name)) }
  }

  @Test func theFormsAnonymousToggleReachesTheRequest() throws {
    var start = StartModel(recent: [], banks: Wizard.catalog.banks, openForm: true)
    var form = try #require(start.form)
    while form.focus != form.anonymousRow {
      _ = start.update(.tab)
      form = try #require(start.form)
    }
    _ = start.update(.character(" "))
    #expect(
      StartView.render(start, size: Wizard.standard).buffer.plainText.contains(
        "[x] Anonymous votes"
      )
    )
    _ = start.update(.tab)

    let effect = start.update(.enter)

    guard case .create(let request) = effect else {
      Issue.record("expected a create effect, got \(String(describing: effect))")
      return
    }
    #expect(request.anonymousVotes)
  }
}
