/// The human-readable diff of `mlmaturity diff`: plain lines, each with a
/// tone the command line may colour after sanitising the text.
///
/// Also the labels (`level 1, DevOps but no MLOps`, `+0.5`) the Markdown
/// renderer and the compare screen share, so every view words a result the
/// same way.
public enum DiffText {
  /// What a line says, for colouring.
  public enum Tone: Sendable, Equatable {
    case plain, heading, improved, regressed, changed, warning, dim
  }

  /// One line of output and its tone.
  public struct Line: Sendable, Equatable {
    /// The text, from files and banks: sanitise it before a terminal sees it.
    public var text: String
    /// Its tone.
    public var tone: Tone

    /// Creates a line.
    public init(_ text: String, _ tone: Tone = .plain) {
      self.text = text
      self.tone = tone
    }
  }

  /// The whole diff as plain text, ending in a newline.
  public static func render(
    _ diff: SessionDiff,
    oldPath: String,
    newPath: String,
    onlyChanges: Bool = false
  ) -> String {
    lines(diff, oldPath: oldPath, newPath: newPath, onlyChanges: onlyChanges)
      .map(\.text).joined(separator: "\n") + "\n"
  }

  /// The diff as lines: the two sessions, bank-version warnings, every
  /// framework, the answers that changed, and the sessions' own warnings.
  /// `onlyChanges` leaves out frameworks and parts that did not change.
  public static func lines(
    _ diff: SessionDiff,
    oldPath: String,
    newPath: String,
    onlyChanges: Bool = false
  ) -> [Line] {
    var out: [Line] = [
      Line("Comparing two assessments", .heading),
      Line("  old: \(ScoreText.heading(diff.old))  (\(oldPath))"),
      Line("  new: \(ScoreText.heading(diff.new))  (\(newPath))"),
    ]
    for change in diff.contextChanges {
      out.append(Line("  context changed: \(change.text) (which questions apply)", .changed))
    }
    if !diff.bankNotices.isEmpty { out += bankNotices(diff) }
    var unchanged: [String] = []
    for framework in diff.frameworks {
      if onlyChanges && !framework.hasChanges {
        unchanged.append(framework.bank.name)
        continue
      }
      out.append(Line(""))
      out += lines(for: framework, onlyChanges: onlyChanges)
    }
    if !unchanged.isEmpty {
      out += [Line(""), Line("Unchanged: " + unchanged.joined(separator: ", "), .dim)]
    }
    out.append(Line(""))
    out += answers(diff)
    if !diff.warnings.isEmpty {
      out += [Line(""), Line("Warnings", .heading)]
      out += diff.warnings.map { Line("  " + $0, .warning) }
    }
    return out
  }

  // MARK: - Labels

  /// `level 1, DevOps but no MLOps` or, for the ML Test Score, `1.5, band 2
  /// (a final score above 1, up to 2)`: a band in words (``PlainWords``),
  /// as in every text for people (diff, trend, the compare screen).
  public static func result(_ score: FrameworkScore) -> String {
    PlainWords.headline(score, withMaximum: false)
  }

  /// `level 2` or `band 2 (a final score above 1, up to 2)`: a rung of
  /// `bank`'s ladder; `named` adds a level's name: `level 2 (Automated
  /// training)`.
  public static func rung(_ rung: Int, of bank: Bank, named: Bool = false) -> String {
    bank.rule.headlineIsPoints
      ? PlainWords.rung(rung, of: bank) : bank.rule.rungText(rung, of: bank, named: named)
  }

  /// A value of `bank`'s results: ML Test Score points with one decimal
  /// (`2.5`), whole numbers otherwise.
  public static func value(_ value: Double, of bank: Bank) -> String {
    bank.rule.figure(abs(value))
  }

  /// A change with its sign: `+1`, `-0.5`; `0` when there is none.
  public static func signed(_ delta: Double, of bank: Bank) -> String {
    if delta == 0 { return bank.rule.figure(0) }
    return (delta > 0 ? "+" : "-") + value(delta, of: bank)
  }

  /// `improved`, `regressed`, `changed`, `note`: the word for an answer change.
  public static func word(_ kind: AnswerChange.Kind) -> String {
    kind == .noteOnly ? "note" : kind.rawValue
  }

  /// The word for `change`: as ``word(_:)``, but `details` when the answer
  /// and note are the same and only the N/A reason, owner or due date moved.
  public static func word(for change: AnswerChange) -> String {
    change.kind == .noteOnly && !change.noteChanged ? "details" : word(change.kind)
  }

