/// The HTML report of `mlmaturity report --format html`: one self-contained
/// page to share after a workshop.
///
/// The page has inline CSS and inline SVG only: no scripts, no remote
/// assets, no web fonts, and a content security policy that forbids them,
/// so it opens offline and from an email attachment alike. It shows each
/// framework's result (a radar of the ML Test Score sections, level ladders
/// with the current level and the target), every question with its answer,
/// votes and spread, rationale, dissent, evidence, confidence and note,
/// not-applicable reasons wherever results are shown, and the action
/// backlog, then as an appendix every question with its answer, votes and
/// record.
///
/// Worded for a reader outside the team: dates and ML Test Score bands in
/// words (``PlainWords``), question titles with their ids as `title`
/// tooltips. Every text from the session or a bank goes through
/// ``escape(_:)``.
public enum HTMLReport {
  /// The whole page.
  public static func render(session: Session, scores: [FrameworkScore], catalog: BankCatalog)
    -> String
  {
    let backlog = Backlog(session: session, scores: scores)
    let heading = ScoreText.heading(session, wording: .plain)
    var out = HTMLPage.head(title: "ML maturity assessment: \(heading)", style: stylesheet)
    out += header(session, scores: scores)
    out += summary(scores, backlog: backlog)
    let warnings = Diagnostics.warnings(session: session, scores: scores, catalog: catalog)
    if !warnings.isEmpty {
      out += ["<section class=\"warnings\" id=\"warnings\">", "<h2>Warnings</h2>", "<ul>"]
      out += warnings.map { "<li>\(escape($0))</li>" }
      out += ["</ul>", "</section>"]
    }
    out += ["<section id=\"results\">", "<h2>Results</h2>"]
    for (score, gap) in zip(scores, backlog.gaps) {
      out += resultPanel(score, gap: gap, session: session)
    }
    out.append("</section>")
    out += backlogSection(backlog, scores: scores)
    for score in scores {
      out += questionTables(score, session: session)
    }
    out += footer(session, scores: scores)
    out += ["</main>", "</body>", "</html>", ""]
    return out.joined(separator: "\n")
  }

  /// Escapes `&`, `<`, `>`, `"` and `'` so the text is inert both in an
  /// element and in a quoted attribute; control characters are spelled
  /// visibly (see ``VisibleText``).
  public static func escape(_ text: String) -> String {
    var out = ""
    for character in VisibleText.spelled(text) {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  /// ``escape(_:)`` with line breaks as `<br>`, for multi-line text such
  /// as notes.
  public static func escapeLines(_ text: String) -> String {
    escape(text).split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "<br>")
  }

  private static func header(_ session: Session, scores: [FrameworkScore]) -> [String] {
    var out = [
      "<header class=\"report-header\">",
      "<p class=\"eyebrow\">ML maturity assessment</p>",
      "<h1>\(escape(session.team.isEmpty ? ScoreText.heading(session, wording: .plain) : session.team))</h1>",
    ]
    let rows: [(String, String)] = [
      ("System", session.system), ("Date", PlainWords.date(session.date)),
      ("Facilitator", session.facilitator),
      ("Participants", session.participants.joined(separator: ", ")),
      ("Frameworks", scores.map(\.bank.name).joined(separator: ", ")),
      ("Last changed", PlainWords.date(session.updatedAt)),
    ]
    let kept = rows.filter { !$0.1.isEmpty }
    if !kept.isEmpty {
      out.append("<dl class=\"meta\">")
      out += kept.map { "<div><dt>\($0.0)</dt><dd>\(escape($0.1))</dd></div>" }
      out.append("</dl>")
    }
    out.append("<nav class=\"toc\" aria-label=\"Contents\">")
    var links = [("results", "Results"), ("backlog", "Action backlog")]
    links += scores.map { ("answers-\($0.bank.id)", "Appendix: \($0.bank.name) answers") }
    out += links.map { "<a href=\"#\(escape($0.0))\">\(escape($0.1))</a>" }
    out += ["</nav>", "</header>"]
    return out
  }

  private static func summary(_ scores: [FrameworkScore], backlog: Backlog) -> [String] {
    var out = ["<section class=\"cards\" aria-label=\"Summary\">"]
    for (score, gap) in zip(scores, backlog.gaps) {
      let bank = score.bank
      let rule = bank.rule
      let headline = rule.headlineTitle(score.headline)
      let of = "of \(Int(rule.maximumHeadline(of: bank)))"
      let rung = ReportSummary.rungLine(score)
      let meaning = bank.levels.indices.contains(score.rung) ? bank.levels[score.rung].summary : ""
      out += [
        "<article class=\"card\">",
        "<h3>\(escape(bank.name))</h3>",
        "<p class=\"headline\">\(escape(headline)) <span>\(escape(of))</span></p>",
        "<p class=\"rung-line\">\(escape(rung))</p>",
        "<p class=\"muted\">\(escape(meaning))</p>",
        "<p class=\"target-line\">\(targetLine(gap, backlog: backlog, bank: bank))</p>",
      ]
      var badges: [String] = []
      if score.provisional {
        badges.append(
          badge(
            "provisional: \(score.sheet.unanswered.count) of \(score.sheet.totalCount) unanswered",
            "warn"
          )
        )
      }
      if !score.sheet.notApplicable.isEmpty {
        badges.append(
          badge("\(score.sheet.notApplicable.count) not applicable (counted as not met)", "na")
        )
      }
      if !badges.isEmpty { out.append("<p class=\"badges\">\(badges.joined(separator: " "))</p>") }
      out.append("</article>")
    }
    out.append("</section>")
    return out
  }

  /// `Target: level 2 · 4 actions close the gap`, as HTML.
  static func targetLine(_ gap: TargetGap, backlog: Backlog, bank: Bank) -> String {
    let target = PlainWords.rung(gap.target, of: bank)
    let kind = gap.isDefaultTarget ? "Next" : "Target"
    if gap.reached { return badge("\(kind): \(target) reached", "good") }
    return
      "<strong>\(kind): \(escape(target))</strong> · "
      + escape(BacklogReport.closingText(gap, backlog))
  }

  /// A small coloured label; `kind` is a fixed class name, `text` is escaped.
  static func badge(_ text: String, _ kind: String) -> String {
    "<span class=\"badge \(kind)\">\(escape(text))</span>"
  }

  private static func footer(_ session: Session, scores: [FrameworkScore]) -> [String] {
    let banks = scores.map { "\($0.bank.name) \($0.bank.version)" }.joined(separator: ", ")
    return [
      "<footer>",
      "<p>Made with mlmaturity \(escape(MaturityVersion.current)) from the session last changed "
        + "\(escape(PlainWords.date(session.updatedAt))); question banks: \(escape(banks)). "
        + "Unanswered and "
        + "not-applicable questions count as the lowest answer.</p>",
      "</footer>",
    ]
  }
}
