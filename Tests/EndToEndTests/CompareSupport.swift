import Foundation
import TestSupport
import Testing

/// Runs the built `mlmaturity` on the compare fixtures and checks JSON
/// output against the shipped schemas.
enum CompareCLI {
  /// The repository root.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/Fixtures/compare/<name>`.
  static func fixture(_ name: String) -> String {
    repository.appendingPathComponent("Tests/Fixtures/compare/\(name)").path
  }

  /// Copies the fixture `name` to `folder/file` (creating the folders on
  /// the way), renaming the team `Payments ML` to `team` when given.
  static func copy(_ name: String, to folder: String, as file: String, team: String? = nil) throws {
    var text = try String(contentsOfFile: fixture(name), encoding: .utf8)
    if let team {
      text = text.replacingOccurrences(
        of: "\"team\": \"Payments ML\"",
        with: "\"team\": \"\(team)\""
      )
    }
    let path = folder + "/" + file
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true
    )
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// Runs `mlmaturity arguments…` with this process's environment plus
  /// `environment`.
  static func run(_ arguments: [String], environment: [String: String] = [:])
    -> (status: Int32, stdout: String, stderr: String)
  {
    var variables = ProcessInfo.processInfo.environment
    variables.removeValue(forKey: "NO_COLOR")
    for (key, value) in environment { variables[key] = value }
    return ProcessRunner.run(productURL("mlmaturity").path, arguments, environment: variables)
  }

  /// Runs `body` with a new empty folder that is removed afterwards.
  static func withFolder<T>(_ body: (String) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("compare-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder.path)
  }

  /// Whether python3 with jsonschema is here; in CI a missing validator is
  /// a failure, not a skip.
  static func validatorAvailable() -> Bool {
    if ProcessRunner.run("python3", ["-c", "import jsonschema"]).status == 0 { return true }
    if ProcessInfo.processInfo.environment["CI"] != nil {
      Issue.record("python3 with jsonschema is missing; .ci/run should have installed it")
    }
    return false
  }

  /// The problems python3 `jsonschema` finds in `document` against
  /// `Resources/schema/<schema>`, one per line (empty when it is valid).
  static func schemaProblems(_ document: String, schema: String) throws -> String {
    try withFolder { folder in
      let path = folder + "/document.json"
      try Data(document.utf8).write(to: URL(fileURLWithPath: path))
      let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        for error in jsonschema.Draft202012Validator(schema).iter_errors(document):
            print("/".join(str(p) for p in error.path) + ": " + error.message)
        """
      let schemaPath = repository.appendingPathComponent("Resources/schema/\(schema)").path
      let result = ProcessRunner.run("python3", ["-c", script, schemaPath, path])
      return result.status == 0 ? result.stdout : "validator failed: \(result.stderr)"
    }
  }
}
