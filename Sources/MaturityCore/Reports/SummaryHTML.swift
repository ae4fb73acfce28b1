/// The one-page summary as HTML (`mlmaturity report --format summary`): one
/// self-contained page, printable on one A4 or Letter sheet, for the people
/// who fund the work.
///
/// Like ``HTMLReport``: inline CSS and SVG only, no scripts, a content
/// security policy that forbids them, and every text from a session or a
/// bank escaped. Question ids stay available as `title` tooltips.
public enum SummaryHTML {
  private static let escape = HTMLReport.escape

  /// The whole page.
  public static func render(_ summary: ReportSummary) -> String {
    var out = HTMLPage.head(
      title: "ML maturity summary: \(summary.title)",
      style: stylesheet,
      mainClass: "summary"
    )
    out += [
      "<header>",
      "<p class=\"eyebrow\">ML maturity summary</p>",
      // A long name is cut with an ellipsis on the page; the tooltip has it all.
      "<h1 title=\"\(escape(summary.title))\">\(escape(summary.title))</h1>",
    ]
    if !summary.byline.isEmpty { out.append("<p class=\"byline\">\(escape(summary.byline))</p>") }
    out.append("</header>")
    if !summary.warnings.isEmpty {
      out.append("<section class=\"warnings\" aria-label=\"Warnings\">")
      out += summary.warningLines.map { "<p>Warning: \(escape($0))</p>" }
      if let more = summary.moreWarnings { out.append("<p>\(escape(more))</p>") }
      out.append("</section>")
    }
    out.append("<section class=\"cards\" aria-label=\"Results\">")
    for result in summary.results { out += card(result, summary) }
    out.append("</section>")
    out += [
      "<section class=\"since\">",
      "<h2>Since last time</h2>",
      "<p>\(escape(summary.previousLine))</p>",
    ]
    if let answers = summary.answersLine { out.append("<p>\(escape(answers))</p>") }
    if let skipped = summary.skippedLine {
      out.append("<p class=\"skipped\">\(escape(skipped))</p>")
    }
    out.append("</section>")
    out += actions(summary)
    out += exempt(summary)
    out += [
      "<footer>Made with mlmaturity \(escape(MaturityVersion.current)). Every answer, vote, "
        + "note and action is in the full report (<code>--format html</code>). Unanswered and "
        + "not-applicable questions count as not met.</footer>",
      "</main>", "</body>", "</html>", "",
    ]
    return out.joined(separator: "\n")
  }

  private static func card(_ result: ReportSummary.Result, _ summary: ReportSummary) -> [String] {
    let score = result.score
    let bank = score.bank
    let figure = ReportSummary.figure(score)
    let meaning = bank.levels.indices.contains(score.rung) ? bank.levels[score.rung].summary : ""
    var out = [
      "<article class=\"card\">",
      "<h2>\(escape(bank.name))</h2>",
      "<p class=\"figure\">\(escape(figure.value)) <span>\(escape(figure.scale))</span></p>",
      "<p class=\"rung\">\(escape(ReportSummary.rungLine(score)))</p>",
      "<p class=\"meaning\">\(escape(meaning))</p>",
      "<p class=\"target\">\(escape(summary.targetLine(result)))</p>",
    ]
    if let change = summary.changeLine(result) {
      let tone: String
      switch result.change?.direction {
      case .improved: tone = "up"
      case .regressed: tone = "down"
      default:
        let move = summary.progressMove(result)
        tone = move.map { $0.new.met > $0.old.met ? "up" : "down" } ?? "same"
      }
      out.append("<p class=\"change \(tone)\">\(escape(change))</p>")
    }
    out += [
      "<div class=\"trend\">",
      sparkline(result),
      "<span>\(escape(summary.trendLine(result)))</span>",
      "</div>",
    ]
    if score.provisional {
      out.append(
        "<p class=\"provisional\">Provisional: \(score.sheet.unanswered.count) of "
          + "\(score.sheet.totalCount) questions unanswered</p>"
      )
    }
    out.append("</article>")
    return out
  }

