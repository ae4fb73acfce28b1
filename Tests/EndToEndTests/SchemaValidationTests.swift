import Foundation
import TestSupport
import Testing

/// The shipped JSON Schemas, checked with a real validator (python3
/// `jsonschema`): every shipped bank, and a session written by the real
/// binary, must validate.
@Suite("JSON Schemas validate the shipped banks and real sessions")
struct SchemaValidationTests {
  private static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// Whether python3 with jsonschema is here. CI installs it, so there a
  /// missing validator is a failure, not a skip.
  private static var validatorAvailable: Bool {
    let probe = ProcessRunner.run("python3", ["-c", "import jsonschema"])
    return probe.status == 0
  }

  private func requireValidator() -> Bool {
    if Self.validatorAvailable { return true }
    if ProcessInfo.processInfo.environment["CI"] != nil {
      Issue.record("python3 with jsonschema is missing; .ci/run should have installed it")
    }
    return false
  }

  @Test("every shipped bank validates against bank.schema.json and the bank rules")
  func shippedBanksValidate() {
    guard requireValidator() else { return }
    let script = Self.repository.appendingPathComponent("Tests/Scripts/check_banks.py").path
    let result = ProcessRunner.run("python3", [script])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("0 problems"))
  }

  @Test("a session written by mlmaturity set validates against session.schema.json")
  func writtenSessionValidates() throws {
    guard requireValidator() else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "schema-\(UUID().uuidString)"
    )
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let session = folder.appendingPathComponent("session.json").path
    let binary = productURL("mlmaturity").path
    let set = ProcessRunner.run(
      binary,
      [
        "set", session, "mlts.data.1=automated", "mlts.monitor.3=manual",
        "google.l1.continuous-training=partly",
        "--note", "mlts.data.1=Équipe café 日本 \u{1B}[31m", "--team", "Payments", "--participant",
        "Ana",
      ]
    )
    #expect(set.status == 0, "\(set.stderr)")
    let script = Self.repository.appendingPathComponent("Tests/Scripts/validate_sessions.py").path
    let result = ProcessRunner.run("python3", [script, session])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("sessions: 1 files, 0 problems"))
  }

  @Test("the session schema rejects a session with a wrong type")
  func schemaRejectsWrongType() throws {
    guard requireValidator() else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "schema-\(UUID().uuidString)"
    )
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let bad = folder.appendingPathComponent("bad.json")
    try Data(#"{"formatVersion": 1, "team": 5, "answers": {"mlts.data.1": {"value": 3}}}"#.utf8)
      .write(to: bad)
    let script = Self.repository.appendingPathComponent("Tests/Scripts/validate_sessions.py").path
    let result = ProcessRunner.run("python3", [script, bad.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("team: 5 is not of type 'string'"))
    #expect(result.stdout.contains("answers/mlts.data.1/value"))
  }
}
