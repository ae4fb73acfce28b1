import MaturityJSON

/// The action ``Backlog`` for other tools: a Markdown task list to paste
/// into an issue, CSV that issue trackers import, and JSON.
///
/// Every rendering lists the actions that close a gap to a target first
/// (smallest effort first, framework by framework), then the rest.
public enum BacklogReport {
  /// The CSV columns issue trackers import.
  public static let csvHeader = ["Summary", "Description", "Labels", "Owner", "Due"]

  /// The first-column mark of an item in tables: `▲ target`,
  /// `recommended`, `N/A: confirm`, or empty.
  public static func mark(_ item: Backlog.Item) -> String {
    if item.closesTargetGap { return "▲ target" }
    switch item.kind {
    case .action: return ""
    case .recommended: return "recommended"
    case .confirm: return "N/A: confirm"
    }
  }

  /// The items in their groups (see ``groups(_:)``), in order.
  public static func ordered(_ backlog: Backlog) -> [Backlog.Item] {
    groups(backlog).flatMap(\.items)
  }

  /// The items by heading: those that close a target gap, further steps,
  /// recommended checks, then the N/A answers to confirm.
  public static func groups(_ backlog: Backlog) -> [(heading: String, items: [Backlog.Item])] {
    let closing = backlog.items.filter(\.closesTargetGap)
    let rest = backlog.items.filter { !$0.closesTargetGap }
    return [
      ("Close the gap to the target", closing),
      ("Further steps", rest.filter { $0.kind == .action }),
      ("Recommended checks (never hold a level)", rest.filter { $0.kind == .recommended }),
      ("Marked not applicable: confirm", rest.filter { $0.kind == .confirm }),
    ]
  }