  /// A small line chart of the framework's result over the sessions, on a
  /// fixed scale from 0 to the highest value it can take, a level's dot
  /// raised by its items in place for the next (``TrendResult/standing``);
  /// the current session is the last, larger dot.
  static func sparkline(_ result: ReportSummary.Result) -> String {
    let width = 200.0
    let height = 30.0
    let values = result.series.suffix(Sparkline.maximumLength)
    let maximum = max(values.compactMap { $0?.maximum }.max() ?? 1, 1)
    let step = values.count > 1 ? (width - 8) / Double(values.count - 1) : 0
    var points: [(x: Double, y: Double)] = []
    for (index, value) in values.enumerated() {
      guard let value else { continue }
      let x = values.count > 1 ? 4 + Double(index) * step : width / 2
      let y = height - 4 - (height - 8) * min(max(value.standing / maximum, 0), 1)
      points.append((x, y))
    }
    let coordinates = points.map { "\(HTMLReport.number($0.x)),\(HTMLReport.number($0.y))" }
    var out =
      "<svg class=\"spark\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" "
      + "height=\"\(Int(height))\" aria-hidden=\"true\">"
      + "<line class=\"base\" x1=\"0\" y1=\"\(Int(height - 4))\" x2=\"\(Int(width))\" "
      + "y2=\"\(Int(height - 4))\"/>"
    if points.count > 1 {
      out += "<polyline points=\"\(coordinates.joined(separator: " "))\"/>"
    }
    for (index, point) in points.enumerated() {
      let last = index == points.count - 1
      out +=
        "<circle\(last ? " class=\"now\"" : "") cx=\"\(HTMLReport.number(point.x))\" "
        + "cy=\"\(HTMLReport.number(point.y))\" r=\"\(last ? 3.5 : 2.2)\"/>"
    }
    return out + "</svg>"
  }

  private static func actions(_ summary: ReportSummary) -> [String] {
    let heading = summary.actionsHeading
    var out = [
      "<section class=\"actions\">",
      "<h2>\(heading.title) <span>\(escape(heading.count))</span></h2>",
    ]
    guard !summary.actions.isEmpty else {
      return out + ["<p>No actions: every answer is at its most mature.</p>", "</section>"]
    }
    out += [
      "<table>",
      "<thead><tr><th class=\"n\">#</th><th>Action</th><th>Now → goal</th><th>Owner</th>"
        + "<th>Due</th></tr></thead>",
      "<tbody>",
    ]
    let scores = summary.results.map(\.score)
    for (index, item) in summary.actions.enumerated() {
      let (now, goal) = BacklogReport.stepLabels(item, scores: scores)
      let (owner, due) = ReportSummary.ownerAndDue(item)
      out += [
        "<tr title=\"\(escape(item.questionID))\">",
        "<td class=\"n\">\(index + 1)</td>",
        "<td><strong>\(escape(item.title))</strong> <span class=\"muted\">"
          + "\(escape(item.frameworkName)) · \(escape(item.priority.label))</span>"
          + "<div class=\"how\">\(escape(item.improve))</div></td>",
        "<td>\(escape(now)) → <strong>\(escape(goal))</strong></td>",
        "<td\(item.owner.isEmpty ? " class=\"muted\"" : "")>\(escape(owner))</td>",
        "<td class=\"due\(item.due.isEmpty ? " muted" : "")\">\(escape(due))</td>",
        "</tr>",
      ]
    }
    return out + ["</tbody>", "</table>", "</section>"]
  }

  private static func exempt(_ summary: ReportSummary) -> [String] {
    func line(_ label: String, _ rule: String, _ items: [ReportSummary.Exempt]) -> String {
      let (shown, more) = ReportSummary.shown(items)
      let list =
        items.isEmpty
        ? "none"
        : (shown.map {
          "<span class=\"q\" title=\"\(escape($0.id))\">\(escape($0.title))</span>: "
            + "<span class=\"muted\">\(escape($0.reason))</span>"
        } + (more.map { [escape($0)] } ?? [])).joined(separator: "; ")
      return "<p><strong>\(label)</strong> <span class=\"muted\">(\(rule))</span>: \(list)</p>"
    }
    return [
      "<section class=\"exempt\">",
      line("Not applicable", "marked by the team, counted as not met", summary.notApplicable),
      line("Does not apply", "to this system, left out of the scores", summary.doesNotApply),
      "</section>",
    ]
  }

  /// The summary's stylesheet: system fonts, and a print layout that keeps
  /// the page on one A4 or Letter sheet.
  static let stylesheet = """
    :root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --accent: #2456c9;
      --good: #17803d; --bad: #b42318; --warn: #a35a06; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff; font: 13px/1.45 system-ui,
      -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
      "Liberation Sans", sans-serif; }
    main { max-width: 880px; margin: 0 auto; padding: 24px; }
    header { border-bottom: 2px solid var(--line); padding-bottom: 8px; }
    .eyebrow { margin: 0; color: var(--accent); font-weight: 600; font-size: 11px;
      text-transform: uppercase; letter-spacing: .08em; }
    h1 { font-size: 22px; margin: 2px 0; line-height: 1.2; white-space: nowrap; overflow: hidden;
      text-overflow: ellipsis; }
    h2 { font-size: 14px; margin: 14px 0 6px; }
    h2 span { font-weight: 400; color: var(--muted); font-size: 12px; }
    p { margin: 3px 0; }
    .byline, .muted { color: var(--muted); }
    .byline, .card, td, .exempt, .since { overflow-wrap: anywhere; }
    .cards { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 10px;
      margin-top: 12px; }
    .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px;
      display: flex; flex-direction: column; min-width: 0; }
    .card h2 { margin: 0; font-size: 11px; text-transform: uppercase; letter-spacing: .05em;
      color: var(--muted); }
    .figure { font-size: 26px; font-weight: 700; line-height: 1.15; margin: 2px 0; }
    .figure span { font-size: 13px; font-weight: 500; color: var(--muted); }
    .rung { font-weight: 600; }
    .meaning { color: var(--muted); font-size: 12px; flex: 1; }
    .target { border-top: 1px dashed var(--line); padding-top: 4px; margin-top: 4px;
      min-width: 0; }
    .change { font-weight: 600; }
    .change.up { color: var(--good); } .change.down { color: var(--bad); }
    .change.same { color: var(--muted); }
    .trend { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 8px; font-size: 11px;
      color: var(--muted); margin-top: 4px; }
    .spark { flex: none; width: 100%; max-width: 200px; height: 30px; }
    .spark polyline { fill: none; stroke: var(--accent); stroke-width: 1.5; }
    .spark circle { fill: var(--accent); }
    .spark circle.now { fill: var(--ink); }
    .spark .base { stroke: var(--line); stroke-width: 1; }
    .provisional, .skipped { color: var(--warn); font-size: 11px; }
    .warnings { margin-top: 8px; color: var(--warn); font-size: 11px; }
    table { width: 100%; border-collapse: collapse; }
    th, td { text-align: left; vertical-align: top; padding: 4px 6px;
      border-bottom: 1px solid var(--line); }
    th { font-size: 10px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
    td.n, th.n { width: 22px; color: var(--muted); }
    td.due { white-space: nowrap; }
    .how { color: var(--muted); font-size: 11px; }
    .exempt { margin-top: 10px; font-size: 12px; }
    .exempt .q { font-weight: 600; }
    .exempt p { margin: 2px 0; }
    footer { margin-top: 12px; padding-top: 6px; border-top: 1px solid var(--line);
      color: var(--muted); font-size: 11px; }
    code { font: 11px ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; }
    @page { margin: 12mm; }
    @media print {
      body { font-size: 10px; line-height: 1.35; } main { max-width: none; padding: 0; }
      h1 { font-size: 17px; } h2 { font-size: 12px; margin: 8px 0 4px; }
      .cards { gap: 8px; margin-top: 8px; } .card { padding: 7px 9px; }
      .figure { font-size: 20px; } .meaning { font-size: 9.5px; }
      .how, .trend, .provisional, .skipped, .warnings, footer, .exempt { font-size: 9px; }
      th, td { padding: 3px 5px; }
      .card, tr { break-inside: avoid; }
    }
    """
}
