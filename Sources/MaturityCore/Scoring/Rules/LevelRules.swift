/// Azure levels 0-4: each answer states the highest level it is consistent
/// with; the result is the minimum per dimension, then overall.
public struct AzureLevelsRule: LevelLadderRule {
  public init() {}
  public var ladderLength: Int { 5 }
  public var countsColumn: String { "Level" }
}

/// Google levels 0-2: a level holds when every required item of it and of
/// the levels below is in place.
public struct GoogleLevelsRule: LevelLadderRule {
  public init() {}
  public var ladderLength: Int { 3 }
  public var countsColumn: String { "Counts" }
}
