/// The result panel of each framework: the ML Test Score radar and section
/// sums, level ladders with the current level and the target, Azure
/// dimensions, Google progress, and the questions marked not applicable.
extension HTMLReport {
  static func resultPanel(_ score: FrameworkScore, gap: TargetGap, session: Session) -> [String] {
    let bank = score.bank
    var out = [
      "<article class=\"panel\" id=\"result-\(escape(bank.id))\">",
      "<h3>\(escape(bank.name))</h3>",
      "<p class=\"muted citation\">\(escape(bank.title))</p>",
    ]
    out += score.result.htmlFigure(score, gap: gap)
    out += notApplicableList(score, session: session)
    out += Explanation.ruleLines(for: bank.scoring).map { "<p class=\"muted\">\(escape($0))</p>" }
    out.append("</article>")
    return out
  }

  /// The ladder of `bank`'s levels or bands as a staircase: levels below
  /// the current one reached, the current one filled, the target outlined.
  static func ladder(_ bank: Bank, current: Int, gap: TargetGap) -> [String] {
    // A points rule names its rungs by their ranges: the range in words
    // under the block.
    let isBand = bank.rule.headlineIsPoints
    let top = max(1, bank.levels.count - 1)
    var out = [
      "<div class=\"ladder-wrap\">",
      "<p class=\"ladder-caption\">\(bank.rule.rungNounPlural): now "
        + "<strong>\(escape(PlainWords.rung(current, of: bank)))</strong>, "
        + "\(gap.isDefaultTarget ? "next" : "target") "
        + "<strong>\(escape(PlainWords.rung(gap.target, of: bank)))</strong>"
        + "\(gap.reached ? " (reached)" : "")</p>",
      "<ol class=\"ladder\">",
    ]
    for level in bank.levels {
      var classes = ["rung"]
      var tags: [String] = []
      if level.level < current { classes.append("reached") }
      if level.level == current {
        classes.append("current")
        tags.append("<span class=\"tag now\">now</span>")
      }
      if level.level == gap.target, !gap.reached {
        classes.append("target")
        tags.append("<span class=\"tag goal\">\(gap.isDefaultTarget ? "next" : "target")</span>")
      }
      let height = 34 + level.level * 84 / top
      let block = String(level.level)
      let range = PlainWords.range(level.name).map { Double($0) != nil ? "exactly \($0)" : $0 }
      let caption = escape(isBand ? range ?? level.name : level.name)
      out += [
        "<li class=\"\(classes.joined(separator: " "))\" title=\"\(escape(level.summary))\">",
        "<div class=\"tags\">\(tags.joined())</div>",
        "<div class=\"step\" style=\"height: \(height)px\">\(block)</div>",
        "<div class=\"rung-name\">\(caption)</div>",
        "</li>",
      ]
    }
    out += ["</ol>"]
    if bank.levels.indices.contains(current) {
      out.append(
        "<p class=\"muted\"><strong>"
          + "\(isBand ? "Band \(current)" : escape(bank.levels[current].name)):</strong> "
          + "\(escape(bank.levels[current].summary))</p>"
      )
    }
    out.append("</div>")
    return out
  }

  /// Up to five question titles, then `and N more`.
  static func titles(_ ids: [String], _ bank: Bank) -> String {
    guard !ids.isEmpty else { return "<span class=\"muted\">nothing</span>" }
    return Plural.firstFew(ids.map { escape(bank.question($0)?.title ?? $0) }, 5, separator: "; ")
  }

  /// The questions marked not applicable, each with its reason.
  private static func notApplicableList(_ score: FrameworkScore, session: Session) -> [String] {
    let details = QuestionDetail.all(session: session, score: score).filter {
      $0.state == .notApplicable
    }
    guard !details.isEmpty else { return [] }
    var out = [
      "<div class=\"na-list\">",
      "<h4>Not applicable: counted as not met</h4>",
      "<ul>",
    ]
    for detail in details {
      out.append(
        "<li><span title=\"\(escape(detail.question.id))\">\(escape(detail.question.title))</span>: "
          + "<span class=\"na-reason\">\(escapeLines(detail.notApplicableReason ?? ""))</span></li>"
      )
    }
    out += ["</ul>", "</div>"]
    return out
  }
}
