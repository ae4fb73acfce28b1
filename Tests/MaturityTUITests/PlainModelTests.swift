import MaturityCore
import MaturityTUI
import TestSupport
import Testing

/// The line-by-line mode driven line by line, as a screen reader user or a
/// pipe would.
@Suite("Plain mode: every path in words")
struct PlainModelTests {
  /// A conversation: the model, everything printed, and the files.
  struct Run {
    var model: PlainModel
    var printed = ""
    var created: [String] = []
    var saves: [Session] = []
    var quit: Int32?
    /// Paths whose creation fails, as when the file exists.
    var failing: Set<String> = []

    init(_ model: PlainModel) {
      self.model = model
      carry(self.model.begin())
    }

    mutating func send(_ lines: String...) {
      for line in lines { carry(model.update(.line(line), now: Wizard.now)) }
    }

    mutating func endInput() { carry(model.update(.endOfInput, now: Wizard.now)) }

    mutating func carry(_ effects: [PlainModel.Effect]) {
      for effect in effects {
        switch effect {
        case .print(let text): printed += text
        case .open(let path):
          carry(model.update(.opened(PlainModelTests.answered(2), path: path), now: Wizard.now))
        case .create(let session, let path):
          let file = path ?? "/sessions/new.json"
          if failing.contains(file) {
            carry(model.update(.failed("\(file): already exists"), now: Wizard.now))
            continue
          }
          created.append(file)
          saves.append(session)
          carry(model.update(.created(path: file), now: Wizard.now))
        case .save(let session, _): saves.append(session)
        case .quit(let code): quit = code
        }
      }
    }

    /// What was printed since the last call.
    mutating func take() -> String {
      defer { printed = "" }
      return printed
    }

    var session: Session? { model.session }
  }

  static func answered(_ count: Int) -> Session {
    var session = Wizard.session(frameworks: ["mlts"])
    let ids = Wizard.catalog.bank("mlts")?.sections.flatMap(\.questions).map(\.id) ?? []
    for id in ids.prefix(count) { session.answers[id] = Answer(value: "manual") }
    return session
  }

  static func fresh() -> Run {
    Run(PlainModel(catalog: Wizard.catalog, recent: [], newSession: true))
  }

  static func open(_ session: Session) -> Run {
    Run(PlainModel(session: session, path: "/s.json", catalog: Wizard.catalog))
  }

  @Test("empty input creates nothing and says so")
  func emptyInputCreatesNothing() {
    var run = Self.fresh()
    run.endInput()
    #expect(run.created.isEmpty)
    #expect(run.printed.contains("No input: nothing was saved."))
    #expect(run.quit == 0)
  }

  @Test("the form asks every field, confirms each, and creates the file at once when one is given")
  func theFormAsksEveryField() throws {
    var run = Self.fresh()
    #expect(run.take().hasSuffix("Team> "))
    run.send("Payments", "fraud-scoring", "Ana", "Ana, Bo ,Chen", "batch", "3", "15", "")
    let text = run.take()
    for expected in [
      "Team: Payments.", "ML system: fraud-scoring.", "Facilitator: Ana.",
      "Participants: Ana, Bo, Chen.", "Context serving: batch.", "Frameworks: ML Test Score.",
      "Timebox: 15 minutes per section.", "A new file in the default folder.",
      "Question 1 of 28, ML Test Score, Tests for Features and Data 1 of 7.",
    ] {
      #expect(text.contains(expected), "missing \(expected)")
    }
    #expect(run.created == ["/sessions/new.json"])
    let session = try #require(run.session)
    #expect(session.participants == ["Ana", "Bo", "Chen"])
    #expect(session.timeboxMinutes == 15)
    #expect(session.frameworks == ["mlts"])
    #expect(session.context.values == ["serving": "batch"])
  }

  @Test("a form left empty creates the file only with the first answer")
  func anEmptyFormWaitsForTheFirstAnswer() {
    var run = Self.fresh()
    run.send("", "", "", "", "", "", "", "")
    #expect(run.created.isEmpty)
    #expect(run.take().contains("The file is created with the first answer."))
    run.send("2")
    #expect(run.created.count == 1)
  }

  @Test("a bad framework number or timebox is asked again, saying what is allowed")
  func badFormValuesAreAskedAgain() {
    var run = Self.fresh()
    run.send("", "", "", "", "", "7")
    #expect(run.take().contains("Type numbers from 1 to 3, or Enter for all."))
    run.send("1 3", "abc")
    #expect(run.take().contains("Type minutes from 1 to 600, or Enter for none."))
  }

