/// The scoring rule a bank names in its `scoring` field, and what each
/// means.
///
/// A new rule is one file with its ``FrameworkRule`` and ``RuleResult``,
/// plus a case here and its line in ``rule`` (and the value in
/// `Resources/schema/bank.schema.json`); the compiler lists anything else.
public enum ScoringRule: String, Sendable, CaseIterable {
  /// The ML Test Score: points per test, section sums, minimum, bands.
  case mlTestScore = "ml-test-score"
  /// Azure levels 0-4: minimum per dimension, then minimum overall.
  case azureLevels = "azure-levels"
  /// Google levels 0-2: every required item of a level is in place.
  case googleLevels = "google-levels"

  /// What the rule means (see ``FrameworkRule``); the one place that maps a
  /// rule's name in a bank file to its behaviour.
  public var rule: any FrameworkRule {
    switch self {
    case .mlTestScore: MLTestScoreRule()
    case .azureLevels: AzureLevelsRule()
    case .googleLevels: GoogleLevelsRule()
    }
  }
}
