/// Google levels 0-2: a level holds when every required item of it and of
/// the levels below is in place.
public struct GoogleLevelsRule: LevelLadderRule {
  public init() {}
  public func result(_ sheet: AnswerSheet) -> any RuleResult { GoogleResult(sheet) }
  public var ladderLength: Int { 3 }
  public var fields: RuleFields { RuleFields(questionLevels: true) }
  public var countsColumn: String { "Counts" }
  public var partsNoun: String { "required items per level" }

  /// Read from the source, then how the tool reads it (see
  /// ``FrameworkRule/explanation``).
  public var explanation: [String] {
    [
      "Source defines: level 1 automates the training pipeline (its characteristics, "
        + "validation, metadata and at least one kind of automatic trigger); level 2 "
        + "adds CI/CD of the pipeline (its components and stages). The CI tests and CD "
        + "checks it lists are examples (\"can include\", \"you should consider\").",
      "Tool's reading: a level is reached when every gate of it and of the levels "
        + "below is in place (\"yes\"); an any-of group is in place when one of its "
        + "items is. \"Partly\", N/A and unanswered count as not in place. "
        + "Recommended checks are counted but never hold a level.",
    ]
  }

  public var notApplicableCount: String { "counts as not in place" }

  public func unansweredCount(one: Bool) -> String { "as not in place" }
}
