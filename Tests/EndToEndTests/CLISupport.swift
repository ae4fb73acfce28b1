import Foundation
import TestSupport
import Testing

/// Runs the built `mlmaturity` binary for the command-line tests.
enum CLI {
  /// The fixed time every run sees (`MLMATURITY_NOW`).
  static let now = "2026-01-02T03:04:05Z"

  /// The binary built next to the test bundle.
  static var binary: String { productURL("mlmaturity").path }

  /// Runs `binary` with `arguments` (and `stdin`, when given) at the fixed
  /// time, with `HOME` and `XDG_DATA_HOME` inside `folder` so no user data
  /// is touched.
  static func run(
    _ arguments: [String],
    in folder: String,
    binary: String = CLI.binary,
    currentDirectory: String? = nil,
    stdin: String? = nil
  ) -> CLIResult {
    var environment = ProcessInfo.processInfo.environment
    environment["MLMATURITY_NOW"] = now
    environment["HOME"] = folder
    environment["XDG_DATA_HOME"] = folder + "/data"
    let result = ProcessRunner.run(
      binary,
      arguments,
      stdin: stdin,
      environment: environment,
      currentDirectory: currentDirectory ?? folder
    )
    return CLIResult(status: result.status, stdout: result.stdout, stderr: result.stderr)
  }
}

/// What a run of the binary produced.
struct CLIResult {
  var status: Int32
  var stdout: String
  var stderr: String

  /// Standard error split into lines (no trailing empty line).
  var stderrLines: [String] {
    stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  /// Standard output parsed as a JSON object.
  func jsonObject() throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    return try #require(value as? [String: Any], "not a JSON object: \(stdout.prefix(200))")
  }

  /// Standard output parsed as a JSON array of objects.
  func jsonArray() throws -> [[String: Any]] {
    let value = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    return try #require(value as? [[String: Any]], "not a JSON array: \(stdout.prefix(200))")
  }
}

extension CLI {
  /// Runs `body` with a new empty folder that is removed afterwards.
  static func withFolder<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("mlmaturity-cli-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
  }

  /// The bytes of the file at `path`, or `nil` when it cannot be read.
  static func bytes(of path: String) -> [UInt8]? {
    (try? Data(contentsOf: URL(fileURLWithPath: path))).map(Array.init)
  }

  /// Writes `text` to `path`.
  static func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

}

extension Dictionary where Key == String, Value == Any {
  /// `self[a][b]…` for a key path `a.b…`.
  func at(_ keyPath: String) -> Any? {
    var current: Any? = self
    for key in keyPath.split(separator: ".") {
      current = (current as? [String: Any])?[String(key)]
    }
    return current
  }

  /// The number at `keyPath`, as a Double.
  func number(at keyPath: String) -> Double? {
    (at(keyPath) as? NSNumber)?.doubleValue
  }
}

extension CLI {

  /// Answers to the shipped ML Test Score tests with these section sums: in
  /// each section the first ⌊sum⌋ tests automated, one manual for a half
  /// point, the rest none; as `ID=ANSWER` arguments.
  static func mltsAssignments(data: Double, model: Double, infra: Double, monitor: Double)
    -> [String]
  {
    var assignments: [String] = []
    for (section, sum) in [
      ("data", data), ("model", model), ("infra", infra), ("monitor", monitor),
    ] {
      let automated = Int(sum)
      for number in 1...7 {
        let answer =
          number <= automated
          ? "automated"
          : (number == automated + 1 && sum - Double(automated) == 0.5 ? "manual" : "none")
        assignments.append("mlts.\(section).\(number)=\(answer)")
      }
    }
    return assignments
  }
}