  @Test("answers by number, letter and id are confirmed in words; Enter says skipped")
  func answersAreConfirmed() throws {
    var run = Self.open(Wizard.session(frameworks: ["mlts"]))
    run.send("1")
    #expect(run.take().contains("Saved: Not done."))
    run.send("m")
    #expect(run.take().contains("Saved: Manual"))
    run.send("automated")
    #expect(run.take().contains("Saved: Automated"))
    run.send("")
    #expect(run.take().hasPrefix("Skipped."))
    run.send("9")
    #expect(run.take().contains("Not an answer: type 1 to 3"))
    let session = try #require(run.session)
    #expect(session.value(of: "mlts.data.1") == "none")
    #expect(session.value(of: "mlts.data.2") == "manual")
    #expect(session.value(of: "mlts.data.3") == "automated")
    #expect(session.value(of: "mlts.data.4") == nil)
  }

  @Test("0 asks the reason; an empty reason changes nothing; a reason saves n/a")
  func notApplicableNeedsAReason() {
    var run = Self.open(Wizard.session(frameworks: ["mlts"]))
    run.send("0", "")
    #expect(run.take().contains("Not applicable needs a reason; the answer is unchanged."))
    #expect(run.session?.answers["mlts.data.1"] == nil)
    run.send("0", "no user data")
    #expect(run.take().contains("Saved: not applicable."))
    #expect(run.session?.answers["mlts.data.1"]?.notApplicableReason == "no user data")
  }

  @Test("n saves a note, b goes back and shows the current answer, u undoes")
  func noteBackAndUndo() {
    var run = Self.open(Wizard.session(frameworks: ["mlts"]))
    run.send("2", "n", "reviewed by hand")
    #expect(run.take().contains("Note saved."))
    run.send("b")
    let back = run.take()
    #expect(back.contains("Question 1 of 28"))
    #expect(back.contains("Current answer: Manual"))
    run.send("u")
    #expect(run.take().contains("Undone"))
    #expect(run.session?.answers["mlts.data.2"]?.note == nil)
    #expect(run.session?.value(of: "mlts.data.1") == "manual")
  }

  @Test("g goes to a question by id or by words from its title")
  func goTo() {
    var run = Self.open(Wizard.session(frameworks: ["mlts"]))
    run.send("g mlts.monitor.3")
    #expect(run.take().contains("Question 24 of 28"))
    run.send("g canaried")
    #expect(run.take().contains("(mlts.infra.6)"))
    run.send("g nothing like this")
    #expect(run.take().contains("No question matches"))
  }

  @Test("s prints the summary with how each result is computed")
  func summary() {
    var run = Self.open(Self.answered(28))
    run.send("r", "s")
    let text = run.take()
    #expect(text.contains("ML Test Score: 3.5 of 7"))
    #expect(text.contains("Final = min(3.5, 3.5, 3.5, 3.5) = 3.5"))
  }

  @Test("resume offers continue or review; continue asks only the unanswered")
  func resumeContinues() {
    var run = Self.open(Self.answered(2))
    #expect(run.take().contains("Type c to continue with the 26 unanswered, r to review all 28"))
    run.send("c")
    #expect(run.take().contains("Question 3 of 28"))
  }

  @Test("review shows each current answer; Enter keeps it")
  func reviewKeeps() {
    var run = Self.open(Self.answered(2))
    run.send("r")
    #expect(run.take().contains("Current answer: Manual"))
    run.send("")
    #expect(run.take().hasPrefix("Kept."))
    #expect(run.session?.value(of: "mlts.data.1") == "manual")
  }

  @Test("v takes each participant's vote, proposes the majority, and records the agreement")
  func votesAndAgreement() throws {
    var session = Wizard.session(frameworks: ["mlts"])
    session.participants = ["Ana", "Bo", "Chen"]
    var run = Self.open(session)
    run.send("v")
    #expect(run.take().contains("Vote 1 of 3, Ana> "))
    run.send("2", "m", "3")
    let votes = run.take()
    #expect(votes.contains("Bo: Manual"))
    #expect(votes.contains("The votes disagree."))
    #expect(votes.contains("or Enter for Manual"))
    run.send("", "two of three do it by hand", "Chen: a cron job runs it")
    #expect(run.take().contains("Agreed: Manual"))
    let answer = try #require(run.session?.answers["mlts.data.1"])
    #expect(answer.votes == ["Ana": "manual", "Bo": "manual", "Chen": "automated"])
    #expect(answer.value == "manual")
    #expect(answer.rationale == "two of three do it by hand")
    #expect(answer.dissent == "Chen: a cron job runs it")
  }

