import MaturityCore
import TestSupport
import Testing

/// Every edit goes through `Session.apply`, which checks it with the
/// reader's rules: what it accepts, the reader reads back.
@Suite("Session edits: checked once, with the reader's rules")
struct SessionEditTests {
  static let catalog = Shipped.catalog
  static let now = Timestamp(secondsSince1970: 1_795_687_200)

  static func fresh() -> Session { Session.new(banks: Shipped.banks, now: now) }

  /// The session written to text and read back.
  static func reread(_ session: Session) throws -> Session {
    try SessionFile.parse(Array(SessionFile.text(of: session).utf8), path: "s.json")
  }

  @Test(
    "a date that is not YYYY-MM-DD is refused where it is typed, so the file stays readable",
    arguments: ["20/11/2026", "2026-02-30", "2026-1-5", "2026-11-26T00:00:00Z", "tomorrow"]
  )
  func badDatesAreRefused(text: String) throws {
    var session = Self.fresh()
    let evidence = Evidence(reference: "wiki", owner: "Zoë", verified: text)
    for edit in [
      SessionEdit.addEvidence(question: "mlts.data.1", item: evidence),
      .evidence(question: "mlts.data.1", items: [evidence]),
      .due(question: "mlts.data.1", day: text),
      .date(text),
    ] {
      let error = caught { try session.apply(edit, catalog: Self.catalog, now: Self.now) }
      #expect(error?.message.contains("expected a date like 2026-11-26") == true)
      #expect(error?.exitCode == 64)
    }
    #expect(session == Self.fresh())
    _ = try Self.reread(session)
  }

  @Test("a real day is accepted and read back")
  func goodDatesAreKept() throws {
    var session = Self.fresh()
    try session.apply(
      [
        .addEvidence(
          question: "mlts.data.1",
          item: Evidence(reference: "wiki", owner: "Zoë", verified: "2024-02-29")
        ),
        .due(question: "mlts.data.1", day: " 2027-01-31 "),
        .date("2026-12-01"),
      ],
      catalog: Self.catalog,
      now: Self.now
    )
    let back = try Self.reread(session)
    #expect(back.answers["mlts.data.1"]?.evidence.first?.verified == "2024-02-29")
    #expect(back.answers["mlts.data.1"]?.due == "2027-01-31")
    #expect(back.date == "2026-12-01")
  }

  @Test("evidence verified in the future is refused")
  func futureVerificationIsRefused() {
    var session = Self.fresh()
    let item = Evidence(reference: "wiki", verified: "2030-01-01")
    let error = caught {
      try session.apply(
        .addEvidence(question: "mlts.data.1", item: item),
        catalog: Self.catalog,
        now: Self.now
      )
    }
    #expect(
      error?.message == "evidence on mlts.data.1 was verified on 2030-01-01, which is in the future"
    )
  }

  @Test("the reader's limits stay above everything the writers allow")
  func readerLimitsAboveWriterLimits() {
    #expect(JSONParser.maximumStringBytes > SessionLimits.maximumTextBytes)
    #expect(FileIO.maximumFileBytes > SessionLimits.maximumSessionBytes)
  }

  @Test("a note past 256 KiB is refused with its size and the limit; the session is unchanged")
  func aHugeNoteIsRefused() {
    var session = Self.fresh()
    let note = String(repeating: "x", count: 1_200_000)
    let error = caught {
      try session.apply(
        .note(question: "mlts.data.1", text: note),
        catalog: Self.catalog,
        now: Self.now
      )
    }
    #expect(error?.message == "the note on mlts.data.1 is 1.2 MB; the limit is 256 KiB")
    #expect(session.answers["mlts.data.1"] == nil)
  }

  @Test("notes up to the limit on every question stop before the file would pass 8 MiB")
  func theSessionSizeIsCapped() throws {
    var session = Self.fresh()
    let note = String(repeating: "n", count: SessionLimits.maximumTextBytes)
    var refused: MaturityError?
    for entry in Self.catalog.banks.flatMap(\.sections).flatMap(\.questions) {
      do {
        try session.apply(
          .note(question: entry.id, text: note),
          catalog: Self.catalog,
          now: Self.now
        )
      } catch {
        refused = error
        break
      }
    }
    #expect(refused?.message.contains("past the limit of 8 MiB") == true)
    let text = SessionFile.text(of: session)
    #expect(text.utf8.count <= SessionLimits.maximumSessionBytes)
    #expect(try Self.reread(session) == session)
  }

  @Test("a vote from a new name adds that participant; removing a vote keeps the participant")
  func votesAddParticipants() throws {
    var session = Self.fresh()
    try session.apply(
      .vote(question: "mlts.data.1", participant: "Bo", option: "manual"),
      catalog: Self.catalog,
      now: Self.now
    )
    try session.apply(
      .vote(question: "mlts.data.1", participant: "Bo", option: nil),
      catalog: Self.catalog,
      now: Self.now
    )
    #expect(session.participants == ["Bo"])
    #expect(session.answers["mlts.data.1"] == nil)
  }

  @Test("an answer changed after the vote keeps what was agreed and lowers verified to assumed")
  func changingAVotedAnswerIsRecorded() throws {
    var session = Self.fresh()
    try session.apply(
      [
        .vote(question: "mlts.data.1", participant: "Ana", option: "none"),
        .vote(question: "mlts.data.1", participant: "Bo", option: "none"),
        .agree(question: "mlts.data.1", option: "none", rationale: "nothing runs", dissent: ""),
        .confidence(question: "mlts.data.1", level: .verified),
        .answer(question: "mlts.data.1", option: "manual"),
      ],
      catalog: Self.catalog,
      now: Self.now
    )
    let answer = try #require(session.answers["mlts.data.1"])
    #expect(answer.value == "manual")
    #expect(answer.agreed == "none")
    #expect(answer.changedAfterVote)
    #expect(answer.confidence == .assumed)
    #expect(try Self.reread(session).answers["mlts.data.1"]?.agreed == "none")

    try session.apply(
      .answer(question: "mlts.data.1", option: "none"),
      catalog: Self.catalog,
      now: Self.now
    )
    #expect(session.answers["mlts.data.1"]?.changedAfterVote == false)
  }

  @Test("a voted answer from an older file (no agreed field) records the old answer when changed")
  func olderVotedAnswersRecordTheOldValue() throws {
    var session = Self.fresh()
    var answer = Answer(value: "none")
    answer.votes = ["Ana": "none"]
    answer.rationale = "all agreed"
    session.answers["mlts.data.1"] = answer
    try session.apply(
      .answer(question: "mlts.data.1", option: "automated"),
      catalog: Self.catalog,
      now: Self.now
    )
    #expect(session.answers["mlts.data.1"]?.agreed == "none")
  }

  @Test("agreeing on not applicable needs a reason and stores it")
  func agreeingOnNotApplicable() throws {
    var session = Self.fresh()
    let edit = SessionEdit.agree(question: "mlts.data.5", option: "n/a", rationale: "", dissent: "")
    #expect(caught { try session.apply(edit, catalog: Self.catalog, now: Self.now) } != nil)
    try session.apply(
      .agree(question: "mlts.data.5", option: "n/a", rationale: "no user data", dissent: ""),
      catalog: Self.catalog,
      now: Self.now
    )
    #expect(session.answers["mlts.data.5"]?.notApplicableReason == "no user data")
    #expect(session.answers["mlts.data.5"]?.isNotApplicable == true)
  }

  @Test("a list of edits applies all or nothing")
  func editsApplyAllOrNothing() {
    var session = Self.fresh()
    let error = caught {
      try session.apply(
        [
          .answer(question: "mlts.data.1", option: "manual"),
          .answer(question: "mlts.data.2", option: "sometimes"),
        ],
        catalog: Self.catalog,
        now: Self.now
      )
    }
    #expect(error?.message.hasPrefix("\"sometimes\" is not an answer to mlts.data.2") == true)
    #expect(session.answers.isEmpty)
  }

  @Test("whatever random edits the core accepts, the reader reads back equal (1,000 edits)")
  func randomEditsAlwaysReadBack() throws {
    var random = SeededRandom(seed: 20_261_201)
    var session = Self.fresh()
    var accepted = 0
    for _ in 0..<1000 {
      let edit = RandomEdits.edit(&random, catalog: Self.catalog)
      if (try? session.apply(edit, catalog: Self.catalog, now: Self.now)) != nil { accepted += 1 }
    }
    #expect(accepted > 250)
    #expect(try Self.reread(session) == session)
  }
}

