/// One framework's result for a session: the rule's result plus what every
/// rule reports (answered counts, invalid answers).
public struct FrameworkScore: Sendable {
  /// The bank scored.
  public let bank: Bank
  /// The answers resolved against the bank.
  public let sheet: AnswerSheet
  /// The rule's result, which also says how it shows (``RuleResult``).
  public let result: any RuleResult

  /// Scores `answers` against `bank`. A pure function: cheap enough to run
  /// on every key press.
  /// `context` is the system's context (empty: unknown, all applies).
  public init(bank: Bank, answers: [String: Answer], context: SystemContext = SystemContext()) {
    let sheet = AnswerSheet(bank: bank, answers: answers, context: context)
    self.bank = bank
    self.sheet = sheet
    result = bank.rule.result(sheet)
  }

  /// Whether unanswered questions remain.
  public var provisional: Bool { sheet.isProvisional }

  /// The headline figure: the level, or the ML Test Score final score.
  public var headline: Double { result.headline }

  /// The rung reached on the bank's ladder: the level, or the band.
  public var rung: Int { result.rung }

  /// The highest headline the session's applicable questions can reach:
  /// the scale of a trend.
  public var reachableHeadline: Double {
    result.reachableHeadline ?? bank.rule.maximumHeadline(of: bank)
  }

  /// The bank's name for ``rung``.
  public var rungName: String {
    bank.levels.indices.contains(rung) ? bank.levels[rung].name : ""
  }

  /// Question ids that block the next level or band, in bank order.
  public var blockers: [String] { result.blockers }
}

/// Scores every framework of a session.
public enum Scorer {
  /// The scores of the session's frameworks that `catalog` has, in the
  /// session's order (all catalog banks when the session names none).
  public static func score(_ session: Session, catalog: BankCatalog) -> [FrameworkScore] {
    banks(of: session, in: catalog).map {
      FrameworkScore(bank: $0, answers: session.answers, context: session.context)
    }
  }

  /// The banks a session uses.
  public static func banks(of session: Session, in catalog: BankCatalog) -> [Bank] {
    if session.frameworks.isEmpty { return catalog.banks }
    return session.frameworks.compactMap { catalog.bank($0) }
  }
}
