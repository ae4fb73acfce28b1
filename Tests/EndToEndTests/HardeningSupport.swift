import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Helpers shared by the Hardening end-to-end tests: the built binary, the
/// repository, scratch folders, and checks on what a process printed.
enum Hardening {
  /// The repository root.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `mlmaturity` binary built next to the test bundle.
  static var binary: String { productURL("mlmaturity").path }

  /// Runs `mlmaturity` with `arguments`.
  static func run(
    _ arguments: [String],
    in folder: URL? = nil,
    environment: [String: String]? = nil
  ) -> (status: Int32, stdout: String, stderr: String) {
    ProcessRunner.run(
      binary,
      arguments,
      environment: environment,
      currentDirectory: folder?.path
    )
  }

  /// A new empty folder under the temporary folder; remove it with
  /// ``remove(_:)``.
  static func scratchFolder(_ name: String) throws -> URL {
    let folder = URL(fileURLWithPath: "/tmp").appendingPathComponent(
      "mlmaturity-\(name)-\(UUID().uuidString.prefix(8))"
    )
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// Removes `folder` and everything in it, making it writable first.
  static func remove(_ folder: URL) {
    _ = ProcessRunner.run("chmod", ["-R", "u+w", folder.path])
    try? FileManager.default.removeItem(at: folder)
  }

  /// The names in `folder`, sorted (hidden ones too).
  static func listing(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  /// The session written for the tests: a team, one answer, all frameworks.
  static func makeSession(at path: String, extra: [String] = []) throws {
    let result = run(["set", path, "mlts.data.1=automated", "--team", "Payments"] + extra)
    guard result.status == 0 else {
      throw HardeningError("mlmaturity set failed (\(result.status)): \(result.stderr)")
    }
  }

  /// The answers in the session file at `path`, by question id (value or
  /// empty when only a note), or `nil` when it is not a JSON object.
  static func answers(in path: String) -> [String: String]? {
    guard let data = FileManager.default.contents(atPath: path),
      let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let answers = root["answers"] as? [String: Any]
    else { return nil }
    var result: [String: String] = [:]
    for (id, answer) in answers {
      result[id] = (answer as? [String: Any])?["value"] as? String ?? ""
    }
    return result
  }

  /// Sends `signal` to `pid`.
  static func kill(_ pid: Int32, _ signal: Int32) {
    _ = Glibc.kill(pid, signal)
  }

  /// Whether the pane pid's child is still alive (`kill -0`).
  static func isAlive(_ pid: Int32) -> Bool {
    Glibc.kill(pid, 0) == 0
  }

  /// The raw sequences hostile text carries, by name; none may reach a
  /// terminal.
  static let rawSequences: [(name: String, bytes: [UInt8])] = [
    ("ESC", [0x1B]),
    ("BEL", [0x07]),
    ("CR", [0x0D]),
    ("backspace", [0x08]),
    ("C1 CSI U+009B", [0xC2, 0x9B]),
    ("bidi override U+202E", [0xE2, 0x80, 0xAE]),
  ]

  /// The names of the raw sequences found in `text`.
  static func rawSequencesFound(in text: String) -> [String] {
    let bytes = Array(text.utf8)
    return rawSequences.filter { contains(bytes, $0.bytes) }.map(\.name)
  }

  /// Whether `haystack` contains `needle` as a run of bytes.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where haystack[start] == needle[0]
      && haystack[start..<start + needle.count].elementsEqual(needle)
    {
      return true
    }
    return false
  }
}

/// A failure while preparing a hardening test.
struct HardeningError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
