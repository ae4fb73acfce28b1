import Foundation
import MaturityCore
import Testing

/// The ML Test Score gap session with target band 3, `mlts.data.5` not
/// applicable and an owner, due date and note on `mlts.infra.2`.
func workshopGapSession() throws -> Session {
  var session = Session()
  session.team = "Search"
  session.frameworks = ["mlts"]
  session.bankVersions = ["mlts": "1.0.0"]
  session.answers = workshopAnswers(try gapMLTSValues().merging(["mlts.data.5": "n/a"]) { $1 })
  session.answers["mlts.data.5"]?.notApplicableReason = "no personal data"
  session.answers["mlts.infra.2"]?.owner = "Bo"
  session.answers["mlts.infra.2"]?.due = "2027-01-31"
  session.answers["mlts.infra.2"]?.note = "nightly job"
  session.targets = ["mlts": 3]
  return session
}

@Suite("Workshop: backlog and score output")
struct WorkshopBacklogTests {
  let session: Session
  let score: FrameworkScore

  init() throws {
    session = try workshopGapSession()
    score = FrameworkScore(bank: try Shipped.bank("mlts"), answers: session.answers)
  }

  @Test("target-gap items come first, then every other non-top answer in bank order")
  func order() {
    let backlog = Backlog(session: session, scores: [score])
    let items = backlog.items
    #expect(items.count == 22)
    #expect(
      Set(items.prefix(4).map(\.questionID)) == [
        "mlts.infra.2", "mlts.monitor.1", "mlts.monitor.2", "mlts.monitor.3",
      ]
    )
    #expect(items.prefix(4).allSatisfy { $0.closesTargetGap })
    #expect(items.dropFirst(4).allSatisfy { !$0.closesTargetGap })
    let rest =
      ["mlts.data.4", "mlts.data.5", "mlts.data.6", "mlts.data.7"]
      + (3...7).map { "mlts.model.\($0)" } + (3...7).map { "mlts.infra.\($0)" }
      + (4...7).map { "mlts.monitor.\($0)" }
    #expect(items.dropFirst(4).map(\.questionID) == rest)
    #expect(!items.contains { $0.questionID == "mlts.data.1" })
    #expect(backlog.gaps.map(\.target) == [3])
  }

  @Test("items carry owner, due and note; labels mark only gap items")
  func fields() throws {
    let items = Backlog(session: session, scores: [score]).items
    let infra = try #require(items.first { $0.questionID == "mlts.infra.2" })
    let bank = try Shipped.bank("mlts")
    let title = try #require(bank.question("mlts.infra.2")?.title)
    #expect(infra.owner == "Bo")
    #expect(infra.due == "2027-01-31")
    #expect(infra.note == "nightly job")
    #expect(infra.effort == 1)
    #expect(infra.current.hasPrefix("Manual:"))
    #expect(infra.goal.hasPrefix("Automated:"))
    #expect(infra.frameworkName == "ML Test Score")
    #expect(infra.summary == "ML Test Score: \(title)")
    #expect(infra.labels == ["mlmaturity", "mlts", "target-gap"])
    let data = try #require(items.first { $0.questionID == "mlts.data.5" })
    // Marked N/A by the team: listed apart, to confirm, not as an action.
    #expect(data.kind == .confirm)
    #expect(data.labels == ["mlmaturity", "mlts", "confirm-not-applicable"])
    #expect(data.current == "not applicable: no personal data")
    #expect(data.owner == "")
    #expect(data.due == "")
    #expect(data.note == "")
  }

  @Test("workshopLines lists n/a questions with reasons and the target's steps")
  func workshopLines() {
    let lines = ScoreText.workshopLines(score, session: session)
    #expect(lines.count == 2)
    #expect(lines.first == "  Marked N/A by the team (counts 0): mlts.data.5 (no personal data)")
    #expect(
      lines.last?.hasPrefix("  Target 3: 4 questions to improve, easiest first: ") == true
    )
    #expect(lines.last?.hasSuffix("mlts.monitor.3") == true)
  }

  @Test("workshopLines says reached and lists nothing without n/a or a target")
  func workshopLinesReached() {
    var reached = session
    reached.targets = ["mlts": 1]
    #expect(ScoreText.workshopLines(score, session: reached).last == "  Target 1: reached")
    var plain = Session()
    plain.answers = workshopAnswers(["mlts.data.1": "manual"])
    let plainScore = FrameworkScore(bank: score.bank, answers: plain.answers)
    #expect(ScoreText.workshopLines(plainScore, session: plain) == [])
  }

  @Test("score JSON has notApplicable with reasons and the target object")
  func scoreJSON() throws {
    let catalog = try BankCatalog(Shipped.banks)
    let document = ScoreJSON.document(
      session: session,
      path: "s.json",
      scores: [score],
      catalog: catalog
    )
    let text = JSONWriter.write(document)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    )
    let mlts = try #require(object["mlTestScore"] as? [String: Any])
    let notApplicable = try #require(mlts["notApplicable"] as? [[String: String]])
    #expect(notApplicable == [["id": "mlts.data.5", "reason": "no personal data"]])
    let target = try #require(mlts["target"] as? [String: Any])
    #expect(target["level"] as? Int == 3)
    #expect(target["default"] as? Bool == false)
    #expect(target["reached"] as? Bool == false)
    let steps = try #require(target["steps"] as? [String])
    #expect(
      Set(steps) == ["mlts.infra.2", "mlts.monitor.1", "mlts.monitor.2", "mlts.monitor.3"]
    )
    #expect(mlts["answered"] as? Int == 28)
    #expect(mlts["unanswered"] as? Int == 0)
  }

  @Test("score JSON shows the default target one band up when none is set")
  func scoreJSONDefaultTarget() throws {
    var plain = session
    plain.targets = [:]
    let document = ScoreJSON.document(
      session: plain,
      path: "s.json",
      scores: [score],
      catalog: try BankCatalog(Shipped.banks)
    )
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONWriter.write(document).utf8))
        as? [String: Any]
    )
    let target = try #require(
      (object["mlTestScore"] as? [String: Any])?["target"] as? [String: Any]
    )
    #expect(target["level"] as? Int == 2)
    #expect(target["default"] as? Bool == true)
    #expect(target["reached"] as? Bool == false)
  }
}
