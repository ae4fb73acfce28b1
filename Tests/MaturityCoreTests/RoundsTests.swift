import MaturityCore
import Testing

/// Workshop rounds: pre-work merged as votes, the next round from the
/// last, anonymous votes, participants renamed and removed.
@Suite("Workshop rounds: pre-work, next round, anonymous votes, participants")
struct RoundsTests {
  static let catalog = Shipped.catalog
  static let now = Timestamp(secondsSince1970: 1_795_687_200)

  static func workshop() -> Session {
    var session = Session.new(banks: Shipped.banks, now: now)
    session.team = "Payments"
    session.system = "fraud-scoring"
    session.participants = ["Ana", "Bo", "Zoë"]
    return session
  }

  static func prework(_ name: String, _ answers: [String: String], note: String? = nil)
    -> PreworkMerge.Input
  {
    var session = Session.prework(
      for: name,
      from: workshop(),
      file: "ws.json",
      catalog: catalog,
      now: now
    )
    for (id, value) in answers { session.answers[id] = Answer(value: value) }
    if let note { session.answers["mlts.data.1", default: Answer()].note = note }
    return PreworkMerge.Input(path: "\(name.lowercased()).json", session: session)
  }

  @Test(
    "three pre-work files: votes by name, a conflict kept, a duplicate name and an unknown question reported"
  )
  func mergeThreeFiles() throws {
    var workshop = Self.workshop()
    try workshop.apply(
      .vote(question: "mlts.data.2", participant: "Zoë", option: "none"),
      catalog: Self.catalog,
      now: Self.now
    )
    let inputs = [
      Self.prework(
        "Ana",
        ["mlts.data.1": "manual", "mlts.data.2": "automated"],
        note: "wiki page"
      ),
      Self.prework(
        "Zoë",
        ["mlts.data.1": "automated", "mlts.data.2": "manual", "mlts.gone.9": "x"]
      ),
      Self.prework("Ana", ["mlts.data.1": "none"]),
    ]

    let (merged, report) = try PreworkMerge.merge(
      inputs,
      into: workshop,
      catalog: Self.catalog,
      now: Self.now
    )

    #expect(merged.answers["mlts.data.1"]?.votes == ["Ana": "manual", "Zoë": "automated"])
    #expect(merged.answers["mlts.data.2"]?.votes == ["Ana": "automated", "Zoë": "none"])
    #expect(merged.answers["mlts.data.1"]?.note == "Ana (pre-work): wiki page")
    #expect(merged.answers["mlts.data.1"]?.value == nil)
    #expect(report.added == ["Ana": 2, "Zoë": 1])
    #expect(report.problems.count == 3)
    #expect(report.problems.contains { $0.contains("Zoë already voted none") })
    #expect(report.problems.contains { $0.contains("mlts.gone.9 is not a question") })
    #expect(report.problems.contains { $0.contains("Ana was already merged from ana.json") })
  }

  @Test("merging the same files again changes nothing")
  func mergeIsIdempotent() throws {
    let inputs = [Self.prework("Bo", ["mlts.data.1": "manual"], note: "by hand")]
    let (once, _) = try PreworkMerge.merge(
      inputs,
      into: Self.workshop(),
      catalog: Self.catalog,
      now: Self.now
    )
    let (twice, report) = try PreworkMerge.merge(
      inputs,
      into: once,
      catalog: Self.catalog,
      now: Self.now
    )
    #expect(twice == once)
    #expect(report.added.isEmpty)
    #expect(report.unchanged == ["Bo": 1])
  }

