/// The trend of `mlmaturity trend --format html`: one self-contained page
/// (no scripts, no remote assets) with, per team and system and framework,
/// an SVG line chart of the headline and its sections or dimensions, the
/// table of sessions, and the movement of each part.
///
/// Every text from a session, a file name or a bank goes through
/// ``HTMLReport/escape(_:)``.
public enum TrendHTML {
  /// The whole page.
  public static func render(_ groups: [TrendGroup]) -> String {
    var body = ["<h1>Maturity over time</h1>"]
    let sessions = groups.reduce(0) { $0 + $1.entries.count }
    body.append(
      "<p class=\"muted\">\(Plural.count(sessions, "session")) of "
        + "\(Plural.count(groups.count, "team and system", "teams and systems"))</p>"
    )
    if groups.isEmpty { body.append("<p>No sessions.</p>") }
    for group in groups {
      body.append("<h2>\(HTMLReport.escape(group.title))</h2>")
      body.append("<p class=\"muted\">\(HTMLReport.escape(TrendText.span(group)))</p>")
      for bank in group.banks {
        body += framework(group, bank: bank)
      }
    }
    return HTMLPage.document(title: "Maturity over time", style: HTMLPage.style, body: body)
  }

  private static func framework(_ group: TrendGroup, bank: Bank) -> [String] {
    let series = group.series(bank.id)
    let movement = TrendText.movement(series, bank)
    var out = [
      "<section class=\"panel\">",
      "<h3>\(HTMLReport.escape(bank.name)) <span class=\"muted\">"
        + "\(HTMLReport.escape(movement))</span></h3>",
    ]
    out += TrendChart.render(
      TrendChart.series(group, bank: bank),
      dates: group.entries.map(\.date),
      title: "\(group.title): \(bank.name), \(movement)"
    )
    let details = TrendDetail.lines(group, bank: bank)
    if !details.isEmpty {
      let noun = ScorePart.noun(of: bank.scoring)
      out += [
        "<table>",
        "<tr><th>\(HTMLReport.escape(noun.prefix(1).uppercased() + noun.dropFirst()))</th>"
          + "<th>First → last</th></tr>",
      ]
      for line in details {
        out.append(
          "<tr><td>\(HTMLReport.escape(line.title))</td>"
            + "<td class=\"num\">\(HTMLReport.escape(line.movement))</td></tr>"
        )
      }
      out.append("</table>")
    }
    out += ["<table>", "<tr><th>Date</th><th>Result</th><th>File</th></tr>"]
    for (entry, result) in zip(group.entries, series) {
      guard let result else { continue }
      out.append(
        "<tr><td class=\"num\">\(HTMLReport.escape(entry.date))</td>"
          + "<td>\(HTMLReport.escape(TrendText.label(result)))</td>"
          + "<td>\(HTMLReport.escape(entry.path))</td></tr>"
      )
    }
    out += ["</table>", "</section>"]
    return out
  }
}
