/// The human-readable result of `mlmaturity score`.
///
/// Plain text lines; the command line sanitises them before they reach a
/// terminal.
public enum ScoreText {
  /// How the lines name questions, rungs and dates: for the team (`score`,
  /// the wizard: ids, `band (1, 2]`, `2026-03-10`) or for a reader outside
  /// it (the reports: titles, `band 2 (a final score above 1, up to 2)`,
  /// `10 March 2026`).
  public enum Wording: Sendable {
    /// Ids, ranges and dates as recorded.
    case team
    /// Titles and words (see ``PlainWords``).
    case plain

    /// A question as this wording names it: its id, or its title.
    func question(_ id: String, _ bank: Bank) -> String {
      self == .plain ? bank.question(id)?.title ?? id : id
    }

    /// Rung `rung` of `bank`: `band (1, 2]`, or in words.
    func rung(_ rung: Int, _ bank: Bank) -> String {
      self == .plain ? PlainWords.rung(rung, of: bank) : BacklogReport.rungText(rung, of: bank)
    }

    /// Questions `ids` of `bank` as this wording names them, up to eight.
    func list(_ ids: [String], _ bank: Bank) -> String {
      ScoreText.list(ids.map { question($0, bank) })
    }

    /// A date as recorded, or in words.
    func date(_ text: String) -> String { self == .plain ? PlainWords.date(text) : text }
  }

  /// Every framework's result, then warnings.
  public static func render(session: Session, scores: [FrameworkScore], catalog: BankCatalog)
    -> String
  {
    var lines: [String] = [heading(session)]
    for score in scores {
      lines.append("")
      lines += describe(score)
      lines += workshopLines(score, session: session)
    }
    let warnings = Diagnostics.warnings(session: session, scores: scores, catalog: catalog)
    if !warnings.isEmpty {
      lines.append("")
      lines += warnings.map { "warning: \($0)" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `Team: … · System: … · 2026-11-26` (parts left out when empty).
  public static func heading(_ session: Session, wording: Wording = .team) -> String {
    var parts: [String] = []
    if !session.team.isEmpty { parts.append("Team: \(session.team)") }
    if !session.system.isEmpty { parts.append("System: \(session.system)") }
    if !session.date.isEmpty { parts.append(wording.date(session.date)) }
    return parts.isEmpty ? "Assessment" : parts.joined(separator: " · ")
  }

  /// The lines for one framework.
  public static func describe(_ score: FrameworkScore, wording: Wording = .team) -> [String] {
    let bank = score.bank
    var lines: [String] = []
    let status =
      score.provisional
      ? "  (provisional: \(score.sheet.unanswered.count) of \(score.sheet.totalCount) unanswered)"
      : ""
    let headline =
      wording == .plain
      ? PlainWords.headline(score) : bank.rule.headline(score, withMaximum: true)
    lines.append("\(bank.name): \(headline)\(status)")
    lines += score.result.scoreLines(score, wording: wording)
    return lines
  }

  /// Questions marked not applicable, and the gap to the team's target.
  public static func workshopLines(
    _ score: FrameworkScore,
    session: Session,
    wording: Wording = .team
  ) -> [String] {
    var lines: [String] = []
    let bank = score.bank
    let notApplicable = score.bank.questions.filter { score.sheet.notApplicable[$0.id] != nil }
    if !notApplicable.isEmpty {
      lines.append(
        "  Marked N/A by the team (\(notApplicableRule(score.bank.scoring))): "
          + notApplicable.map { question in
            "\(wording.question(question.id, bank)) (\(score.sheet.notApplicable[question.id] ?? ""))"
          }.joined(separator: ", ")
      )
    }
    let exempt = score.bank.questions.filter { score.sheet.doesNotApply[$0.id] != nil }
    if !exempt.isEmpty {
      lines.append(
        "  Does not apply (left out): "
          + exempt.map {
            "\(wording.question($0.id, bank)) (\(score.sheet.doesNotApply[$0.id] ?? ""))"
          }.joined(separator: ", ")
      )
    }
    if let target = session.targets[score.bank.id] {
      let gap = TargetGap(score: score, target: target)
      let needed = gap.steps.filter(\.closesGap).map { wording.question($0.questionID, bank) }
      let name = wording == .plain ? wording.rung(target, bank) : String(target)
      lines.append(
        gap.reached
          ? "  Target \(name): reached"
          : "  Target \(name): \(Plural.count(needed.count, "question")) to improve, "
            + "easiest first: \(list(needed))"
      )
    }
    return lines
  }

  /// How a team's N/A counts under `rule`: it never raises a result.
  public static func notApplicableRule(_ rule: ScoringRule) -> String {
    rule.rule.notApplicableCount
  }

  /// `1.5`, `4.0`: ML Test Score points with one decimal.
  public static func points(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// A 14-character bar, two characters per point.
  static func bar(_ value: Double, of maximum: Double) -> String {
    let cells = Int((value * 2).rounded())
    let total = Int((maximum * 2).rounded())
    return String(repeating: "#", count: cells)
      + String(repeating: ".", count: max(0, total - cells))
  }

  /// Up to eight ids, then `and N more`.
  /// Blocker ids with each any-of group's items joined as one gate:
  /// `any of (a | b)`.
  static func gates(_ ids: [String], _ bank: Bank, wording: Wording = .team) -> [String] {
    var out: [String] = []
    var seen = Set<String>()
    for id in ids {
      guard let group = bank.question(id)?.anyOf else {
        out.append(wording.question(id, bank))
        continue
      }
      guard seen.insert(group).inserted else { continue }
      let members = ids.filter { bank.question($0)?.anyOf == group }.map {
        wording.question($0, bank)
      }
      out.append("any of (\(members.joined(separator: " | ")))")
    }
    return out
  }

  static func list(_ ids: [String]) -> String {
    Plural.firstFew(ids, 8, separator: ", ")
  }
}
