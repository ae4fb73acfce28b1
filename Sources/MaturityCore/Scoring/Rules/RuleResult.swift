/// What one scoring rule computed for one session, and every piece of
/// output that depends on the rule: the `score` text, the fields of
/// `score --json`, the "how was this computed" lines, the HTML report's
/// figure, the parts a diff compares, what one question counts for, the
/// steps toward a target, and the wizard's score panel lines.
///
/// ``FrameworkScore``, the reports, diff, trend, gates and the score panel
/// ask the result instead of switching over rules, so a new rule is one
/// file: its ``FrameworkRule`` (which makes this result) and this
/// conformance, plus its case in ``ScoringRule``. The compiler lists what a
/// new result still has to say.
public protocol RuleResult: Sendable {
  /// The headline figure: a level, or a points score.
  var headline: Double { get }
  /// The rung reached on the bank's ladder: the level, or the band.
  var rung: Int { get }
  /// Question ids that block the next rung, in bank order.
  var blockers: [String] { get }
  /// The highest headline the session's applicable questions can reach
  /// (the scale of a trend), or `nil` for the rule's maximum.
  var reachableHeadline: Double? { get }

  /// The lines of `mlmaturity score` under the headline line, naming
  /// questions and rungs as `wording` does.
  func scoreLines(_ score: FrameworkScore, wording: ScoreText.Wording) -> [String]
  /// The rule's own members of a `score --json` result object, between
  /// `bankVersion` and `blockers`.
  func jsonMembers(_ score: FrameworkScore) -> [JSONMember]
  /// "How was this computed" after the rule's two paragraphs: the answers
  /// that decided the result.
  func explanationLines(_ score: FrameworkScore) -> [String]
  /// The HTML report's figure for the result (charts, ladder, tables).
  func htmlFigure(_ score: FrameworkScore, gap: TargetGap) -> [String]
  /// The parts a diff compares: sections, dimensions, a level's items.
  func parts(_ score: FrameworkScore) -> [ScorePart]
  /// What `question`'s answer counts for: `0.5`, `level 2`, `in place`.
  func questionResult(_ question: Question, in score: FrameworkScore) -> String
  /// The questions to improve to reach rung `target`, unsorted effort
  /// aside (see ``TargetGap``).
  func targetSteps(_ score: FrameworkScore, toward target: Int) -> [TargetGap.Step]
  /// The wizard's score panel lines for this framework.
  func panelLines(_ score: FrameworkScore, _ layout: PanelLayout) -> [PanelLine]
  /// Whether `other` is the same result.
  func isEqual(to other: any RuleResult) -> Bool
  /// How far the result is toward its next rung when the rule counts items
  /// toward it (Google's); `nil` at the top or for other rules.
  func progressTowardNext(_ score: FrameworkScore) -> RungProgress?
}

extension RuleResult {
  public func progressTowardNext(_ score: FrameworkScore) -> RungProgress? { nil }
}

extension RuleResult where Self: Equatable {
  public func isEqual(to other: any RuleResult) -> Bool {
    (other as? Self) == self
  }
}
