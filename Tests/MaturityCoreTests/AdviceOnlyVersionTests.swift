import MaturityCore
import Testing

/// The versions before the shipped banks added per-option next steps: a
/// change-log entry from each changes nothing about answers.
private let adviceOnlyFrom = ["mlts": "1.1.0", "azure": "1.1.0", "google": "2.0.0"]

/// A session answered against the banks before the next steps were added.
private func sessionBeforeNextSteps() throws -> Session {
  var session = Session.new(banks: Shipped.banks, now: Timestamp(secondsSince1970: 0))
  session.bankVersions = adviceOnlyFrom
  session.answers = workshopAnswers(["mlts.data.1": "manual", "azure.tech.training": "manual"])
  return session
}

@Suite("Bank versions that only add advice: old sessions open as before")
struct AdviceOnlyVersionTests {
  @Test("the shipped banks log the step from each earlier version as keeping answers")
  func shippedLogKeepsAnswers() throws {
    for (id, old) in adviceOnlyFrom {
      let bank = try Shipped.bank(id)
      let entry = try #require(bank.changes.last)
      #expect(entry.from == old)
      #expect(entry.keepsAnswers)
      #expect(bank.answersMatch(recorded: old))
    }
  }

  @Test(
    "a session from before the next steps needs no upgrade and scores without a version warning"
  )
  func oldSessionOpensWithoutWarnings() throws {
    let session = try sessionBeforeNextSteps()
    let catalog = Shipped.catalog
    let upgrade = SessionUpgrade(session, catalog: catalog)
    #expect(!upgrade.isNeeded)
    // Upgrading still records the current versions, answers untouched.
    #expect(upgrade.changesFile)
    #expect(upgrade.restamped.map(\.bank).sorted() == ["azure", "google", "mlts"])
    #expect(upgrade.session.answers == session.answers)
    for bank in Shipped.banks {
      #expect(upgrade.session.bankVersions[bank.id] == bank.version)
    }
    #expect(!SessionUpgrade(upgrade.session, catalog: catalog).changesFile)
    let warnings = Diagnostics.warnings(
      session: session,
      scores: Scorer.score(session, catalog: catalog),
      catalog: catalog
    )
    #expect(warnings == [])
  }

  @Test("comparing it with a session at the current versions raises no bank-version notice")
  func noNoticeAgainstCurrent() throws {
    let old = try sessionBeforeNextSteps()
    var new = old
    new.bankVersions = Dictionary(uniqueKeysWithValues: Shipped.banks.map { ($0.id, $0.version) })
    for bank in Shipped.banks {
      #expect(BankVersionNotice(bank: bank, old: old, new: new) == nil)
    }
  }

  @Test("a session from a version whose entry rewords questions still warns and upgrades")
  func rewordedStillWarns() throws {
    var session = try sessionBeforeNextSteps()
    session.bankVersions["mlts"] = "1.0.0"
    let upgrade = SessionUpgrade(session, catalog: Shipped.catalog)
    #expect(upgrade.isNeeded)
    #expect(upgrade.session.bankVersions["mlts"] == (try Shipped.bank("mlts")).version)
    #expect(try !Shipped.bank("mlts").answersMatch("1.0.0", "1.1.0"))
    #expect(try !Shipped.bank("mlts").answersMatch(nil, "1.1.0"))
    #expect(try !Shipped.bank("mlts").answersMatch("0.9.0", "1.1.0"))
  }

  @Test("pre-work answered before the next steps merges into a workshop at the current versions")
  func preworkMerges() throws {
    let now = Timestamp(secondsSince1970: 0)
    var workshop = Session.new(banks: Shipped.banks, now: now)
    workshop.participants = ["Ana"]
    var prework = Session.prework(
      for: "Ana",
      from: workshop,
      file: "ws.json",
      catalog: Shipped.catalog,
      now: now
    )
    prework.bankVersions = adviceOnlyFrom
    prework.answers["mlts.data.1"] = Answer(value: "manual")
    let (merged, _) = try PreworkMerge.merge(
      [PreworkMerge.Input(path: "ana.json", session: prework)],
      into: workshop,
      catalog: Shipped.catalog,
      now: now
    )
    #expect(merged.answers["mlts.data.1"]?.votes == ["Ana": "manual"])
  }
}