  @Test("a pre-work file for another team or other bank versions stops the merge")
  func mismatchesStopTheMerge() {
    var other = Self.prework("Bo", ["mlts.data.1": "manual"])
    other.session.team = "Search"
    let error = caught {
      try PreworkMerge.merge([other], into: Self.workshop(), catalog: Self.catalog, now: Self.now)
    }
    #expect(error?.message.contains("is for team \"Search\"") == true)
    #expect(error?.exitCode == 65)

    var older = Self.prework("Bo", ["mlts.data.1": "manual"])
    older.session.bankVersions["mlts"] = "0.0.1"
    let versionError = caught {
      try PreworkMerge.merge([older], into: Self.workshop(), catalog: Self.catalog, now: Self.now)
    }
    #expect(versionError?.message.contains("was answered against mlts 0.0.1") == true)

    var plain = Self.prework("Bo", [:])
    plain.session.prework = nil
    #expect(
      caught {
        try PreworkMerge.merge([plain], into: Self.workshop(), catalog: Self.catalog, now: Self.now)
      }?.message.contains("is not a pre-work file") == true
    )
  }

  @Test(
    "the next round keeps team, people, targets and owners; answers become last time; votes are cleared"
  )
  func nextRound() throws {
    var last = Self.workshop()
    last.targets = ["mlts": 3]
    try last.apply(
      [
        .vote(question: "mlts.data.1", participant: "Ana", option: "manual"),
        .agree(question: "mlts.data.1", option: "manual", rationale: "by hand", dissent: ""),
        .confidence(question: "mlts.data.1", level: .verified),
        .notApplicable(question: "mlts.data.5", reason: "no user data"),
        .owner(question: "mlts.data.2", name: "Bo"),
        .due(question: "mlts.data.2", day: "2027-01-31"),
      ],
      catalog: Self.catalog,
      now: Self.now
    )

    let next = Session.nextRound(
      from: last,
      file: "q3.json",
      date: try #require(Day("2027-03-01")),
      catalog: Self.catalog,
      now: Self.now
    )

    #expect(next.team == "Payments" && next.participants == ["Ana", "Bo", "Zoë"])
    #expect(next.targets == ["mlts": 3])
    #expect(next.date == "2027-03-01")
    #expect(next.answers["mlts.data.1"] == nil)
    #expect(next.answers["mlts.data.2"]?.owner == "Bo")
    #expect(next.answers["mlts.data.2"]?.value == nil)
    let previous = try #require(next.previous)
    #expect(previous.answers == ["mlts.data.1": "manual", "mlts.data.5": "n/a"])
    #expect(
      previous.acceptEdit(for: "mlts.data.5")
        == .notApplicable(question: "mlts.data.5", reason: "no user data")
    )
    let reread = try SessionFile.parse(Array(SessionFile.text(of: next).utf8), path: "n.json")
    #expect(reread == next)
  }

  @Test(
    "a next round must come after the round it continues: the day before or the same day is refused"
  )
  func nextRoundDay() throws {
    var last = Self.workshop()
    last.date = "2026-12-01"
    #expect(
      last.nextRoundDayProblem(try #require(Day("2026-11-30")))
        == "is not after the earlier round's 2026-12-01"
    )
    #expect(
      last.nextRoundDayProblem(try #require(Day("2026-12-01")))
        == "is not after the earlier round's 2026-12-01"
    )
    #expect(last.nextRoundDayProblem(try #require(Day("2026-12-02"))) == nil)
    // Without a date, the day it was last changed counts.
    last.date = ""
    last.updatedAt = "2026-12-05T10:00:00Z"
    #expect(
      last.nextRoundDayProblem(try #require(Day("2026-12-05")))
        == "is not after the earlier round's 2026-12-05"
    )
  }

  @Test("with anonymous votes every report format shows P1…Pn and no participant name")
  func anonymousReportsHaveNoNames() throws {
    var session = Self.workshop()
    try session.apply(
      [
        .vote(question: "mlts.data.1", participant: "Ana", option: "manual"),
        .vote(question: "mlts.data.1", participant: "Zoë", option: "none"),
        .agree(
          question: "mlts.data.1",
          option: "manual",
          rationale: "Ana showed the wiki",
          dissent: "Zoë: not repeatable"
        ),
        .anonymousVotes(true),
      ],
      catalog: Self.catalog,
      now: Self.now
    )
    let shared = session.forSharing
    let scores = Scorer.score(shared, catalog: Self.catalog)
    let outputs = [
      HTMLReport.render(session: shared, scores: scores, catalog: Self.catalog),
      MarkdownReport.render(session: shared, scores: scores, catalog: Self.catalog),
      CSVReport.render(session: shared, scores: scores),
      JSONWriter.write(
        ReportJSON.document(session: shared, path: "s.json", scores: scores, catalog: Self.catalog)
      ),
    ]
    for output in outputs {
      let words = Set(output.split { !$0.isLetter }.map(String.init))
      for name in ["Ana", "Zoë", "Bo"] { #expect(!words.contains(name), "\(name) in a report") }
    }
    #expect(outputs[1].contains("P1"))
    let zoe = try #require(shared.answers["mlts.data.1"]?.votes.first { $0.value == "none" }?.key)
    #expect(shared.answers["mlts.data.1"]?.dissent == "\(zoe): not repeatable")
  }

  @Test("renaming moves the votes; removing drops them unless asked to keep them")
  func renameAndRemove() throws {
    var session = Self.workshop()
    try session.apply(
      [
        .vote(question: "mlts.data.1", participant: "Bo", option: "manual"),
        .renameParticipant(from: "Bo", to: "Bob"),
      ],
      catalog: Self.catalog,
      now: Self.now
    )
    #expect(session.participants == ["Ana", "Bob", "Zoë"])
    #expect(session.answers["mlts.data.1"]?.votes == ["Bob": "manual"])
    #expect(
      caught {
        try session.apply(
          .renameParticipant(from: "Ana", to: "Zoë"),
          catalog: Self.catalog,
          now: Self.now
        )
      }?.message == "\"Zoë\" is already a participant"
    )

    var kept = session
    try kept.apply(.removeParticipant("Bob", keepVotes: true), catalog: Self.catalog, now: Self.now)
    #expect(kept.answers["mlts.data.1"]?.votes == ["Bob": "manual"])
    try session.apply(
      .removeParticipant("Bob", keepVotes: false),
      catalog: Self.catalog,
      now: Self.now
    )
    #expect(session.participants == ["Ana", "Zoë"])
    #expect(session.answers["mlts.data.1"] == nil)
  }

  @Test(
    "a pre-work name in other case is the workshop's participant; a rename carries merged notes"
  )
  func caseAndRename() throws {
    let input = Self.prework("bo", ["mlts.data.1": "manual"], note: "by hand only")
    var (merged, report) = try PreworkMerge.merge(
      [input],
      into: Self.workshop(),
      catalog: Self.catalog,
      now: Self.now
    )
    #expect(merged.answers["mlts.data.1"]?.votes == ["Bo": "manual"])
    #expect(report.problems.isEmpty)
    try merged.apply(
      .renameParticipant(from: "Bo", to: "Bob"),
      catalog: Self.catalog,
      now: Self.now
    )
    #expect(merged.answers["mlts.data.1"]?.note == "Bob (pre-work): by hand only")
    merged.anonymousVotes = true
    let shared = merged.forSharing
    #expect(shared.answers["mlts.data.1"]?.note?.contains("Bob") == false)
  }

  @Test("P-numbers do not follow the participant list, and evidence owners who vote are hidden")
  func aliasOrderAndEvidence() throws {
    var session = Self.workshop()
    session.facilitator = "Ana"
    try session.apply(
      [
        .vote(question: "mlts.data.1", participant: "Ana", option: "manual"),
        .addEvidence(question: "mlts.data.1", item: Evidence(reference: "wiki", owner: "Zoë")),
        .anonymousVotes(true),
      ],
      catalog: Self.catalog,
      now: Self.now
    )
    let shared = session.forSharing
    let aliases = try #require(shared.answers["mlts.data.1"]?.votes.keys.first)
    #expect(shared.answers["mlts.data.1"]?.evidence.first?.owner?.hasPrefix("P") == true)
    #expect(shared.participants == ["P1", "P2", "P3"])
    // Ana is first in the list; her alias comes from the scramble, the
    // same on every run for this session.
    #expect(aliases == session.forSharing.answers["mlts.data.1"]?.votes.keys.first)
  }

  @Test("trend leaves pre-work files out of the team's history, saying why")
  func trendSkipsPrework() {
    var trend = SessionTrend(catalog: Self.catalog)
    trend.add(Self.workshop(), path: "ws.json")
    trend.add(Self.prework("Bo", [:]).session, path: "bo.json")
    #expect(trend.sessionCount == 1)
    #expect(trend.problems.first?.problem.contains("pre-work of Bo") == true)
  }
}
