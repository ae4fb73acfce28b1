/// One part of a framework's result: an ML Test Score section's sum, an
/// Azure dimension's level, or how many required items of a Google level
/// are in place.
///
/// What `diff`, `trend` and `portfolio` show beside the headline, so a
/// team that moves inside a level (5 of 14 items, then 7 of 14) sees it.
public struct ScorePart: Sendable, Equatable {
  /// Section id, dimension id (`people`), or `level-1` / `level-2`.
  public var id: String
  /// Display name.
  public var title: String
  /// The part's value: points, a level, or items in place.
  public var value: Double
  /// The highest value the part can take.
  public var maximum: Double
  /// Whether ``value`` counts items of ``maximum`` (`5/14`) rather than
  /// being a figure on the framework's scale (`2.5`, level `1`).
  public var isCount: Bool

  /// Creates a part.
  public init(id: String, title: String, value: Double, maximum: Double, isCount: Bool = false) {
    self.id = id
    self.title = title
    self.value = value
    self.maximum = maximum
    self.isCount = isCount
  }

  /// The value in words: `5/14` for a count, else as the bank writes a
  /// headline figure (`2.5`, `1`).
  public func figure(of bank: Bank) -> String {
    isCount ? "\(Int(value))/\(Int(maximum))" : bank.rule.figure(value)
  }

  /// A value of this part as a bare number: `5` items, `2.5` points, `1`.
  public func number(_ value: Double, rule: any FrameworkRule) -> String {
    isCount ? String(Int(value)) : rule.figure(value)
  }

  /// A change of this part with its sign: `+2`, `-0.5`; `0` for none.
  public func signed(_ delta: Double, rule: any FrameworkRule) -> String {
    (delta > 0 ? "+" : delta < 0 ? "-" : "") + number(abs(delta), rule: rule)
  }

  /// What a bank's parts are called in a heading: `sections`, `dimensions`,
  /// `required items per level`.
  public static func noun(of rule: ScoringRule) -> String { rule.rule.partsNoun }

  /// ``value`` as a share of ``maximum``, 0 to 1 (0 when the part has no
  /// room to move).
  public var fraction: Double { maximum > 0 ? min(max(value / maximum, 0), 1) : 0 }

  /// The parts of `score`, in the bank's order.
  public static func parts(of score: FrameworkScore) -> [ScorePart] {
    score.result.parts(score)
  }
}

/// How far a result is toward its next level: the items in place of those
/// the next level needs (Google Cloud MLOps levels: `5 of 14 for level 1`).
public struct RungProgress: Sendable, Equatable {
  /// The next level.
  public var rung: Int
  /// Items (gates) in place that count toward it.
  public var met: Int
  /// Items (gates) it needs in all.
  public var required: Int

  /// Creates a progress.
  public init(rung: Int, met: Int, required: Int) {
    self.rung = rung
    self.met = met
    self.required = required
  }

  /// ``met`` as a share of ``required``, 0 to 1.
  public var fraction: Double { required > 0 ? Double(met) / Double(required) : 0 }

  /// `5/14 for level 1`.
  public func text(of bank: Bank) -> String {
    "\(met)/\(required) for \(bank.rule.rungNoun) \(rung)"
  }

  /// The progress of `score` toward its next level, for rules that count
  /// items toward it (Google's); `nil` at the top or for other rules.
  public static func of(_ score: FrameworkScore) -> RungProgress? {
    score.result.progressTowardNext(score)
  }
}