  /// The Markdown task list, grouped by owner (people in the order they
  /// first appear, then the items nobody owns yet), each item tagged with
  /// its priority.
  ///
  /// When `filter` made `backlog` from `all` (the whole backlog), the gap
  /// lines count the actions of `all`, and a line says how many are shown
  /// of the whole ``Backlog/Count`` and why (`Showing 2 of 81 items (70
  /// actions, plus 10 recommended checks and 1 N/A to confirm): owner
  /// Chen.`, `No actions for owner Nobody.`); the recommended checks a
  /// filter leaves out are named among the reasons.
  public static func markdown(
    _ backlog: Backlog,
    session: Session,
    scores: [FrameworkScore],
    all: Backlog? = nil,
    filter: BacklogFilter? = nil
  ) -> String {
    let escape = MarkdownReport.escape
    let whole = all ?? backlog
    var out = ["# Action backlog: \(escape(ScoreText.heading(session)))", ""]
    for gap in whole.gaps {
      guard let score = scores.first(where: { $0.bank.id == gap.framework }) else { continue }
      out.append("- \(escape(gapText(gap, backlog: whole, bank: score.bank, wording: .plain)))")
    }
    if !whole.gaps.isEmpty { out.append("") }
    let total = whole.count
    var reasons = filter?.words ?? []
    if filter?.includeRecommended == false, total.recommended > 0 {
      reasons.append("without the recommended checks (--include-recommended lists them)")
    }
    let words = reasons.joined(separator: ", ")
    if whole.items.isEmpty {
      out += ["Nothing to do: every answer is at its most mature.", ""]
    } else if backlog.items.isEmpty {
      out += ["No actions for \(escape(words)) (of \(total.itemWords)).", ""]
    } else if backlog.items.count < whole.items.count {
      out += [
        "Showing \(backlog.items.count) of \(total.itemWords): \(escape(words)).", "",
      ]
    }
    let items = ordered(backlog).enumerated().sorted {
      ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset)
    }.map(\.element)
    var owners: [String] = []
    for item in items where !item.owner.isEmpty && !owners.contains(item.owner) {
      owners.append(item.owner)
    }
    for owner in owners + [""] {
      let mine = items.filter { $0.owner == owner }
      guard !mine.isEmpty else { continue }
      out += ["## " + (owner.isEmpty ? "No owner yet" : escape(owner)), ""]
      for item in mine {
        let (now, goal) = stepLabels(item, scores: scores)
        var context = [
          item.priority.label,
          "\(escape(item.frameworkName)), \(escape(item.section))",
          "now: \(escape(now)) → goal: \(escape(goal))",
        ]
        if !item.due.isEmpty { context.append("due \(escape(item.due))") }
        out.append(
          "- [ ] **\(escape(item.title))** (\(context.joined(separator: "; "))): "
            + escape(item.improve)
        )
        if !item.note.isEmpty { out.append("  - Note: \(escape(item.note))") }
      }
      out.append("")
    }
    return out.joined(separator: "\n")
  }

  /// The CSV document: `Summary,Description,Labels,Owner,Due`, one record
  /// per action.
  public static func csv(_ backlog: Backlog, scores: [FrameworkScore]) -> String {
    CSV.document(
      header: csvHeader,
      rows: ordered(backlog).map { item in
        [
          item.summary, description(item, scores: scores), item.labels.joined(separator: ","),
          item.owner, item.due,
        ]
      }
    )
  }

  /// The JSON document: the file, the session, each framework's target and
  /// the actions.
  /// `all`, when given, is the backlog before a filter made `backlog`:
  /// the targets' counts come from it.
  public static func json(
    _ backlog: Backlog,
    session: Session,
    path: String,
    scores: [FrameworkScore],
    all: Backlog? = nil
  ) -> JSONValue {
    .object([
      JSONMember("file", .string(path)),
      JSONMember(
        "session",
        .object([
          JSONMember("team", .string(session.team)),
          JSONMember("system", .string(session.system)),
          JSONMember("date", .string(session.date)),
        ])
      ),
      JSONMember("targets", targetsJSON(all ?? backlog, scores: scores)),
      JSONMember("items", itemsJSON(backlog)),
    ])
  }

  /// Each framework's target: current and target rung, whether it is the
  /// default, whether it is reached, and how many actions close the gap.
  public static func targetsJSON(_ backlog: Backlog, scores: [FrameworkScore]) -> JSONValue {
    .array(
      backlog.gaps.map { gap in
        let levels = scores.first { $0.bank.id == gap.framework }?.bank.levels ?? []
        func name(_ rung: Int) -> JSONValue {
          levels.indices.contains(rung) ? .string(levels[rung].name) : .null
        }
        return JSONNode(
          .object([
            JSONMember("framework", .string(gap.framework)),
            JSONMember("current", .number(Double(gap.current))),
            JSONMember("currentName", name(gap.current)),
            JSONMember("target", .number(Double(gap.target))),
            JSONMember("targetName", name(gap.target)),
            JSONMember("defaultTarget", .bool(gap.isDefaultTarget)),
            JSONMember("reached", .bool(gap.reached)),
            JSONMember("closingActions", .number(Double(closingCount(gap, backlog)))),
          ])
        )
      }
    )
  }

  /// The actions, target-gap items first.
  public static func itemsJSON(_ backlog: Backlog) -> JSONValue {
    func text(_ value: String) -> JSONValue { value.isEmpty ? .null : .string(value) }
    return .array(
      ordered(backlog).map { item in
        JSONNode(
          .object([
            JSONMember("questionId", .string(item.questionID)),
            JSONMember("framework", .string(item.framework)),
            JSONMember("frameworkName", .string(item.frameworkName)),
            JSONMember("section", .string(item.section)),
            JSONMember("title", .string(item.title)),
            JSONMember("summary", .string(item.summary)),
            JSONMember("current", .string(item.current)),
            JSONMember("goal", .string(item.goal)),
            JSONMember("improve", .string(item.improve)),
            JSONMember("effort", .number(Double(item.effort))),
            JSONMember("closesTargetGap", .bool(item.closesTargetGap)),
            JSONMember("priority", .string(item.priority.label)),
            JSONMember("kind", .string(item.kind.rawValue)),
            JSONMember("owner", text(item.owner)),
            JSONMember("due", text(item.due)),
            JSONMember("note", text(item.note)),
            JSONMember("labels", .array(item.labels.map { JSONNode(.string($0)) })),
          ])
        )
      }
    )
  }

  /// `band (1, 2]` or `level 1`: a rung as the framework names it.
  public static func rungText(_ rung: Int, of bank: Bank) -> String {
    bank.rule.rungText(rung, of: bank, named: false)
  }

  /// `ML Test Score: band (1, 2] → target band (2, 3]: 3 actions close the
  /// gap`, or that the target is reached.
  /// `wording` `.plain` names the rungs in words (see ``PlainWords``).
  public static func gapText(
    _ gap: TargetGap,
    backlog: Backlog,
    bank: Bank,
    wording: ScoreText.Wording = .team
  ) -> String {
    "\(bank.name): \(targetText(gap, backlog: backlog, bank: bank, wording: wording))"
  }

  /// Where a framework stands against its target, as every screen and
  /// document says it: `level 1 → target level 3: 18 actions close the
  /// gap`, `level 0 → target level 1 (default): …` when the team set none
  /// (the next rung), `level 2, target level 2 reached`; without `backlog`
  /// the part before the colon.
  ///
  /// `brief` names a rung by its number alone (`band 4`, never a bare `4`
  /// that reads like a score), for a screen's narrow lines; else `wording`
  /// names it (`.plain`: `band 4 (a final score above 3, up to 4)`).
  public static func targetText(
    _ gap: TargetGap,
    backlog: Backlog?,
    bank: Bank,
    wording: ScoreText.Wording = .team,
    brief: Bool = false
  ) -> String {
    let rung = { (rung: Int) in
      brief ? "\(bank.rule.rungNoun) \(rung)" : wording.rung(rung, bank)
    }
    let target = "target \(rung(gap.target))\(gap.isDefaultTarget ? " (default)" : "")"
    guard !gap.reached else { return "\(rung(gap.current)), \(target) reached" }
    let range = "\(rung(gap.current)) → \(target)"
    return backlog.map { "\(range): \(closingText(gap, $0))" } ?? range
  }

  /// The questions that close `gap`, by title, most urgent first:
  /// `Experiment tracking; Scoring script; Model tests +15 more` (three
  /// named at most); empty when it is reached.
  public static func closingTitles(_ gap: TargetGap, bank: Bank) -> String {
    let ids = gap.reached ? [] : gap.steps.filter(\.closesGap).map(\.questionID)
    let titles = ids.prefix(3).map { bank.question($0)?.title ?? $0 }
    let more = ids.count > 3 ? " +\(ids.count - 3) more" : ""
    return titles.joined(separator: "; ") + more
  }

  /// `1 action closes the gap`, `3 actions close the gap`.
  public static func closingText(_ count: Int) -> String {
    "\(Plural.count(count, "action")) \(Plural.verb(count, "close")) the gap"
  }

  /// What closes `gap`: `3 actions close the gap`; with answers the team
  /// marked N/A among what holds it (they count as not met), those named:
  /// `blocked by 2 answers marked N/A: Release ownership, Model integration
  /// tests` (three named at most, then `and 4 more`), after the actions
  /// when there are any.
  public static func closingText(_ gap: TargetGap, _ backlog: Backlog) -> String {
    let count = closingCount(gap, backlog)
    let blockers = notApplicableBlockers(gap, backlog)
    guard !blockers.isEmpty else { return closingText(count) }
    // Three names at most: the backlog lists them all, to confirm.
    let named = Plural.firstFew(blockers.map(\.title), 3, separator: ", ")
    let blocked = "blocked by \(Plural.count(blockers.count, "answer")) marked N/A: \(named)"
    return count == 0 ? blocked : "\(closingText(count)); also \(blocked)"
  }

  /// The answers marked N/A that hold `gap` (listed in `backlog` to
  /// confirm, not as actions).
  public static func notApplicableBlockers(_ gap: TargetGap, _ backlog: Backlog) -> [Backlog.Item] {
    guard !gap.reached else { return [] }
    let holding = Set(gap.steps.filter(\.closesGap).map(\.questionID))
    return backlog.items.filter {
      $0.framework == gap.framework && $0.kind == .confirm && holding.contains($0.questionID)
    }
  }

  /// The current and goal answers, short (`Manual`, `Automated`) where they
  /// are options; a not-applicable answer keeps its reason.
  public static func stepLabels(_ item: Backlog.Item, scores: [FrameworkScore]) -> (
    now: String, goal: String
  ) {
    guard let score = scores.first(where: { $0.bank.id == item.framework }),
      let question = score.bank.question(item.questionID)
    else { return (item.current, item.goal) }
    let chosen = score.sheet.chosen[item.questionID]
    let goal = question.options.first { $0.label == item.goal }
    return (
      chosen.map { Explanation.shortLabel($0) } ?? item.current,
      goal.map { Explanation.shortLabel($0) } ?? item.goal
    )
  }

  /// `owner: Ana, due: 2026-04-01`, either part left out when empty.
  static func ownerAndDue(_ item: Backlog.Item) -> String {
    var parts: [String] = []
    if !item.owner.isEmpty { parts.append("owner: \(item.owner)") }
    if !item.due.isEmpty { parts.append("due: \(item.due)") }
    return parts.joined(separator: ", ")
  }

  /// The CSV description: the step, how to improve, the note, and where
  /// the question comes from.
  static func description(_ item: Backlog.Item, scores: [FrameworkScore]) -> String {
    let (now, goal) = stepLabels(item, scores: scores)
    var lines = ["Now: \(now) → goal: \(goal)", "How to improve: \(item.improve)"]
    if !item.note.isEmpty { lines.append("Note: \(item.note)") }
    lines.append("Question: \(item.questionID) (\(item.frameworkName), \(item.section))")
    return lines.joined(separator: "\n")
  }

  static func closingCount(_ gap: TargetGap, _ backlog: Backlog) -> Int {
    backlog.items.filter { $0.framework == gap.framework && $0.closesTargetGap }.count
  }
}
