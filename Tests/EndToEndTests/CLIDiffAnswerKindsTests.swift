import Foundation
import Testing

@Suite("CLI diff: the answers line says what kind of change, never the same word twice")
struct CLIDiffAnswerKindsTests {
  /// Sets `answers` (plus a reason for any n/a) in a new session `name`.
  private func session(_ name: String, _ answers: [String], in folder: String) throws -> String {
    let path = folder + "/" + name
    var arguments = ["set", path] + answers
    for answer in answers where answer.hasSuffix("=n/a") {
      arguments += ["--reason", answer.replacingOccurrences(of: "=n/a", with: "=no user data")]
    }
    let result = CLI.run(arguments, in: folder)
    try #require(result.status == 0, "\(result.stderr)")
    return path
  }

  private func answersLine(_ old: String, _ new: String, in folder: String) -> String? {
    let result = CLI.run(["diff", old, new], in: folder)
    return result.stdout.split(separator: "\n").map(String.init).first { $0.hasPrefix("Answers:") }
  }

  /// N/A to the least mature option is neither better nor worse (N/A ranks
  /// with it): "1 changed (1 changed)" before.
  @Test func oneChangeOfUnknownOrderSaysOtherwiseChanged() throws {
    try CLI.withFolder { folder in
      let old = try session("q1.json", ["mlts.data.1=n/a"], in: folder)
      let new = try session("q2.json", ["mlts.data.1=none"], in: folder)
      #expect(
        answersLine(old, new, in: folder)
          == "Answers: 1 otherwise changed, 1 N/A reason, owner or due date changed"
      )
    }
  }

  @Test func oneKindOfChangeIsNotRepeatedInParentheses() throws {
    try CLI.withFolder { folder in
      let old = try session("q1.json", ["mlts.data.1=none"], in: folder)
      let new = try session("q2.json", ["mlts.data.1=automated"], in: folder)
      #expect(answersLine(old, new, in: folder) == "Answers: 1 improved")
    }
  }

  @Test func mixedKindsAreCountedWithoutRepeatingChanged() throws {
    try CLI.withFolder { folder in
      let old = try session("q1.json", ["mlts.data.1=none", "mlts.data.2=n/a"], in: folder)
      let new = try session("q2.json", ["mlts.data.1=automated", "mlts.data.2=none"], in: folder)
      #expect(
        answersLine(old, new, in: folder)
          == "Answers: 2 changed (1 improved, 1 otherwise), 1 N/A reason, owner or due date changed"
      )
    }
  }
}
