/// The Markdown report of `mlmaturity report`: results, every question with
/// its answer and note, and the gaps to close next.
///
/// Text from the session is escaped so that a team name or note cannot
/// inject Markdown or HTML.
public enum MarkdownReport {
  /// The whole report.
  public static func render(session: Session, scores: [FrameworkScore], catalog: BankCatalog)
    -> String
  {
    var out: [String] = ["# ML maturity assessment: \(escape(ScoreText.heading(session)))", ""]
    out += metadata(session)
    out += ["## Results", ""]
    for score in scores {
      out += ScoreText.describe(score).map { line in
        line.hasPrefix("  ")
          ? "  - " + escape(line.trimmingPrefixSpaces()) : "- **" + escape(line) + "**"
      }
    }
    out.append("")
    let warnings = Diagnostics.warnings(session: session, scores: scores, catalog: catalog)
    if !warnings.isEmpty {
      out += ["## Warnings", ""] + warnings.map { "- " + escape($0) } + [""]
    }
    for score in scores {
      out += answers(score, session: session)
      out += gaps(score)
    }
    return out.joined(separator: "\n")
  }

  private static func metadata(_ session: Session) -> [String] {
    let rows: [(String, String)] = [
      ("Team", session.team), ("System", session.system), ("Facilitator", session.facilitator),
      ("Participants", session.participants.joined(separator: ", ")), ("Date", session.date),
      ("Last changed", session.updatedAt),
    ]
    let kept = rows.filter { !$0.1.isEmpty }
    guard !kept.isEmpty else { return [] }
    return ["| | |", "|---|---|"] + kept.map { "| \($0.0) | \(escape($0.1)) |" } + [""]
  }

  private static func answers(_ score: FrameworkScore, session: Session) -> [String] {
    var out = ["## \(escape(score.bank.name)): answers", ""]
    for section in score.bank.sections {
      out += ["### \(escape(section.title))", "", "| Question | Answer | Note |", "|---|---|---|"]
      for question in section.questions {
        let answer = session.answers[question.id]
        let label =
          score.sheet.chosen[question.id]?.label
          ?? (answer?.value.map { "invalid: \($0)" } ?? "unanswered")
        out.append(
          "| `\(question.id)` \(escape(question.title)) | \(escape(label)) | \(escape(answer?.note ?? "")) |"
        )
      }
      out.append("")
    }
    return out
  }

  private static func gaps(_ score: FrameworkScore) -> [String] {
    let blockers = score.blockers
    guard !blockers.isEmpty else { return [] }
    var out = ["## \(escape(score.bank.name)): what blocks the next level", ""]
    for id in blockers {
      guard let question = score.bank.question(id) else { continue }
      let current = score.sheet.chosen[id]?.label ?? "unanswered"
      out.append(
        "- [ ] **\(escape(question.title))** (`\(id)`, now: \(escape(current))): \(escape(question.improve))"
      )
    }
    out.append("")
    return out
  }

  /// Escapes Markdown and HTML special characters; line breaks become `<br>`.
  public static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\n", "\r\n": out += "<br>"
      case "\\", "|", "*", "_", "`", "[", "]", "#", "~": out += "\\" + String(character)
      default: out.append(character)
      }
    }
    return out
  }
}

extension String {
  func trimmingPrefixSpaces() -> String {
    String(drop { $0 == " " })
  }
}
