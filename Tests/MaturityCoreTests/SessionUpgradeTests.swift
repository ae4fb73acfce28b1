import MaturityCore
import Testing

/// The tiny bank at 1.1.0, whose change log from 1.0.0 renames
/// `tiny.data.old` to `tiny.data.one`, maps its option `by-hand` to
/// `manual`, and adds `tiny.data.two`.
private func upgradedTinyCatalog() throws -> BankCatalog {
  var bank = try Fixture.bank("tiny-mlts.json")
  bank.version = "1.1.0"
  bank.changes = [
    BankChange(
      from: "1.0.0",
      added: ["tiny.data.two"],
      renamed: ["tiny.data.old": "tiny.data.one"],
      options: ["tiny.data.one": ["by-hand": "manual"]]
    )
  ]
  return try BankCatalog([bank])
}

/// A session answered against tiny 1.0.0.
private func oldTinySession(_ values: [String: String]) -> Session {
  var session = Session()
  session.frameworks = ["tiny"]
  session.bankVersions = ["tiny": "1.0.0"]
  session.answers = answers(values)
  return session
}

@Suite("Upgrade: sessions move to the current banks with the change log")
struct SessionUpgradeTests {
  @Test("a renamed question and a renamed option are mapped; a new question needs an answer")
  func mapsRenamesAndOptions() throws {
    let catalog = try upgradedTinyCatalog()
    var old = oldTinySession(["tiny.data.old": "by-hand"])
    old.answers["tiny.data.old"]?.votes = ["Ana": "by-hand", "Bo": "automated"]
    let upgrade = SessionUpgrade(old, catalog: catalog)
    #expect(upgrade.session.bankVersions["tiny"] == "1.1.0")
    #expect(upgrade.session.answers["tiny.data.old"] == nil)
    #expect(upgrade.session.answers["tiny.data.one"]?.value == "manual")
    #expect(
      upgrade.session.answers["tiny.data.one"]?.votes == ["Ana": "manual", "Bo": "automated"]
    )
    #expect(
      upgrade.lines == [
        "tiny: 1.0.0 → 1.1.0",
        "  moved: tiny.data.old → tiny.data.one",
        "  options mapped: tiny.data.one",
        "  needs an answer (new): tiny.data.two",
      ]
    )
  }

  @Test("a session at the current versions needs no upgrade")
  func currentNeedsNothing() throws {
    let catalog = try upgradedTinyCatalog()
    var session = oldTinySession([:])
    session.bankVersions["tiny"] = "1.1.0"
    #expect(!SessionUpgrade(session, catalog: catalog).isNeeded)
  }

  @Test("a version the change log does not reach is left as it was, for a review by hand")
  func unknownVersionIsReported() throws {
    var session = oldTinySession([:])
    session.bankVersions["tiny"] = "0.3.0"
    let upgrade = SessionUpgrade(session, catalog: try upgradedTinyCatalog())
    #expect(
      upgrade.lines.contains(
        "  no change log from 0.3.0: left at 0.3.0; review its answers by hand"
      )
    )
    // Not stamped as current: every command goes on warning.
    #expect(upgrade.session.bankVersions["tiny"] == "0.3.0")
  }

  @Test("diff across versions uses the mapping: a renamed answer is not a change")
  func diffUsesTheMapping() throws {
    let catalog = try upgradedTinyCatalog()
    let old = oldTinySession(["tiny.data.old": "by-hand"])
    var new = oldTinySession(["tiny.data.one": "manual"])
    new.bankVersions["tiny"] = "1.1.0"
    let diff = SessionDiff(old: old, new: new, catalog: catalog)
    #expect(diff.answers.isEmpty)
  }

  @Test("a 0.1.0 workshop session still opens, scores, and upgrades to the shipped banks")
  func workshopFixtureUpgrades() throws {
    let session = try SessionFile.load(Fixture.path("workshop/team-search.json"))
    let catalog = try BankLoader.catalog()
    #expect(Scorer.score(session, catalog: catalog).count == 3)
    let upgrade = SessionUpgrade(session, catalog: catalog)
    #expect(upgrade.session.bankVersions == ["azure": "1.2.0", "google": "2.1.0", "mlts": "1.2.0"])
    #expect(upgrade.lines.contains("google: 1.0.0 → 2.1.0"))
    #expect(
      upgrade.lines.contains(
        "  no longer asked (answer kept, not scored): google.l2.metadata-store"
      )
    )
    // The answer to the removed question stays in the file.
    #expect(upgrade.session.answers["google.l2.metadata-store"] != nil)
  }
}

