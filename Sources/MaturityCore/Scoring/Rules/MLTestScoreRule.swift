/// The ML Test Score: points per test, section sums, the weakest section's
/// sum as the final score, and bands of that score.
public struct MLTestScoreRule: FrameworkRule {
  public init() {}
  public var rungNoun: String { "band" }
  public var headlineIsPoints: Bool { true }
  public func result(_ sheet: AnswerSheet) -> any RuleResult { MLTestScoreResult(sheet) }
  public var ladderLength: Int { 6 }
  public var fields: RuleFields { RuleFields() }
  public var countsColumn: String { "Points" }
  public var partsNoun: String { "sections" }

  /// Read from the source, then how the tool reads it (see
  /// ``FrameworkRule/explanation``).
  public var explanation: [String] {
    [
      "Source defines: each test scores 0 (not done), 0.5 (manual, documented and "
        + "shared) or 1 (automated, runs repeatedly); each section sums its tests; the "
        + "final score is the lowest section sum; the bands interpret it.",
      "Tool's reading: unanswered tests and tests marked N/A count 0 (the paper has "
        + "no exemption).",
    ]
  }

  public var notApplicableCount: String { "counts 0" }

  public func unansweredCount(one: Bool) -> String { "as 0 points" }

  /// The smallest section's question count: the paper's 7.
  public func maximumHeadline(of bank: Bank) -> Double {
    Double(bank.sections.map(\.questions.count).min() ?? 0)
  }

  /// `band (1, 2]`: a band is named by its range.
  public func rungText(_ rung: Int, of bank: Bank, named: Bool) -> String {
    "band " + (bank.levels.indices.contains(rung) ? bank.levels[rung].name : String(rung))
  }
}
