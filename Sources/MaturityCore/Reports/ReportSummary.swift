/// What the one-page summary shows (`mlmaturity report --format summary`
/// and `summary-markdown`), worded for a reader outside the team: each
/// framework's result and target, the change since the previous session of
/// the same team and system, a trend per framework, the five most urgent
/// actions, and the questions marked not applicable or that do not apply.
///
/// A pure value; ``SummaryHTML`` and ``SummaryMarkdown`` render it, and
/// every sentence both show comes from here, so the two say the same.
public struct ReportSummary: Sendable {
  /// One framework's part of the summary.
  public struct Result: Sendable {
    /// The score.
    public let score: FrameworkScore
    /// The gap to the team's target (or the next rung).
    public let gap: TargetGap
    /// The comparison with the previous session, when there is one that
    /// assesses this framework too.
    public let change: FrameworkDiff?
    /// The framework's result in every session of the team and system,
    /// oldest first (`nil` where a session does not assess it).
    public let series: [TrendResult?]
  }

  /// A question left out of the actions: marked N/A by the team, or ruled
  /// out by the system's context.
  public struct Exempt: Sendable, Equatable {
    /// The framework's name.
    public let framework: String
    /// The question id.
    public let id: String
    /// The question's title.
    public let title: String
    /// The team's reason, or the context that rules it out.
    public let reason: String
  }

  /// The number of actions the summary lists.
  public static let actionLimit = 5

  /// The session.
  public let session: Session
  /// One result per framework, in the report's order.
  public let results: [Result]
  /// The sessions of the same team and system, oldest first.
  public let history: RoundHistory
  /// The action backlog.
  public let backlog: Backlog
  /// The comparison with the previous session, if one was found or named.
  public let diff: SessionDiff?
  /// The most urgent actions, in the backlog's priority order.
  public let actions: [Backlog.Item]
  /// How many actions the backlog has in all (recommended checks and N/A
  /// answers to confirm not counted: ``backlogCount`` has them).
  public var actionTotal: Int { backlogCount.actions }
  /// The whole backlog's count, as every screen and document gives it.
  public var backlogCount: Backlog.Count { backlog.count }
  /// The questions the team marked not applicable (they count as not met).
  public let notApplicable: [Exempt]
  /// The questions the system's context rules out (left out of scoring).
  public let doesNotApply: [Exempt]
  /// What scoring found wrong with the session (answers to unknown
  /// questions, options a bank does not have, other bank versions).
  public let warnings: [String]

  /// The summary of `session`, scored as `scores`, beside its `history`.
  public init(
    session: Session,
    scores: [FrameworkScore],
    history: RoundHistory,
    catalog: BankCatalog
  ) {
    self.session = session
    self.history = history
    let backlog = Backlog(session: session, scores: scores)
    self.backlog = backlog
    let diff = history.previous.map { SessionDiff(old: $0, new: session, catalog: catalog) }
    self.diff = diff
    results = zip(scores, backlog.gaps).map { score, gap in
      let change = diff?.frameworks.first { $0.bank.id == score.bank.id && $0.old != nil }
      return Result(
        score: score,
        gap: gap,
        change: change,
        series: history.trend.series(score.bank.id)
      )
    }
    // N/A answers to confirm have their own line, not a place among the actions.
    let all = BacklogFilter().apply(to: backlog).items.filter { $0.kind != .confirm }
    actions = Array(all.prefix(Self.actionLimit))
    var notApplicable: [Exempt] = []
    var doesNotApply: [Exempt] = []
    for score in scores {
      for question in score.bank.questions {
        if let reason = score.sheet.doesNotApply[question.id] {
          doesNotApply.append(Exempt(score.bank.name, question, reason))
        } else if let reason = score.sheet.notApplicable[question.id] {
          notApplicable.append(Exempt(score.bank.name, question, reason))
        }
      }
    }
    self.notApplicable = notApplicable
    self.doesNotApply = doesNotApply
    warnings = Diagnostics.warnings(session: session, scores: scores, catalog: catalog)
  }

  // MARK: - Sentences both renderers show

  /// `Search Ranking · ranker v3`, or `Assessment` when neither is set.
  public var title: String {
    let parts = [session.team, session.system].filter { !$0.isEmpty }
    return parts.isEmpty ? "Assessment" : parts.joined(separator: " · ")
  }

  /// `Assessed 10 March 2026 · facilitated by Dana Reyes · 4 participants`.
  public var byline: String {
    var parts: [String] = []
    if !session.date.isEmpty { parts.append("Assessed \(PlainWords.date(session.date))") }
    if !session.facilitator.isEmpty { parts.append("facilitated by \(session.facilitator)") }
    if !session.participants.isEmpty {
      parts.append(Plural.count(session.participants.count, "participant"))
    }
    return parts.joined(separator: " · ")
  }

