/// The fields a rule asks of a bank file beyond those every bank has.
///
/// Built with the memberwise initialiser inside MaturityCore, where every
/// rule lives: `RuleFields(questionLevels: true)`.
public struct RuleFields: Sendable, Equatable {
  /// Options give `level` (the highest level the answer holds, 0 to 4,
  /// never decreasing, the last 4) instead of `points` (rising).
  public var optionLevels = false
  /// Sections give the `dimension` their questions count toward.
  public var sectionDimensions = false
  /// Questions give the `level` that requires them and may be `optional`,
  /// `recommended` or in an `anyOf` group.
  public var questionLevels = false
  /// Questions may be `productDerived`.
  public var productDerived = false
}