  /// `target: band 3 (a final score above 2, up to 3) → band 4 (…)`,
  /// `target: none → level 2`.
  public static func target(_ change: TargetChange, of bank: Bank) -> String {
    let old = change.old.map { rung($0, of: bank) } ?? "none"
    let new = change.new.map { rung($0, of: bank) } ?? "none"
    return "target: \(old) → \(new)"
  }

  /// `owner: Bo → Zoë`, `due date: (none) → 2027-01-31`.
  public static func detail(_ change: DetailChange) -> String {
    "\(change.field.title): \(change.old ?? "(none)") → \(change.new ?? "(none)")"
  }

  /// The tone of an answer change.
  public static func tone(_ kind: AnswerChange.Kind) -> Tone {
    switch kind {
    case .improved: .improved
    case .regressed: .regressed
    case .changed: .changed
    case .noteOnly: .plain
    }
  }

  /// The tone of a framework's move.
  public static func tone(_ direction: FrameworkDiff.Direction) -> Tone {
    switch direction {
    case .improved: .improved
    case .regressed, .dropped: .regressed
    case .added: .changed
    case .unchanged: .plain
    }
  }

  /// `5 changed (3 improved, 1 regressed, 1 otherwise), 2 notes changed`;
  /// one kind alone: `2 improved`, `1 otherwise changed` (a change of
  /// unknown order), never `1 changed (1 changed)`.
  public static func answerSummary(_ diff: SessionDiff) -> String {
    let moved = diff.answers.count - diff.count(.noteOnly)
    let kinds = [AnswerChange.Kind.improved, .regressed, .changed].filter { diff.count($0) > 0 }
    let counts: String
    if kinds.count == 1, let kind = kinds.first {
      counts = "\(moved) \(kind == .changed ? "otherwise changed" : kind.rawValue)"
    } else {
      let parts = kinds.map { "\(diff.count($0)) \($0 == .changed ? "otherwise" : $0.rawValue)" }
      counts =
        "\(moved) changed" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
    }
    let notes = diff.noteChangeCount
    let noteText = notes == 0 ? "" : ", \(Plural.count(notes, "note")) changed"
    let details = diff.detailChangeCount
    let detailNoun = Plural.count(
      details,
      "N/A reason, owner or due date",
      "N/A reasons, owners or due dates"
    )
    let detailText = details == 0 ? "" : ", \(detailNoun) changed"
    return "\(counts)\(noteText)\(detailText)"
  }

  // MARK: - Sections

  private static func bankNotices(_ diff: SessionDiff) -> [Line] {
    var out = [Line(""), Line("Bank versions differ between the two sessions", .warning)]
    for notice in diff.bankNotices {
      out += lines(for: notice).map { Line("  " + $0.text, $0.tone) }
    }
    out.append(Line("  " + BankVersionNotice.limit))
    out.append(Line("  Answer changes marked † are to questions of these frameworks."))
    return out
  }

  /// The lines of one bank-version notice: the versions, what the version
  /// change lets one expect, and the questions the answers show changed.
  public static func lines(for notice: BankVersionNotice) -> [Line] {
    var out = [Line(notice.summary, .warning), Line("  " + notice.expectation)]
    let lists: [(String, [String])] = [
      ("answered, but not in bank \(notice.currentVersion)", notice.notInCurrentBank),
      ("answers that are not an option now", notice.optionsChanged),
      ("answered in one session only", notice.answeredInOneOnly),
    ]
    for (title, ids) in lists where !ids.isEmpty {
      out.append(Line("  \(title): " + ScoreText.list(ids)))
    }
    return out
  }

