/// The Markdown report of `mlmaturity report`: results with targets and
/// not-applicable reasons, the targets and the action backlog, then as an
/// appendix every question with its answer, note and workshop record (votes
/// and spread, rationale, dissent, confidence, evidence, owner) and what
/// blocks the next level.
///
/// Worded for a reader outside the team (``ScoreText/Wording/plain``):
/// question titles with their ids in a last column or after the title in
/// code, dates and ML Test Score bands in words.
///
/// Text from the session is escaped so that a team name or note cannot
/// inject Markdown or HTML.
public enum MarkdownReport {
  /// The whole report.
  public static func render(session: Session, scores: [FrameworkScore], catalog: BankCatalog)
    -> String
  {
    let heading = ScoreText.heading(session, wording: .plain)
    var out: [String] = ["# ML maturity assessment: \(escape(heading))", ""]
    out += metadata(session)
    out += ["## Results", ""]
    let backlog = Backlog(session: session, scores: scores)
    out.append("- System context: \(escape(session.context.summary))")
    for score in scores {
      let rule = Explanation.ruleLines(for: score.bank.scoring).map { "  " + $0 }
      let lines =
        ScoreText.describe(score, wording: .plain)
        + ScoreText.workshopLines(score, session: session, wording: .plain) + rule
      out += lines.map { line in
        line.hasPrefix("  ")
          ? "  - " + escape(line.trimmingWhitespace()) : "- **" + escape(line) + "**"
      }
    }
    out.append("")
    let warnings = Diagnostics.warnings(session: session, scores: scores, catalog: catalog)
    if !warnings.isEmpty {
      out += ["## Warnings", ""] + warnings.map { "- " + escape($0) } + [""]
    }
    out += backlogTable(backlog, scores: scores)
    out += [
      "## Appendix: every answer", "",
      "Each framework's questions with their answers, notes and workshop record, and what "
        + "blocks its next level.",
      "",
    ]
    for score in scores {
      out += answers(score, session: session)
      out += gaps(score)
    }
    return out.joined(separator: "\n")
  }

  private static func metadata(_ session: Session) -> [String] {
    let rows: [(String, String)] = [
      ("Team", session.team), ("System", session.system), ("Facilitator", session.facilitator),
      ("Participants", session.participants.joined(separator: ", ")),
      ("Date", PlainWords.date(session.date)), ("Last changed", PlainWords.date(session.updatedAt)),
    ]
    let kept = rows.filter { !$0.1.isEmpty }
    guard !kept.isEmpty else { return [] }
    return ["| | |", "|---|---|"] + kept.map { "| \($0.0) | \(escape($0.1)) |" } + [""]
  }

  private static func answers(_ score: FrameworkScore, session: Session) -> [String] {
    var out = ["### \(escape(score.bank.name)): answers", ""]
    for section in score.bank.sections {
      out += [
        "#### \(escape(section.title))", "", "| Question | Answer | Note | Id |",
        "|---|---|---|---|",
      ]
      let details = section.questions.map {
        QuestionDetail.detail($0, in: section, session: session, score: score)
      }
      for detail in details {
        out.append(
          "| \(escape(detail.question.title)) | \(escape(detail.answerLabel)) "
            + "| \(escape(detail.answer.note ?? "")) | `\(detail.question.id)` |"
        )
      }
      out.append("")
      let recorded = details.map { ($0, workshopRecord($0)) }.filter { !$0.1.isEmpty }
      if !recorded.isEmpty {
        out += ["Workshop record:", ""]
        for (detail, lines) in recorded {
          out.append("- \(escape(detail.question.title)) (`\(detail.question.id)`)")
          out += lines.map { "  - " + $0 }
        }
        out.append("")
      }
    }
    return out
  }

  /// Votes and spread, rationale, dissent, confidence, evidence, owner and
  /// due date of one question, escaped; empty when none was recorded.
  private static func workshopRecord(_ detail: QuestionDetail) -> [String] {
    var lines: [String] = []
    let answer = detail.answer
    if let spread = detail.spread {
      let marker = spread.disagrees ? "**≠ \(detail.spreadText)**" : "= agree"
      lines.append("Votes: \(escape(detail.votesText)) — \(marker)")
    }
    if let changed = detail.changedAfterVoteText { lines.append("**\(escape(changed))**") }
    if let rationale = answer.rationale { lines.append("Rationale: \(escape(rationale))") }
    if let dissent = answer.dissent { lines.append("Dissent: \(escape(dissent))") }
    if let confidence = answer.confidence { lines.append("Confidence: \(confidence.rawValue)") }
    let evidence = detail.evidenceTexts(date: PlainWords.date)
    if !evidence.isEmpty {
      lines.append("Evidence: " + evidence.map(escape).joined(separator: "; "))
    }
    var owner: [String] = []
    if let name = answer.owner { owner.append("Owner: \(escape(name))") }
    if let due = answer.due { owner.append("due: \(escape(PlainWords.date(due)))") }
    if !owner.isEmpty { lines.append(owner.joined(separator: ", ")) }
    return lines
  }

  /// Each target and the action backlog as a table, target-gap actions
  /// first.
  private static func backlogTable(_ backlog: Backlog, scores: [FrameworkScore]) -> [String] {
    var out = ["## Targets and action backlog", ""]
    for (score, gap) in zip(scores, backlog.gaps) {
      let text = BacklogReport.gapText(gap, backlog: backlog, bank: score.bank, wording: .plain)
      out.append("- " + escape(text))
    }
    out.append("")
    let items = BacklogReport.ordered(backlog)
    guard !items.isEmpty else {
      return out + ["No actions: every answer is at its most mature.", ""]
    }
    out += [
      "| | Action | Now → goal | Owner | Due | How to improve | Id |",
      "|---|---|---|---|---|---|---|",
    ]
    for item in items {
      let (now, goal) = BacklogReport.stepLabels(item, scores: scores)
      out.append(
        "| \(BacklogReport.mark(item)) | \(escape(item.summary)) "
          + "| \(escape(now)) → \(escape(goal)) | \(escape(item.owner)) "
          + "| \(escape(PlainWords.date(item.due))) | \(escape(item.improve)) | `\(item.questionID)` |"
      )
    }
    return out + [""]
  }

  private static func gaps(_ score: FrameworkScore) -> [String] {
    // A team's N/A is listed apart, to confirm, not as something to do.
    let blockers = score.blockers.filter { score.sheet.notApplicable[$0] == nil }
    let confirm = score.blockers.filter { score.sheet.notApplicable[$0] != nil }
    guard !blockers.isEmpty || !confirm.isEmpty else { return [] }
    var out = ["### \(escape(score.bank.name)): what blocks the next level", ""]
    if !confirm.isEmpty {
      out.append(
        "Marked not applicable, confirm (\(ScoreText.notApplicableRule(score.bank.scoring))): "
          + confirm.map { id in
            let title = score.bank.question(id)?.title ?? id
            return "\(escape(title)) (\(escape(score.sheet.notApplicable[id] ?? "")), `\(id)`)"
          }.joined(separator: ", ")
      )
      out.append("")
    }
    for id in blockers {
      guard let question = score.bank.question(id) else { continue }
      let current = TargetGap.currentLabel(score, id)
      let step = TargetGap.nextStep(score, question) ?? question.improve
      out.append(
        "- [ ] **\(escape(question.title))** (now: \(escape(current))): "
          + "\(escape(step)) (`\(id)`)"
      )
    }
    out.append("")
    return out
  }
}