  /// `1.5` and `of 7`, `Level 1` and `of 4`: the big figure of a result
  /// and its scale.
  public static func figure(_ score: FrameworkScore) -> (value: String, scale: String) {
    let rule = score.bank.rule
    return (
      rule.headlineTitle(score.headline), "of \(Int(rule.maximumHeadline(of: score.bank)))"
    )
  }

  /// `Band 2 (a final score above 1, up to 2)` or `DevOps but no MLOps`:
  /// the rung under the figure, a band worded as everywhere else.
  public static func rungLine(_ score: FrameworkScore) -> String {
    guard score.bank.rule.headlineIsPoints else { return score.rungName }
    let words = PlainWords.rung(score.rung, of: score.bank)
    return words.prefix(1).uppercased() + words.dropFirst()
  }

  /// `Next 5 actions, most urgent first (the backlog: 70 actions, plus 10
  /// recommended checks and 1 N/A to confirm)`: the actions heading, which
  /// says what the page leaves out in the words every view counts with
  /// (``Backlog/Count/words``).
  public var actionsHeading: (title: String, count: String) {
    let shown = actions.count
    return (
      "Next \(shown == 1 ? "action" : "\(shown) actions")",
      "most urgent first (the backlog: \(backlogCount.words))"
    )
  }

  /// `Target: level 2, 4 actions close the gap`; reached: `Target reached:
  /// level 2`, or at the top (the default target is one above, capped):
  /// `Top band reached: band 5 (a final score above 5)`.
  public func targetLine(_ result: Result) -> String {
    let kind = result.gap.isDefaultTarget ? "Next" : "Target"
    let bank = result.score.bank
    let target = PlainWords.rung(result.gap.target, of: bank)
    if result.gap.reached {
      let reached = result.gap.isDefaultTarget ? "Top \(bank.rule.rungNoun)" : "Target"
      return "\(reached) reached: \(target)"
    }
    return "\(kind): \(target), \(BacklogReport.closingText(result.gap, backlog))"
  }

  /// `Up from 1.0 to 1.5 (+0.5), into band 2`, `Still level 0; 7 of 14
  /// items in place for level 1, up from 5` (a level that stayed while the
  /// items toward the next one moved), `No change`, or `First assessed this
  /// time` when the previous session did not assess it; `nil` without a
  /// previous session.
  public func changeLine(_ result: Result) -> String? {
    guard diff != nil else { return nil }
    guard let change = result.change, let old = change.old, let delta = change.delta else {
      return "First assessed this time"
    }
    let rule = result.score.bank.rule
    let from = rule.headlinePrefix + rule.figure(old.headline)
    let to = rule.headlinePrefix + rule.figure(result.score.headline)
    let amount = rule.figure(abs(delta))
    var line: String
    switch change.direction {
    case .improved: line = "Up from \(from) to \(to) (+\(amount))"
    case .regressed: line = "Down from \(from) to \(to) (−\(amount))"
    default:
      guard let (before, now) = progressMove(result) else {
        line = "No change since last time"
        break
      }
      let moved = now.met > before.met ? "up" : "down"
      line =
        "Still \(PlainWords.rung(result.score.rung, of: result.score.bank)); \(now.met) of "
        + "\(now.required) items in place for \(rule.rungNoun) \(now.rung), \(moved) from "
        + "\(before.met)"
    }
    if let crossing = change.crossing, rule.headlineIsPoints {
      line += ", \(crossing.isUp ? "up" : "down") to \(rule.rungNoun) \(crossing.to)"
    }
    return line
  }

  /// `Compared with the session of 14 September 2026 (q3.json)`, or why
  /// there is nothing to compare with.
  public var previousLine: String {
    guard let diff, let path = history.previousPath else {
      return "No earlier session of \(title) in this folder: this is the first one to compare "
        + "with (name one with --previous FILE)."
    }
    let when =
      diff.old.date.isEmpty
      ? "an undated session" : "the session of \(PlainWords.date(diff.old.date))"
    let how = history.named ? "named with --previous" : "found in the same folder"
    return "Compared with \(when) (\(FileIO.baseName(path)), \(how))."
  }

  /// `2 files in this folder were skipped: broken.json (line 1, column 3:
  /// …), …`: the files the search for earlier rounds could not read, named
  /// with why (control characters spelled, each reason cut short); `nil`
  /// when there were none.
  public var skippedLine: String? {
    let skipped = history.skipped
    guard !skipped.isEmpty else { return nil }
    let shown = skipped.prefix(Self.listLimit).map {
      "\(Self.oneLine($0.path, 60)) (\(Self.oneLine($0.problem, 80)))"
    }
    let more =
      skipped.count > Self.listLimit ? "; … and \(skipped.count - Self.listLimit) more" : ""
    let were = skipped.count == 1 ? "file in this folder was" : "files in this folder were"
    return "\(skipped.count) \(were) skipped, not read as sessions: "
      + shown.joined(separator: "; ") + more + "."
  }