/// Random edits of every kind, with good and bad values mixed.
enum RandomEdits {
  static let texts = [
    "", "ok", "  padded  ", "Zoë & Bo", "line\nbreak", "tab\there", "\u{1B}]2;title\u{07}",
    "quote \" and \\ backslash", "\u{200B}zero width", "CR\r\nLF", "emoji 🧪",
  ]
  static let days = ["2026-11-26", "2024-02-29", "2026-02-30", "20/11/2026", "", "2026-1-5"]

  static func text(_ random: inout SeededRandom) -> String {
    if Int.random(in: 0..<100, using: &random) == 0 {
      return String(repeating: "long ", count: Int.random(in: 1...55_000, using: &random))
    }
    return random.pick(texts)
  }

  static func edit(_ random: inout SeededRandom, catalog: BankCatalog)
    -> SessionEdit
  {
    let questions = catalog.banks.flatMap(\.sections).flatMap(\.questions)
    let question = random.pick(questions)
    let id = Int.random(in: 0..<30, using: &random) == 0 ? "nope.x" : question.id
    let options = question.options.map(\.id) + ["n/a", "bogus"]
    let option = random.pick(options)
    let day = random.pick(days)
    switch Int.random(in: 0..<19, using: &random) {
    case 0: return .answer(question: id, option: Bool.random(using: &random) ? option : nil)
    case 1: return .notApplicable(question: id, reason: text(&random))
    case 2: return .note(question: id, text: text(&random))
    case 3:
      return .vote(
        question: id,
        participant: text(&random),
        option: Bool.random(using: &random) ? option : nil
      )
    case 4:
      return .agree(question: id, option: option, rationale: text(&random), dissent: text(&random))
    case 5: return .rationale(question: id, text: text(&random))
    case 6: return .dissent(question: id, text: text(&random))
    case 7:
      return .evidence(
        question: id,
        items: [Evidence(reference: text(&random), owner: text(&random), verified: day)]
      )
    case 8:
      return .addEvidence(question: id, item: Evidence(reference: text(&random), verified: day))
    case 9:
      return .confidence(question: id, level: Confidence.allCases.randomElement(using: &random))
    case 10: return .owner(question: id, name: text(&random))
    case 11: return .due(question: id, day: day)
    case 12:
      return .target(
        framework: random.pick(["mlts", "azure", "google", "x"]),
        level: Int.random(in: -1...6, using: &random)
      )
    case 13: return .timebox(minutes: Int.random(in: -5...700, using: &random))
    case 14: return .team(text(&random))
    case 15: return .system(text(&random))
    case 16: return .facilitator(text(&random))
    case 17: return .addParticipant(text(&random))
    default: return .date(day)
    }
  }
}
