import MaturityCore
import Testing

/// Counts in report and score text agree with their nouns and verbs:
/// `1 action closes the gap`, never `1 action close` or `question(s)`.
@Suite("Report grammar: singular and plural counts")
struct ReportGrammarTests {
  /// An ML Test Score session at 3.0 in data (three tests automated, the
  /// rest not done) and 7.0 elsewhere, with target band (3, 5]: one more
  /// test done by hand closes the gap.
  func oneStepFromTarget() throws -> (Session, [FrameworkScore]) {
    var values: [String: String] = [:]
    for section in ["data", "model", "infra", "monitor"] {
      for number in 1...7 {
        values["mlts.\(section).\(number)"] =
          section == "data" && number > 3 ? "none" : "automated"
      }
    }
    var session = CompareFixture.session(values, frameworks: ["mlts"])
    session.targets["mlts"] = 4
    return (session, Scorer.score(session, catalog: try BankLoader.catalog()))
  }

  @Test("one action closes the gap, in the backlog, Markdown and HTML reports")
  func oneActionCloses() throws {
    let (session, scores) = try oneStepFromTarget()
    let catalog = try BankLoader.catalog()
    let backlog = BacklogReport.markdown(
      Backlog(session: session, scores: scores),
      session: session,
      scores: scores
    )
    #expect(backlog.contains(": 1 action closes the gap"), "\(backlog)")
    let markdown = MarkdownReport.render(session: session, scores: scores, catalog: catalog)
    #expect(markdown.contains(": 1 action closes the gap"))
    #expect(!markdown.contains("1 action close the gap"))
    let html = HTMLReport.render(session: session, scores: scores, catalog: catalog)
    #expect(html.contains(" · 1 action closes the gap"))
  }

  @Test("score text says 1 question, not question(s)")
  func oneQuestionToImprove() throws {
    let (session, scores) = try oneStepFromTarget()
    let text = ScoreText.render(session: session, scores: scores, catalog: try BankLoader.catalog())
    #expect(
      text.contains("  Target 4: 1 question to improve, easiest first: mlts.data.4"),
      "\(text)"
    )
    #expect(!text.contains("(s)"))
  }

  @Test("a failed gate with one unanswered question says so in the singular")
  func oneUnansweredQuestion() throws {
    var (session, _) = try oneStepFromTarget()
    session.answers["mlts.data.7"] = nil
    let scores = Scorer.score(session, catalog: try BankLoader.catalog())
    let failures = ScoreGates(minimumMLTestScore: 5).failures(scores)
    #expect(
      failures == [
        "ML Test Score: 3.0 is below the minimum 5.0 (--min-mlts; 1 unanswered question counts as 0 points)"
      ]
    )
  }

  @Test(
    "counts pick the singular for exactly one",
    arguments: [(0, "0 actions close"), (1, "1 action closes"), (2, "2 actions close")]
  )
  func counts(count: Int, text: String) {
    #expect("\(Plural.count(count, "action")) \(Plural.verb(count, "close"))" == text)
  }
}
