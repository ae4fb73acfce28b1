import Foundation

/// Facts about where the tests run.
public enum TestEnvironment {
  /// Whether the tests run under CI (`CI` set and not empty, as `.ci/run`
  /// sets it). There a tool a test needs must be installed: a test that
  /// would skip on a developer's machine fails instead, so CI never passes
  /// by testing less.
  public static var isCI: Bool {
    !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty
  }
}
