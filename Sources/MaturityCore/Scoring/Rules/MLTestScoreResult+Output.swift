import MaturityJSON

/// How an ML Test Score result shows: section sums as bars, the final score
/// as the weakest section, the next band and what holds it back.
extension MLTestScoreResult: RuleResult {
  public var headline: Double { final }
  public var rung: Int { band }
  public var reachableHeadline: Double? { sections.map(\.maximum).min() ?? 0 }

  public func scoreLines(_ score: FrameworkScore, wording: ScoreText.Wording) -> [String] {
    let bank = score.bank
    var lines = ["  \(bank.levels[band].summary)"]
    let width = sections.map(\.title.count).max() ?? 0
    for section in sections {
      let marker = weakest.contains(section.id) ? "  <- weakest" : ""
      let title = section.title + String(repeating: " ", count: width - section.title.count)
      let figures = "\(ScoreText.points(section.points))/\(ScoreText.points(section.maximum))"
      lines.append(
        "  \(title)  \(ScoreText.bar(section.points, of: section.maximum))  \(figures)\(marker)"
      )
    }
    if let next = nextBand, let needed = nextBandScore {
      lines.append(
        "  Next \(wording.rung(next, bank)) needs at least \(ScoreText.points(needed)) in "
          + "every section; improve: \(wording.list(blockers, bank))"
      )
    }
    return lines
  }

  public func jsonMembers(_ score: FrameworkScore) -> [JSONMember] {
    [
      JSONMember("sections", .object(sections.map { JSONMember($0.id, .number($0.points)) })),
      JSONMember("final", .number(final)),
      JSONMember("band", .number(Double(band))),
      JSONMember("bandName", .string(score.rungName)),
      JSONMember("weakest", ScoreJSON.strings(weakest)),
      JSONMember("nextBand", nextBand.map { .number(Double($0)) } ?? .null),
      JSONMember("nextBandScore", nextBandScore.map { .number($0) } ?? .null),
    ]
  }

  public func explanationLines(_ score: FrameworkScore) -> [String] {
    let bank = score.bank
    var lines: [String] = []
    for section in bank.sections {
      guard let sum = sections.first(where: { $0.id == section.id }) else { continue }
      lines.append("")
      lines.append("\(section.title): \(ScoreText.points(sum.points))")
      for question in section.questions where score.sheet.applies(question) {
        let points = score.sheet.chosen[question.id]?.points.map(ScoreText.points) ?? "0.0"
        lines.append(
          "  \(points)  \(question.title) (\(Explanation.answerLabel(score, question.id)))"
        )
      }
      lines += Explanation.exemptLines(score, section.questions)
    }
    lines.append("")
    let sums = sections.map { ScoreText.points($0.points) }.joined(separator: ", ")
    lines.append("Final = min(\(sums)) = \(ScoreText.points(final))")
    lines.append("Band \(bank.levels[band].name): \(bank.levels[band].summary)")
    return lines
  }

  public func htmlFigure(_ score: FrameworkScore, gap: TargetGap) -> [String] {
    var out = ["<div class=\"split\">", "<div class=\"chart\">"]
    out += HTMLReport.radar(self)
    out += ["</div>", "<div class=\"detail\">"]
    out += sectionTable(score.bank)
    out += ["</div>", "</div>"]
    out += HTMLReport.ladder(score.bank, current: score.rung, gap: gap)
    return out
  }

