import MaturityJSON

/// How a Google result shows: each level's gates in place, the recommended
/// checks, and what the next level still needs.
extension GoogleResult: RuleResult {
  public var headline: Double { Double(level) }
  public var rung: Int { level }
  public var reachableHeadline: Double? { nil }

  public func scoreLines(_ score: FrameworkScore, wording: ScoreText.Wording) -> [String] {
    var lines = perLevel.map {
      "  Level \($0.level): \($0.met) of \($0.required) gates in place"
    }
    if recommendedTotal > 0 {
      lines.append(
        "  Recommended checks: \(recommendedMet) of \(recommendedTotal) in place "
          + "(the page's examples; they never hold a level)"
      )
    }
    if let next = nextLevel {
      lines.append(
        "  Level \(next) needs \(requiredTowardNext - metTowardNext) more: "
          + ScoreText.list(ScoreText.gates(blockers, score.bank, wording: wording))
      )
    }
    return lines
  }

  public func jsonMembers(_ score: FrameworkScore) -> [JSONMember] {
    [
      JSONMember("level", .number(Double(level))),
      JSONMember("levelName", .string(score.rungName)),
      JSONMember("nextLevel", nextLevel.map { .number(Double($0)) } ?? .null),
      JSONMember(
        "progress",
        .object([
          JSONMember("met", .number(Double(metTowardNext))),
          JSONMember("required", .number(Double(requiredTowardNext))),
        ])
      ),
      JSONMember(
        "recommended",
        .object([
          JSONMember("met", .number(Double(recommendedMet))),
          JSONMember("total", .number(Double(recommendedTotal))),
          JSONMember("missing", ScoreJSON.strings(recommendedMissing)),
        ])
      ),
    ]
  }

  public func explanationLines(_ score: FrameworkScore) -> [String] {
    let bank = score.bank
    var lines: [String] = []
    for level in 1...2 {
      let progress = perLevel.first { $0.level == level }
      let questions = bank.questions.filter { $0.level == level }
      lines.append("")
      lines.append(
        "Level \(level): \(progress?.met ?? 0) of \(progress?.required ?? 0) gates in place"
      )
      for question in questions where score.sheet.applies(question) && !question.recommended {
        lines.append(Self.line(score, question))
      }
      let recommended = questions.filter { $0.recommended && score.sheet.applies($0) }
      if !recommended.isEmpty {
        lines.append("")
        lines.append(
          "Level \(level) recommended checks: \(recommendedMet) of "
            + "\(recommendedTotal) in place (never hold a level)"
        )
        lines += recommended.map { Self.line(score, $0) }
      }
      lines += Explanation.exemptLines(score, questions)
    }
    lines.append("")
    lines.append("Result: level \(level), \(bank.levels[level].name)")
    return lines
  }

  private static func line(_ score: FrameworkScore, _ question: Question) -> String {
    let option = score.sheet.chosen[question.id]
    // Whole words, padded to one column width ("partly", not "prt").
    let mark: String
    if score.sheet.notApplicable[question.id] != nil {
      mark = "n/a   "
    } else if let points = option?.points {
      mark = points == 1 ? "yes   " : (points == 0.5 ? "partly" : "no    ")
    } else {
      mark = "-     "
    }
    var note = question.roleNote.map { " (\($0))" } ?? ""
    if let reason = score.sheet.notApplicable[question.id] { note += ": N/A: \(reason)" }
    return "  \(mark)  \(question.title)\(note)"
  }

  public func htmlFigure(_ score: FrameworkScore, gap: TargetGap) -> [String] {
    var out = HTMLReport.ladder(score.bank, current: score.rung, gap: gap)
    out += ["<table class=\"progress\">", "<tbody>"]
    for progress in perLevel {
      let share = progress.required > 0 ? Double(progress.met) / Double(progress.required) * 100 : 0
      out.append(
        "<tr><td>Level \(progress.level)</td><td class=\"num\">\(progress.met) of \(progress.required) "
          + "gates in place</td><td class=\"bar-cell\"><div class=\"bar\">"
          + "<span style=\"width: \(HTMLReport.number(share))%\"></span></div></td></tr>"
      )
    }
    out += ["</tbody>", "</table>"]
    if recommendedTotal > 0 {
      out.append(
        "<p class=\"muted\">Recommended checks: \(recommendedMet) of "
          + "\(recommendedTotal) in place (the page's examples; they never hold a level)</p>"
      )
    }
    if let next = nextLevel {
      out.append(
        "<p class=\"muted\">Level \(next) needs: \(HTMLReport.titles(blockers, score.bank))</p>"
      )
    }
    return out
  }

  public func parts(_ score: FrameworkScore) -> [ScorePart] {
    perLevel.map {
      ScorePart(
        id: "level-\($0.level)",
        title: "Level \($0.level) required items",
        value: Double($0.met),
        maximum: Double($0.required),
        isCount: true
      )
    }
  }

  public func progressTowardNext(_ score: FrameworkScore) -> RungProgress? {
    nextLevel.map { RungProgress(rung: $0, met: metTowardNext, required: requiredTowardNext) }
  }

  public func questionResult(_ question: Question, in score: FrameworkScore) -> String {
    let met = score.sheet.chosen[question.id]?.points == 1 ? "in place" : "not in place"
    return question.roleNote.map { "\(met) (\($0))" } ?? met
  }

  /// Every required gate up to the level not in place; one item closes an
  /// any-of group.
  public func targetSteps(_ score: FrameworkScore, toward target: Int) -> [TargetGap.Step] {
    var steps: [TargetGap.Step] = []
    let inPlace = Set(score.sheet.chosen.filter { $0.value.points == 1 }.keys)
    let metGroups = Set(score.bank.questions.filter { inPlace.contains($0.id) }.compactMap(\.anyOf))
    var closingGroups = Set<String>()
    let candidates = score.sheet.applicableQuestions.filter { question in
      !question.optional && !question.recommended && (question.level ?? 1) <= target
        && !inPlace.contains(question.id) && !metGroups.contains(question.anyOf ?? "")
    }
    // Cheapest first, so that only one item of an any-of group closes it.
    let ordered = candidates.map {
      ($0, TargetGap.effort(score, $0, to: $0.options.count - 1))
    }.sorted { $0.1 < $1.1 }
    for (question, _) in ordered {
      var closes = true
      if let group = question.anyOf { closes = closingGroups.insert(group).inserted }
      steps.append(
        TargetGap.Step(score, question, goal: question.options.count - 1, closesGap: closes)
      )
    }
    return TargetGap.closingFirst(steps)
  }

  public func panelLines(_ score: FrameworkScore, _ layout: PanelLayout) -> [PanelLine] {
    let name = layout.detailed ? score.rungName : Self.shortRung(score.rungName)
    let head = layout.head(score, PanelSpan("L\(level) \(name)", .rung(level, of: 2)))
    let next =
      nextLevel.map { "  to L\($0): \(metTowardNext)/\(requiredTowardNext) in place" } ?? ""
    var lines = PanelLine.fitting(head, PanelSpan(layout.detailed ? "" : next), layout)
    if layout.detailed {
      lines += perLevel.map {
        .text([PanelSpan("  level \($0.level): \($0.met) of \($0.required) required", .dim)])
      }
    }
    return lines
  }

  /// A level name without its `MLOps level N: ` prefix.
  static func shortRung(_ name: String) -> String {
    guard let colon = name.firstIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...]).trimmingWhitespace()
  }
}
