/// The shared meaning of rules whose headline is a whole level of the
/// bank's ladder (Azure, Google): `level 1`, from 0 to the last level.
public protocol LevelLadderRule: FrameworkRule {}

extension LevelLadderRule {
  public var rungNoun: String { "level" }
  public var headlineIsPoints: Bool { false }

  public func maximumHeadline(of bank: Bank) -> Double { Double(max(0, bank.levels.count - 1)) }

  public func rungText(_ rung: Int, of bank: Bank, named: Bool) -> String {
    guard named else { return "level \(rung)" }
    let name = bank.levels.indices.contains(rung) ? bank.levels[rung].name : "\(rung)"
    return "level \(rung) (\(name))"
  }
}
