/// What changed between two assessments: every framework's result and
/// target old and new, every answer, note, N/A reason, owner and due date
/// that differs, the gaps that closed or opened, and the bank versions the
/// answers were given against.
///
/// A pure value built from two sessions and the banks in use: both sessions
/// are scored with the same banks by ``Scorer``, so the comparison is like
/// for like. When the sessions recorded different bank versions, see
/// ``BankVersionNotice`` for what can and cannot be told.
///
/// ```swift
/// let diff = SessionDiff(old: before, new: after, catalog: catalog)
/// diff.hasRegression      // any framework or answer went down
/// DiffText.render(diff, oldPath: "q1.json", newPath: "q2.json")
/// ```
public struct SessionDiff: Sendable {
  /// The earlier session.
  public let old: Session
  /// The later session.
  public let new: Session
  /// Every framework either session assesses, in the catalog's order.
  public let frameworks: [FrameworkDiff]
  /// Every question whose answer or note differs, in bank order; answers to
  /// questions no bank has come last, by id.
  public let answers: [AnswerChange]
  /// Frameworks whose bank version differs between the two sessions.
  public let bankNotices: [BankVersionNotice]
  /// Facts about the system that differ (they change which questions
  /// apply).
  public var contextChanges: [ContextChange] {
    ContextChange.all(old: old.context, new: new.context)
  }
  /// Problems in either session, as ``Diagnostics`` reports them, prefixed
  /// with `old: ` or `new: `.
  public let warnings: [String]

  /// Compares `old` with `new`, scoring both with the banks of `catalog`.
  ///
  /// Answers given against an older bank version are first mapped to the
  /// current ids and options with the bank's change log (``SessionUpgrade``).
  public init(old: Session, new: Session, catalog: BankCatalog) {
    self.old = old
    self.new = new
    let mappedOld = SessionUpgrade(old, catalog: catalog).session
    let mappedNew = SessionUpgrade(new, catalog: catalog).session
    let oldScores = Scorer.score(mappedOld, catalog: catalog)
    let newScores = Scorer.score(mappedNew, catalog: catalog)
    var frameworks: [FrameworkDiff] = []
    var notices: [BankVersionNotice] = []
    for bank in catalog.banks {
      let oldScore = oldScores.first { $0.bank.id == bank.id }
      let newScore = newScores.first { $0.bank.id == bank.id }
      guard oldScore != nil || newScore != nil else { continue }
      var framework = FrameworkDiff(bank: bank, old: oldScore, new: newScore)
      framework.target = TargetChange(framework: bank.id, old: old, new: new)
      frameworks.append(framework)
      if oldScore != nil, newScore != nil,
        let notice = BankVersionNotice(bank: bank, old: old, new: new)
      {
        notices.append(notice)
      }
    }
    self.frameworks = frameworks
    self.bankNotices = notices
    let shifted = Set(notices.map(\.framework))
    answers = Self.answerChanges(
      old: mappedOld,
      new: mappedNew,
      catalog: catalog,
      shifted: shifted
    )
    warnings =
      Diagnostics.warnings(session: old, scores: oldScores, catalog: catalog).map { "old: " + $0 }
      + Diagnostics.warnings(session: new, scores: newScores, catalog: catalog).map { "new: " + $0 }
  }

  /// The answer changes of one kind.
  public func answers(_ kind: AnswerChange.Kind) -> [AnswerChange] {
    answers.filter { $0.kind == kind }
  }

  /// How many answers changed in a way of `kind`.
  public func count(_ kind: AnswerChange.Kind) -> Int {
    answers.reduce(0) { $0 + ($1.kind == kind ? 1 : 0) }
  }

  /// How many notes differ (whatever happened to the answer).
  public var noteChangeCount: Int {
    answers.reduce(0) { $0 + ($1.noteChanged ? 1 : 0) }
  }

  /// How many N/A reasons, owners and due dates differ.
  public var detailChangeCount: Int {
    answers.reduce(0) { $0 + $1.details.count }
  }

  /// Whether any framework's result or any answer went down (a framework no
  /// longer assessed counts too, and so does a new answer the question does
  /// not offer).
  public var hasRegression: Bool { !regressions.isEmpty }

  /// One line per regression: frameworks first, then answers.
  public var regressions: [String] {
    var lines: [String] = []
    for framework in frameworks {
      switch framework.direction {
      case .regressed:
        let old = framework.old.map(DiffText.result) ?? ""
        let new = framework.new.map(DiffText.result) ?? ""
        lines.append("\(framework.bank.name): \(old) → \(new)")
      case .dropped:
        lines.append("\(framework.bank.name): assessed before, not in the new session")
      default:
        break
      }
    }
    for change in answers where change.kind == .regressed {
      let caveat = change.acrossBankVersions ? " (answered against different bank versions)" : ""
      lines.append("\(change.id): \(change.oldLabel) → \(change.newLabel)\(caveat)")
    }
    return lines
  }

  /// The bank notice of `framework`, if its versions differ.
  public func notice(for framework: String) -> BankVersionNotice? {
    bankNotices.first { $0.framework == framework }
  }

  private static func answerChanges(
    old: Session,
    new: Session,
    catalog: BankCatalog,
    shifted: Set<String>
  ) -> [AnswerChange] {
    var position: [String: Int] = [:]
    for bank in catalog.banks {
      for question in bank.questions { position[question.id] = position.count }
    }
    let ids = Set(old.answers.keys).union(new.answers.keys).sorted { lhs, rhs in
      switch (position[lhs], position[rhs]) {
      case (.some(let left), .some(let right)): left < right
      case (.some, .none): true
      case (.none, .some): false
      case (.none, .none): lhs < rhs
      }
    }
    return ids.compactMap { id in
      let found = catalog.lookup(id)
      let framework = found?.bank.id ?? String(id.prefix { $0 != "." })
      var change = AnswerChange(
        id: id,
        question: found?.question,
        framework: framework,
        old: old.answers[id],
        new: new.answers[id],
        acrossBankVersions: shifted.contains(framework)
      )
      change?.exemption = found?.question.appliesWhen?.exemption(in: new.context)
      return change
    }
  }
}
