/// What a scoring rule means to everything that shows, compares or gates
/// its results: the word for a rung, how a headline figure reads, how high
/// it goes, and what an answer counts for.
///
/// Scores, reports, diff, trend, gates and the wizard's score panel ask the
/// rule (``ScoringRule/rule``) instead of testing which rule a bank uses, so
/// a bank that reuses a rule needs no code, and a new rule is one new type
/// conforming to this protocol plus its case in ``ScoringRule``.
public protocol FrameworkRule: Sendable {
  /// Scores the answers of `sheet`: the rule's own computation.
  func result(_ sheet: AnswerSheet) -> any RuleResult
  /// The word for one rung of the ladder: `level`, `band`.
  var rungNoun: String { get }
  /// Whether the headline is a points figure with one decimal (`2.5`) rather
  /// than a whole level (`2`).
  var headlineIsPoints: Bool { get }
  /// Two paragraphs for "how was this computed": `Source defines: …` (what
  /// the framework itself says) and `Tool's reading: …` (how mlmaturity
  /// turns answers into a result).
  var explanation: [String] { get }
  /// How a team's N/A counts, after "N/A": `counts 0`; it never raises a
  /// result.
  var notApplicableCount: String { get }
  /// How the rule counts unanswered questions, after "26 unanswered
  /// questions count" (`one`: after "1 unanswered question counts"):
  /// `as 0 points`, `as not in place`. A failed score gate says it.
  func unansweredCount(one: Bool) -> String
  /// The fields a bank file gives for this rule, which the decoder requires
  /// or rejects.
  var fields: RuleFields { get }
  /// How many rungs a bank with this rule lists in `levels`, 0 first.
  var ladderLength: Int { get }
  /// The HTML report's heading for what an answer counts for: `Points`,
  /// `Level`, `Counts`.
  var countsColumn: String { get }
  /// What the result's parts are called in a heading: `sections`,
  /// `dimensions`, `required items per level`.
  var partsNoun: String { get }
  /// The highest headline a bank with this rule allows: the upper bound of
  /// a gate, the "of 7" of the HTML report.
  func maximumHeadline(of bank: Bank) -> Double
  /// `band (1, 2]` or `level 1`: rung `rung` of `bank`'s ladder; `named`
  /// adds a level's name: `level 2 (Automated training)`.
  func rungText(_ rung: Int, of bank: Bank, named: Bool) -> String
}

extension FrameworkRule {
  /// A headline figure: `2.5` for points, `2` for a level.
  public func figure(_ value: Double) -> String {
    headlineIsPoints ? ScoreText.points(value) : String(Int(value.rounded()))
  }

  /// What goes before a headline figure in a sentence: nothing for points,
  /// `level ` for a level.
  public var headlinePrefix: String { headlineIsPoints ? "" : rungNoun + " " }

  /// A result in a sentence: `level 1, DevOps but no MLOps` or `1.5, band
  /// (1, 2]`; `withMaximum` adds the top: `level 1 of 4, …`, `1.5 of 7, …`.
  public func headline(_ score: FrameworkScore, withMaximum: Bool = false) -> String {
    let top = withMaximum ? " of \(Int(maximumHeadline(of: score.bank)))" : ""
    let rung =
      headlineIsPoints ? rungText(score.rung, of: score.bank, named: false) : score.rungName
    return "\(headlinePrefix)\(figure(score.headline))\(top), \(rung)"
  }

  /// A headline on its own: `2.5`, `Level 2`.
  public func headlineTitle(_ value: Double) -> String {
    Self.capitalized(headlinePrefix + figure(value))
  }

  /// `Bands`, `Levels`: the ladder's caption.
  public var rungNounPlural: String { rungNounTitle + "s" }

  /// `Band`, `Level`: the rung noun starting a heading.
  public var rungNounTitle: String { Self.capitalized(rungNoun) }

  private static func capitalized(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}

extension Bank {
  /// What the bank's scoring rule means (see ``FrameworkRule``).
  public var rule: any FrameworkRule { scoring.rule }
}
