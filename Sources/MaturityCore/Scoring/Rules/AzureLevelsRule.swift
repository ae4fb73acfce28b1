/// Azure levels 0-4: each answer states the highest level it is consistent
/// with; the result is the minimum per dimension, then overall.
public struct AzureLevelsRule: LevelLadderRule {
  public init() {}
  public func result(_ sheet: AnswerSheet) -> any RuleResult { AzureResult(sheet) }
  public var ladderLength: Int { 5 }
  public var fields: RuleFields {
    RuleFields(optionLevels: true, sectionDimensions: true, productDerived: true)
  }
  public var countsColumn: String { "Level" }
  public var partsNoun: String { "dimensions" }

  /// Read from the source, then how the tool reads it (see
  /// ``FrameworkRule/explanation``).
  public var explanation: [String] {
    [
      "Source defines: five levels, each described by characteristics of people, "
        + "model creation, model release, application integration and technology. It "
        + "gives no formula.",
      "Tool's reading: each answer holds up to some level (0-4); a level is reached "
        + "when every characteristic of it holds, so a dimension is at the lowest "
        + "level of its questions and the overall level is the lowest dimension. "
        + "Unanswered and N/A questions count as the level of their least mature "
        + "option. Questions marked [2024+] come from bullets that name Azure products.",
    ]
  }

  public var notApplicableCount: String { "counts as the least mature option" }

  public func unansweredCount(one: Bool) -> String {
    "as \(one ? "its" : "their") least mature option's level"
  }
}
