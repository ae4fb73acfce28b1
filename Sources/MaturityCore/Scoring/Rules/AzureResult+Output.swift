import MaturityJSON
import TerminalUI

/// How an Azure result shows: the level of each dimension, the questions
/// that hold each one, and the product-derived ones among them.
extension AzureResult: RuleResult {
  public var headline: Double { Double(level) }
  public var rung: Int { level }
  public var reachableHeadline: Double? { nil }

  public func scoreLines(_ score: FrameworkScore, wording: ScoreText.Wording) -> [String] {
    var lines = [
      "  " + dimensions.map { "\($0.dimension.title) \($0.level)" }.joined(separator: " · ")
    ]
    if level < 4 {
      lines.append("  Blocks level \(level + 1): \(wording.list(blockers, score.bank))")
      let product = blockers.filter { score.bank.question($0)?.productDerived == true }
      if !product.isEmpty {
        lines.append(
          "  Of these, product-derived [2024+] (the tool's literal reading): "
            + wording.list(product, score.bank)
        )
      }
    }
    return lines
  }

  public func jsonMembers(_ score: FrameworkScore) -> [JSONMember] {
    [
      JSONMember("level", .number(Double(level))),
      JSONMember("levelName", .string(score.rungName)),
      JSONMember(
        "dimensions",
        .object(dimensions.map { JSONMember($0.dimension.rawValue, .number(Double($0.level))) })
      ),
    ]
  }

  public func explanationLines(_ score: FrameworkScore) -> [String] {
    let bank = score.bank
    var lines: [String] = []
    for dimension in dimensions {
      let questions = bank.sections.filter { $0.dimension == dimension.dimension }
        .flatMap(\.questions)
      let counted = questions.filter(score.sheet.applies)
      let levels = counted.map { String(questionLevels[$0.id] ?? 0) }.joined(separator: ", ")
      lines.append("")
      lines.append("\(dimension.dimension.title) = min(\(levels)) = \(dimension.level)")
      for question in counted {
        // The marker goes right after the title, so it stays visible when
        // a narrow screen wraps or cuts the answer.
        let product = question.productDerived ? " [2024+]" : ""
        let marker = dimension.blockers.contains(question.id) ? " <- holds it here" : ""
        let level = questionLevels[question.id] ?? 0
        lines.append(
          "  \(level)  \(question.title)\(product)\(marker): "
            + TargetGap.currentLabel(score, question.id)
        )
      }
      lines += Explanation.exemptLines(score, questions)
    }
    lines.append("")
    let dimensionLevels = dimensions.map { String($0.level) }.joined(separator: ", ")
    lines.append("Overall = min(\(dimensionLevels)) = \(level): \(bank.levels[level].name)")
    let product = blockers.compactMap { bank.question($0) }.filter(\.productDerived)
    if level < 4, !product.isEmpty {
      lines.append(
        "Held in part by product-derived [2024+] questions: "
          + product.map(\.title).joined(separator: ", ") + "."
      )
    }
    return lines
  }

  public func htmlFigure(_ score: FrameworkScore, gap: TargetGap) -> [String] {
    var out = HTMLReport.ladder(score.bank, current: score.rung, gap: gap)
    out += [
      "<table class=\"dimensions\">",
      "<thead><tr><th>Dimension</th><th class=\"num\">Level</th><th>Held at this level by</th></tr></thead>",
      "<tbody>",
    ]
    for dimension in dimensions {
      let lowest = dimension.level == level
      out.append(
        "<tr\(lowest ? " class=\"weakest\"" : "")><td>\(HTMLReport.escape(dimension.dimension.title))</td>"
          + "<td class=\"num\">\(dimension.level)</td>"
          + "<td>\(HTMLReport.titles(dimension.blockers, score.bank))</td></tr>"
      )
    }
    out += ["</tbody>", "</table>"]
    return out
  }

  public func parts(_ score: FrameworkScore) -> [ScorePart] {
    let top = Double(score.bank.levels.count - 1)
    return dimensions.map {
      ScorePart(
        id: $0.dimension.rawValue,
        title: $0.dimension.title,
        value: Double($0.level),
        maximum: top
      )
    }
  }

  public func questionResult(_ question: Question, in score: FrameworkScore) -> String {
    "level \(questionLevels[question.id] ?? 0)"
  }

  /// Every applicable question below the level, to its first option that
  /// holds it.
  public func targetSteps(_ score: FrameworkScore, toward target: Int) -> [TargetGap.Step] {
    var steps: [TargetGap.Step] = []
    for question in score.sheet.applicableQuestions
    where (questionLevels[question.id] ?? 0) < target {
      guard let needed = question.options.firstIndex(where: { ($0.level ?? 0) >= target }) else {
        continue
      }
      steps.append(TargetGap.Step(score, question, goal: needed, closesGap: true))
    }
    return steps.sorted { $0.effort < $1.effort }
  }

  public func panelLines(_ score: FrameworkScore, _ layout: PanelLayout) -> [PanelLine] {
    let rungs = PanelSpan("L\(level) \(score.rungName)", .rung(level, of: 4))
    let head = layout.head(score, rungs)
    let all = dimensions.map { "\($0.dimension.title) \($0.level)" }.joined(separator: " · ")
    if layout.detailed || PanelSpan.width(head) + DisplayWidth.of(all) + 2 <= layout.width {
      return PanelLine.fitting(head, PanelSpan("  " + all), layout)
    }
    // Narrow: the dimensions matter more than the level's name, which the
    // summary screen shows.
    let short = dimensions.map {
      "\($0.dimension == .technology ? "Tech" : $0.dimension.title) \($0.level)"
    }.joined(separator: " · ")
    let line =
      layout.head(score, PanelSpan("L\(level)", .rung(level, of: 4)))
      + [PanelSpan("  " + short)]
    if PanelSpan.width(line) <= layout.width { return [.text(line)] }
    // Two lines: the level with its name, then the dimensions.
    return [.text(head), .text([PanelSpan("  " + short)])]
  }
}