  /// The scoring warnings a page shows; the full report lists them all
  /// (see ``moreWarnings``).
  public var warningLines: [String] {
    warnings.prefix(Self.listLimit).map { Self.oneLine($0, 160) }
  }

  /// `… and 2 more warnings in the full report`, or `nil` when the page
  /// shows them all.
  public var moreWarnings: String? {
    let rest = warnings.count - Self.listLimit
    return rest > 0
      ? "… and \(rest) more \(rest == 1 ? "warning" : "warnings") in the full report" : nil
  }

  /// How many skipped files or warnings a page names.
  static let listLimit = 3

  /// How many N/A or does-not-apply questions a page names on their line.
  public static let exemptLimit = 6

  /// The first ``exemptLimit`` of `items` (each reason on one line, cut
  /// short), and `… and 14 more` when there are more; the full report
  /// lists them all.
  public static func shown(_ items: [Exempt]) -> (items: [Exempt], more: String?) {
    let shown = items.prefix(exemptLimit).map {
      Exempt(framework: $0.framework, id: $0.id, title: $0.title, reason: oneLine($0.reason, 90))
    }
    let rest = items.count - shown.count
    return (shown, rest > 0 ? "… and \(rest) more in the full report" : nil)
  }

  /// `text` on one line, control characters spelled, at most `limit`
  /// characters (`…` where it was cut).
  static func oneLine(_ text: String, _ limit: Int) -> String {
    let flat = VisibleText.spelled(text).split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
  }

  /// `12 answers changed (10 improved, 2 regressed); 3 gaps to the next
  /// level closed, 1 new.`
  public var answersLine: String? {
    guard let diff else { return nil }
    let changed = diff.answers.filter { $0.kind != .noteOnly }
    guard !changed.isEmpty else { return "No answer changed." }
    var kinds: [String] = []
    for kind in [AnswerChange.Kind.improved, .regressed, .changed] {
      let count = diff.count(kind)
      if count > 0 {
        kinds.append("\(count) \(kind == .changed ? "otherwise changed" : kind.rawValue)")
      }
    }
    let closed = diff.frameworks.reduce(0) { $0 + $1.gapsResolved.count }
    let opened = diff.frameworks.reduce(0) { $0 + $1.newGaps.count }
    return "\(Plural.count(changed.count, "answer")) changed (\(kinds.joined(separator: ", "))); "
      + "\(Plural.count(closed, "gap")) to the next level closed, \(opened) new."
  }

  /// The progress toward the next level (Google's items in place) in the
  /// previous session and now, when the level stayed and the count moved.
  public func progressMove(_ result: Result) -> (old: RungProgress, new: RungProgress)? {
    guard let old = result.change?.old, result.change?.direction == .unchanged,
      let before = RungProgress.of(old), let now = RungProgress.of(result.score),
      before.rung == now.rung, before.met != now.met
    else { return nil }
    return (before, now)
  }

  /// `3 sessions since 14 September 2025: 1.0 → 1.5 → 2.0` (the last six
  /// values), or `1 session so far`.
  public func trendLine(_ result: Result) -> String {
    let points = zip(history.trend.entries, result.series).compactMap { entry, value in
      value.map { (entry.date, $0) }
    }
    guard let first = points.first, points.count > 1 else { return "1 session so far" }
    let rule = result.score.bank.rule
    // A level alone can stay flat while items toward the next one are put
    // in place: those go in brackets.
    let values = points.suffix(6).map { point in
      rule.figure(point.1.headline) + (point.1.progress.map { " (\($0.met)/\($0.required))" } ?? "")
    }
    let more = points.count > 6 ? "… → " : ""
    let since = first.0.isEmpty ? "" : " since \(PlainWords.date(first.0))"
    let brackets =
      points.suffix(6).contains { $0.1.progress != nil }
      ? "; in brackets, items in place for the next \(rule.rungNoun)" : ""
    return "\(points.count) sessions\(since): " + more + values.joined(separator: " → ")
      + brackets
  }

  /// The owner and due date of `item` in words: `Ana`, `15 April 2026`;
  /// `no owner yet`, `no date`.
  public static func ownerAndDue(_ item: Backlog.Item) -> (owner: String, due: String) {
    (
      item.owner.isEmpty ? "no owner yet" : item.owner,
      item.due.isEmpty ? "no date" : PlainWords.date(item.due)
    )
  }
}

extension ReportSummary.Exempt {
  fileprivate init(_ framework: String, _ question: Question, _ reason: String) {
    self.init(framework: framework, id: question.id, title: question.title, reason: reason)
  }
}