  private func sectionTable(_ bank: Bank) -> [String] {
    var out = [
      "<table class=\"sections\">",
      "<thead><tr><th>Section</th><th class=\"num\">Points</th><th class=\"bar-cell\"></th></tr></thead>",
      "<tbody>",
    ]
    for section in sections {
      let weakest = weakest.contains(section.id)
      let share = section.maximum > 0 ? section.points / section.maximum * 100 : 0
      out.append(
        "<tr\(weakest ? " class=\"weakest\"" : "")><td>\(HTMLReport.escape(section.title))"
          + "\(weakest ? " " + HTMLReport.badge("weakest", "bad") : "")</td>"
          + "<td class=\"num\">\(ScoreText.points(section.points)) / \(ScoreText.points(section.maximum))</td>"
          + "<td class=\"bar-cell\"><div class=\"bar\"><span style=\"width: \(HTMLReport.number(share))%\"></span></div></td></tr>"
      )
    }
    out += ["</tbody>", "</table>"]
    let sums = sections.map { ScoreText.points($0.points) }.joined(separator: ", ")
    out.append(
      "<p class=\"formula\">Final score = min(\(sums)) = <strong>\(ScoreText.points(final))</strong>"
        + ", \(HTMLReport.escape(PlainWords.rung(band, of: bank)))</p>"
    )
    if let next = nextBand, let needed = nextBandScore, bank.levels.indices.contains(next) {
      out.append(
        "<p class=\"muted\">Band \(next) needs at least "
          + "\(ScoreText.points(needed)) in every section.</p>"
      )
    }
    return out
  }

  public func parts(_ score: FrameworkScore) -> [ScorePart] {
    sections.map { ScorePart(id: $0.id, title: $0.title, value: $0.points, maximum: $0.maximum) }
  }

  public func questionResult(_ question: Question, in score: FrameworkScore) -> String {
    ScoreText.points(score.sheet.chosen[question.id]?.points ?? 0)
  }

  /// Every section below the band's lowest score, its tests below
  /// "automated", cheapest first, until the section reaches it.
  public func targetSteps(_ score: FrameworkScore, toward target: Int) -> [TargetGap.Step] {
    let needed = Self.bandUpperBounds[target - 1] + 0.5
    var steps: [TargetGap.Step] = []
    for section in score.bank.sections {
      let sum = sections.first { $0.id == section.id }?.points ?? 0
      guard sum < needed else { continue }
      var candidates: [(Question, Double, Int)] = section.questions.filter(score.sheet.applies)
        .compactMap { question in
          let points = score.sheet.chosen[question.id]?.points ?? 0
          guard points < 1 else { return nil }
          let effort = TargetGap.effort(score, question, to: question.options.count - 1)
          return (question, points, effort)
        }
      candidates.sort { $0.2 != $1.2 ? $0.2 < $1.2 : $0.1 > $1.1 }
      var deficit = needed - sum
      for (question, points, _) in candidates {
        let top = question.options.count - 1
        let closes = deficit > 0
        // The least mature option that covers what the section still
        // lacks (the most mature when none does): "Manual" is enough when
        // half a point closes the gap.
        let wanted = min(deficit, 1 - points)
        let goal =
          closes
          ? question.options.firstIndex { ($0.points ?? 0) - points >= wanted } ?? top : top
        if closes { deficit -= (question.options[goal].points ?? 0) - points }
        steps.append(TargetGap.Step(score, question, goal: goal, closesGap: closes))
      }
    }
    return TargetGap.closingFirst(steps)
  }

  public func panelLines(_ score: FrameworkScore, _ layout: PanelLayout) -> [PanelLine] {
    let figure = "\(ScoreText.points(final)) band \(score.rungName)"
    var lines: [PanelLine] = [.text(layout.head(score, PanelSpan(figure, .rung(band, of: 5))))]
    for section in sections {
      // Mark the weakest only when some section is stronger.
      let weak = weakest.contains(section.id) && weakest.count < sections.count
      lines.append(
        .bar(
          label: Self.shortTitle(section.id, title: section.title),
          fraction: section.points / max(1, section.maximum),
          figure: " \(ScoreText.points(section.points))",
          weak: weak
        )
      )
    }
    return lines
  }

  /// `Data`, `Model`, `Infra`, `Monitor` for the paper's sections.
  static func shortTitle(_ id: String, title: String) -> String {
    switch id {
    case "data": "Data"
    case "model": "Model"
    case "infra": "Infra"
    case "monitor": "Monitor"
    default: String(title.prefix(8))
    }
  }
}