@Suite("System context: stored in the session, conditions questions")
struct SessionContextTests {
  @Test("the context is written and read back; unknown keys and values are refused")
  func roundTrip() throws {
    var session = Session()
    #expect(session.setContext("serving", "batch", now: Timestamp(secondsSince1970: 0)) == nil)
    let text = SessionFile.text(of: session)
    #expect(text.contains("\"context\": {\n    \"serving\": \"batch\"\n  }"))
    let reloaded = try Session(json: try JSONParser.parse(Array(text.utf8)))
    #expect(reloaded.context == SystemContext(["serving": "batch"]))
    #expect(
      session.setContext("serving", "sometimes", now: Timestamp(secondsSince1970: 0))
        == "context serving must be one of online, batch, both, found \"sometimes\""
    )
    let bad = text.replacingOccurrences(of: "\"serving\": \"batch\"", with: "\"hosting\": \"x\"")
    let error = caught { try Session(json: try JSONParser.parse(Array(bad.utf8))) }
    #expect(error?.message.contains("context.hosting: unknown context key \"hosting\"") == true)
  }

  @Test("a session without context is unknown: every question applies, and says so")
  func unknownContextAppliesEverything() throws {
    let google = try Shipped.bank("google")
    let score = FrameworkScore(bank: google, answers: [:])
    #expect(score.sheet.doesNotApply.isEmpty)
    #expect(score.sheet.totalCount == google.questions.count)
    #expect(
      Explanation.lines(for: score).contains("System context: unknown (every question applies).")
    )
  }

  @Test("a batch-only session leaves the online-only items out of progress and backlog")
  func batchLeavesOnlineItemsOut() throws {
    let google = try Shipped.bank("google")
    var session = Session.new(banks: [google], now: Timestamp(secondsSince1970: 0))
    session.context = SystemContext(["serving": "batch"])
    let scores = Scorer.score(session, catalog: try BankCatalog([google]))
    let score = try #require(scores.first)
    #expect(score.sheet.totalCount == google.questions.count - 3)
    #expect(!score.sheet.unanswered.contains("google.l1.online-validation"))
    let backlog = Backlog(session: session, scores: scores)
    #expect(!backlog.items.contains { $0.questionID == "google.l1.online-validation" })
    #expect(
      Explanation.lines(for: score).contains(
        "  n/a  Online model validation: does not apply: batch serving (left out)"
      )
    )
    #expect(
      ScoreText.workshopLines(score, session: session).first?
        .hasPrefix("  Does not apply (left out): google.l1.online-validation (batch serving)")
        == true
    )
  }
}

@Suite("A team's N/A is listed apart, to confirm, not as an action")
struct NotApplicableApartTests {
  @Test("the report's next-level section and the backlog list an N/A blocker apart")
  func notApplicableBlockerIsApart() throws {
    var session = workedExampleSession()
    var answer = Answer(value: Answer.notApplicableValue)
    answer.notApplicableReason = "no serving binary"
    session.answers["mlts.monitor.3"] = answer
    let catalog = try BankLoader.catalog()
    let scores = Scorer.score(session, catalog: catalog)
    let markdown = MarkdownReport.render(session: session, scores: scores, catalog: catalog)
    #expect(
      markdown.contains(
        "Marked not applicable, confirm (counts 0): Training and serving are not skewed "
          + "(no serving binary, `mlts.monitor.3`)"
      )
    )
    #expect(!markdown.contains("- [ ] **Training and serving are not skewed** (now:"))
    let backlog = Backlog(session: session, scores: scores)
    let item = try #require(backlog.items.first { $0.questionID == "mlts.monitor.3" })
    #expect(item.kind == .confirm)
    #expect(!item.closesTargetGap)
  }
}