  @Test("when most vote n/a the agreement proposes not applicable and needs a reason")
  func votesForNotApplicable() {
    var session = Wizard.session(frameworks: ["mlts"])
    session.participants = ["Ana", "Bo"]
    var run = Self.open(session)
    run.send("v", "0", "0")
    #expect(run.take().contains("or Enter for not applicable"))
    run.send("", "")
    #expect(run.take().contains("Not applicable needs a reason"))
    run.send("no user data", "")
    #expect(run.session?.answers["mlts.data.1"]?.isNotApplicable == true)
  }

  @Test("the start lists recent sessions with progress; a number opens one")
  func startList() {
    let recent = [
      StartModel.RecentSession(
        path: "/a.json",
        title: "Payments · fraud",
        date: "2026-11-26",
        progress: (2, 28),
        problem: nil
      )
    ]
    var run = Run(PlainModel(catalog: Wizard.catalog, recent: recent))
    #expect(run.take().contains("1. Payments · fraud, 2026-11-26, 2 of 28 answered"))
    run.send("5")
    #expect(run.take().contains("Not a session number"))
    run.send("1")
    #expect(run.take().contains("Opened /a.json."))
  }

  @Test("hostile text from a file reaches the output escaped")
  func hostileTextIsEscaped() {
    var session = Wizard.session(frameworks: ["mlts"])
    session.answers["mlts.data.1"] = Answer(value: "manual", note: "\u{1B}]52;c;AAAA\u{07}")
    var run = Self.open(session)
    run.send("r")
    #expect(!run.take().contains("\u{1B}"))
  }

  @Test("the same answers piped in and keyed in the wizard give the same session")
  func plainAndWizardAgree() throws {
    var run = Self.open(Wizard.session(frameworks: ["mlts"]))
    var wizard = WizardModel(
      session: Wizard.session(frameworks: ["mlts"]),
      path: "/s.json",
      catalog: Wizard.catalog
    )
    let keys: [Character] = ["1", "2", "3", "x", "m", "a", "2", "2", "1", "3"]
    for key in keys {
      run.send(String(key))
      wizard.press(.character(key))
    }
    run.send("0", "no user data")
    wizard.press(.character("0"))
    wizard.type("no user data")
    wizard.press(.enter)
    let plain = try #require(run.session)
    #expect(SessionFile.text(of: plain) == SessionFile.text(of: wizard.session))
  }

  @Test("a file name that cannot be created asks for another; no answer is lost")
  func anExistingFileAsksForAnother() throws {
    var run = Self.fresh()
    run.failing = ["/exists.json"]
    run.send("Payments", "", "", "", "", "3", "", "/exists.json")
    #expect(run.take().contains("Not saved: /exists.json: already exists. The answers are kept"))
    run.send("/fresh.json")
    #expect(run.created == ["/fresh.json"])
    run.send("2")
    #expect(run.take().contains("Saved: Manual"))
    #expect(run.saves.last?.value(of: "mlts.data.1") == "manual")
  }

  @Test("g to a question the context rules out says so; undo says what it took back")
  func goToExemptAndUndoLabel() {
    var session = Wizard.session(frameworks: ["google"])
    session.context = SystemContext(["serving": "batch"])
    var run = Self.open(session)
    run.send("g google.l1.online-validation")
    #expect(run.take().contains("google.l1.online-validation does not apply: batch serving"))
    run.send("2", "u")
    #expect(run.take().contains("Undone: the change to google.l1."))
  }

  @Test("a name typed twice in the participants is kept once, and the echo says so")
  func participantsAreDeduplicated() {
    var run = Self.fresh()
    run.send("", "", "", "Ana, Ana, Bo")
    #expect(run.take().contains("Participants: Ana, Bo."))
  }

  @Test("questions are numbered among those that apply: a batch system counts to 35, not 36")
  func numberingCountsWhatApplies() {
    var session = Wizard.session(frameworks: ["google"])
    session.context = SystemContext(["serving": "batch"])
    let run = Self.open(session)
    let applying = Scorer.score(session, catalog: Wizard.catalog)[0].sheet
    let total = applying.totalCount
    #expect(run.printed.contains("Question 1 of \(total),"))
    #expect(!run.printed.contains("of 36,"))
  }
}
