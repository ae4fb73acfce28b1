/// The per-question tables and the action backlog of the HTML report.
extension HTMLReport {
  /// One table per section of `score`'s bank: each question with its answer
  /// (not-applicable reason shown), what it counts for, the votes and their
  /// spread, and the workshop record.
  static func questionTables(_ score: FrameworkScore, session: Session) -> [String] {
    let bank = score.bank
    let column = bank.rule.countsColumn
    var out = [
      "<section class=\"answers\" id=\"answers-\(escape(bank.id))\">",
      "<h2>Appendix: \(escape(bank.name)) answers</h2>",
    ]
    for section in bank.sections {
      out += [
        "<h3>\(escape(section.title))</h3>",
        "<table class=\"questions\">",
        "<colgroup><col class=\"c-question\"><col class=\"c-answer\"><col class=\"c-result\">"
          + "<col class=\"c-votes\"><col class=\"c-record\"></colgroup>",
        "<thead><tr><th>Question</th><th>Answer</th><th>\(column)</th><th>Votes</th>"
          + "<th>Agreement and evidence</th></tr></thead>",
        "<tbody>",
      ]
      for question in section.questions {
        let detail = QuestionDetail.detail(question, in: section, session: session, score: score)
        out += row(detail)
      }
      out += ["</tbody>", "</table>"]
    }
    out.append("</section>")
    return out
  }

  private static func row(_ detail: QuestionDetail) -> [String] {
    let state = detail.state.rawValue
    var answer: String
    switch detail.state {
    case .answered:
      answer = escape(detail.answerLabel)
    case .notApplicable:
      answer =
        badge("not applicable", "na")
        + "<div class=\"na-reason\">\(escapeLines(detail.notApplicableReason ?? ""))</div>"
    case .unanswered:
      answer = badge("unanswered", "muted")
    case .invalid:
      answer = badge(detail.answerLabel, "warn")
    }
    if detail.blocksNextLevel {
      answer +=
        "<div>\(badge("blocks the next \(detail.bank.rule.rungNoun)", "warn"))</div>"
    }
    return [
      "<tr class=\"\(state)\" title=\"\(escape(detail.question.id))\">",
      "<td><div class=\"q-title\">\(escape(detail.question.title))</div></td>",
      "<td>\(answer)</td>",
      "<td class=\"num\">\(escape(detail.result))</td>",
      "<td>\(votes(detail))</td>",
      "<td>\(record(detail))</td>",
      "</tr>",
    ]
  }

  private static func votes(_ detail: QuestionDetail) -> String {
    guard let spread = detail.spread else { return "" }
    var out = "<ul class=\"votes\">"
    for group in detail.voteGroups {
      out +=
        "<li><span class=\"count\">\(group.voters.count)</span> <strong>\(escape(group.label))</strong>"
        + "<span class=\"who\">\(escape(group.voters.joined(separator: ", ")))</span></li>"
    }
    out += "</ul>"
    out +=
      spread.disagrees ? badge("≠ " + detail.spreadText, "bad") : badge("= agree", "good")
    return out
  }

  private static func record(_ detail: QuestionDetail) -> String {
    let answer = detail.answer
    var items: [(String, String)] = []
    if let changed = detail.changedAfterVoteText {
      items.append(("Changed", badge(changed, "warn")))
    }
    if let rationale = answer.rationale { items.append(("Why", escapeLines(rationale))) }
    if let dissent = answer.dissent { items.append(("Dissent", escapeLines(dissent))) }
    if let confidence = answer.confidence {
      items.append(
        ("Confidence", badge(confidence.rawValue, confidence == .verified ? "good" : "warn"))
      )
    }
    if !answer.evidence.isEmpty {
      let list = answer.evidence.map { item -> String in
        var parts = [link(item.reference)]
        if let owner = item.owner { parts.append(escape(owner)) }
        if let verified = item.verified {
          parts.append("verified \(escape(PlainWords.date(verified)))")
        }
        return "<li>\(parts.joined(separator: " · "))</li>"
      }
      items.append(("Evidence", "<ul class=\"evidence\">\(list.joined())</ul>"))
    }
    if let note = answer.note { items.append(("Note", escapeLines(note))) }
    var action: [String] = []
    if let owner = answer.owner { action.append(escape(owner)) }
    if let due = answer.due { action.append("due \(escape(PlainWords.date(due)))") }
    if !action.isEmpty { items.append(("Action", action.joined(separator: ", "))) }
    guard !items.isEmpty else { return "" }
    return "<dl class=\"record\">"
      + items.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
  }

  /// A link for `http` and `https` references; anything else (a path, or a
  /// `javascript:` URL) is shown as text.
  static func link(_ reference: String) -> String {
    let lower = reference.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
      !reference.unicodeScalars.contains(where: { $0.value <= 0x20 })
    else { return "<span class=\"ref\">\(escape(reference))</span>" }
    return "<a class=\"ref\" href=\"\(escape(reference))\" rel=\"noopener noreferrer\">"
      + "\(escape(reference))</a>"
  }

  /// The action backlog: target-gap actions, then further steps.
  static func backlogSection(_ backlog: Backlog, scores: [FrameworkScore]) -> [String] {
    var out = [
      "<section class=\"backlog\" id=\"backlog\">", "<h2>Action backlog</h2>",
      "<ul class=\"gaps\">",
    ]
    for (score, gap) in zip(scores, backlog.gaps) {
      out.append(
        "<li><strong>\(escape(score.bank.name))</strong>: "
          + "\(escape(PlainWords.rung(gap.current, of: score.bank))) · "
          + "\(targetLine(gap, backlog: backlog, bank: score.bank))</li>"
      )
    }
    out.append("</ul>")
    if backlog.items.isEmpty {
      out.append("<p class=\"muted\">No actions: every answer is at its most mature.</p>")
    }
    for (heading, items) in BacklogReport.groups(backlog) where !items.isEmpty {
      out += [
        "<h3>\(heading) <span class=\"muted\">(\(items.count))</span></h3>",
        "<table class=\"actions\">",
        "<colgroup><col class=\"c-action\"><col class=\"c-step\"><col class=\"c-owner\">"
          + "<col class=\"c-due\"></colgroup>",
        "<thead><tr><th>Action</th><th>Now → goal</th><th>Owner</th><th>Due</th></tr></thead>",
        "<tbody>",
      ]
      for item in items {
        let (now, goal) = BacklogReport.stepLabels(item, scores: scores)
        let note =
          item.note.isEmpty ? "" : "<div class=\"note\">Note: \(escapeLines(item.note))</div>"
        out += [
          "<tr\(item.closesTargetGap ? " class=\"closes\"" : "") "
            + "title=\"\(escape(item.questionID))\">",
          "<td><div class=\"q-title\">\(escape(item.title))</div>"
            + "<div class=\"muted small\">\(escape(item.frameworkName)) · \(escape(item.section))"
            + "</div>"
            + "<div class=\"how\">\(escape(item.improve))</div>\(note)</td>",
          "<td>\(escape(now)) → <strong>\(escape(goal))</strong></td>",
          "<td>\(item.owner.isEmpty ? "<span class=\"muted\">—</span>" : escape(item.owner))</td>",
          "<td class=\"nowrap\">\(item.due.isEmpty ? "<span class=\"muted\">—</span>" : escape(PlainWords.date(item.due)))</td>",
          "</tr>",
        ]
      }
      out += ["</tbody>", "</table>"]
    }
    out.append("</section>")
    return out
  }
}