  /// The lines of one framework: old → new with the change, a crossing,
  /// every part (only the changed ones with `onlyChanges`), answered counts
  /// and the gaps that closed or opened.
  public static func lines(for framework: FrameworkDiff, onlyChanges: Bool = false) -> [Line] {
    let bank = framework.bank
    let old = framework.old.map(result) ?? "not assessed"
    let new = framework.new.map(result) ?? "not assessed"
    let delta = framework.delta.flatMap { $0 == 0 ? nil : signed($0, of: bank) + ", " } ?? ""
    let results = old == new ? old : "\(old) → \(new)"
    var out = [
      Line(
        "\(bank.name): \(results)  (\(delta)\(framework.direction.rawValue))",
        tone(framework.direction)
      )
    ]
    if let crossing = framework.crossing {
      let verb = crossing.isUp ? "up" : "down"
      out.append(
        Line(
          "  crossed \(verb) from \(rung(crossing.from, of: bank, named: true)) "
            + "to \(rung(crossing.to, of: bank, named: true))",
          crossing.isUp ? .improved : .regressed
        )
      )
    }
    if let target = framework.target {
      out.append(Line("  " + Self.target(target, of: bank), .changed))
    }
    let width = framework.parts.map(\.title.count).max() ?? 0
    for part in framework.parts where !onlyChanges || part.delta != 0 {
      let padded = part.title + String(repeating: " ", count: width - part.title.count)
      let oldValue = part.old.map { value($0, of: bank) } ?? "-"
      let newValue = part.new.map { value($0, of: bank) } ?? "-"
      let change = part.delta.flatMap { $0 == 0 ? nil : signed($0, of: bank) }
      let tone: Tone =
        (part.delta ?? 0) > 0 ? .improved : ((part.delta ?? 0) < 0 ? .regressed : .plain)
      out.append(
        Line("  \(padded)  \(oldValue) → \(newValue)" + (change.map { "  " + $0 } ?? ""), tone)
      )
    }
    if let oldSheet = framework.old?.sheet, let newSheet = framework.new?.sheet,
      oldSheet.answeredCount != newSheet.answeredCount
    {
      out.append(
        Line(
          "  answered \(oldSheet.answeredCount) of \(oldSheet.totalCount) → "
            + "\(newSheet.answeredCount) of \(newSheet.totalCount)",
          .dim
        )
      )
    }
    out += gaps(framework)
    return out
  }

  private static func gaps(_ framework: FrameworkDiff) -> [Line] {
    var out: [Line] = []
    let groups: [(String, [String], FrameworkScore?, Tone)] = [
      ("gaps resolved", framework.gapsResolved, framework.old, .improved),
      ("new gaps", framework.newGaps, framework.new, .regressed),
    ]
    for (title, ids, score, tone) in groups where !ids.isEmpty {
      let target =
        score.flatMap(FrameworkDiff.nextRung).map {
          " (\(title == "new gaps" ? "block" : "blocked") \(rung($0, of: framework.bank)))"
        } ?? ""
      out.append(Line("  \(title)\(target):", tone))
      for id in ids.prefix(maximumGapLines) {
        out.append(Line("    \(id)  \(framework.bank.question(id)?.title ?? "")"))
      }
      if ids.count > maximumGapLines {
        out.append(
          Line(
            "    … and \(ids.count - maximumGapLines) more (all in --format markdown or json)",
            .dim
          )
        )
      }
    }
    return out
  }

  /// The most gaps listed one per line under a framework; the rest are counted.
  public static let maximumGapLines = 8

  private static func answers(_ diff: SessionDiff) -> [Line] {
    guard !diff.answers.isEmpty else {
      return [Line("Answers: none changed; every answer and note is the same", .heading)]
    }
    var out = [Line("Answers: " + answerSummary(diff), .heading)]
    for change in diff.answers {
      let word = word(for: change) + (change.acrossBankVersions ? "†" : "")
      let padded = word + String(repeating: " ", count: max(1, 11 - word.count))
      let title = change.question?.title ?? "(no bank has this question)"
      out.append(Line("  \(padded)\(change.id)  \(title)", tone(change.kind)))
      out += lines(for: change).map { Line("             " + $0.text, $0.tone) }
    }
    return out
  }

  /// The old and new answer (unless only the note or details changed), the
  /// old and new note (when it changed), notes line by line, then each
  /// changed detail: the N/A reason like a note, owner and due date as
  /// `owner: Bo → Zoë`.
  public static func lines(for change: AnswerChange) -> [Line] {
    var out: [Line] = []
    if change.kind != .noteOnly {
      out.append(Line("  was: \(change.oldLabel)"))
      out.append(Line("  now: \(change.newLabel)"))
    }
    if change.noteChanged {
      out += note("note was", change.oldNote)
      out += note("note now", change.newNote)
    }
    for detail in change.details {
      if detail.field == .reason {
        out += note("N/A reason was", detail.old)
        out += note("N/A reason now", detail.new)
      } else {
        out.append(Line("  " + Self.detail(detail), .dim))
      }
    }
    return out
  }

  private static func note(_ title: String, _ note: String?) -> [Line] {
    guard let note else { return [Line("  \(title): (none)", .dim)] }
    let paragraphs = note.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    let indent = String(repeating: " ", count: title.count + 4)
    return paragraphs.enumerated().map { index, text in
      Line(index == 0 ? "  \(title): \(text)" : indent + text, .dim)
    }
  }
}
