/// A framework's target (the level or band the team aims for) that differs
/// between two sessions.
public struct TargetChange: Sendable, Equatable {
  /// The target in the old session, `nil` when none was set.
  public var old: Int?
  /// The target in the new session, `nil` when none was set.
  public var new: Int?

  /// The change of `framework`'s target, `nil` when it is the same.
  public init?(framework: String, old: Session, new: Session) {
    let before = old.targets[framework]
    let after = new.targets[framework]
    guard before != after else { return nil }
    self.old = before
    self.new = after
  }
}
