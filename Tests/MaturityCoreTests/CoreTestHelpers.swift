import Foundation
import MaturityCore
import Testing

/// The shared fixture files under `Tests/Fixtures/`, found from this file's
/// path so the tests work from any working directory.
enum Fixture {
  /// `Tests/Fixtures`.
  static let folder: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
    .path

  /// The absolute path of `relative` below `Tests/Fixtures`.
  static func path(_ relative: String) -> String { folder + "/" + relative }

  /// The bytes of a fixture file.
  static func bytes(_ relative: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path(relative))))
  }

  /// A bank fixture from `Tests/Fixtures/banks/`.
  static func bank(_ name: String) throws -> Bank {
    try BankLoader.load(path: path("banks/\(name)"))
  }
}

/// The banks compiled into the binary.
enum Shipped {
  /// All shipped banks, or an empty list when one fails to load (which
  /// `ShippedBankTests` reports).
  static let banks: [Bank] = (try? BankLoader.bundled()) ?? []

  /// The shipped banks as a catalog.
  static let catalog: BankCatalog = {
    do {
      return try BankCatalog(banks)
    } catch {
      fatalError("the shipped banks do not load: \(error)")
    }
  }()

  /// The shipped bank with `id`.
  static func bank(_ id: String) throws -> Bank {
    try #require(banks.first { $0.id == id }, "no shipped bank \"\(id)\"")
  }
}

/// Answers keyed by question id, each choosing the given option id.
func answers(_ values: [String: String]) -> [String: Answer] {
  values.mapValues { Answer(value: $0, answeredAt: "2026-01-02T03:04:05Z") }
}

/// The ``MaturityError`` `body` throws, or `nil` when it returns (any
/// other error is recorded as an issue).
func caught<T>(
  _ body: () throws -> T,
  sourceLocation: SourceLocation = #_sourceLocation
) -> MaturityError? {
  do {
    _ = try body()
    return nil
  } catch let error as MaturityError {
    return error
  } catch {
    Issue.record("expected a MaturityError, got \(error)", sourceLocation: sourceLocation)
    return nil
  }
}

/// Runs `body` with a new empty folder that is removed afterwards (made
/// writable first, in case a test took the permission away).
func withTemporaryFolder<T>(_ body: (String) throws -> T) throws -> T {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("mlmaturity-core-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  defer {
    chmod(url.path, 0o755)
    try? FileManager.default.removeItem(at: url)
  }
  return try body(url.path)
}

/// Writes `bytes` to `path`.
func writeFile(_ path: String, _ bytes: [UInt8]) throws {
  try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// The bytes of the file at `path`.
func readFile(_ path: String) throws -> [UInt8] {
  Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// The names in `folder`, sorted.
func folderContents(_ folder: String) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
}

/// The permission bits of the file at `path`.
func permissions(_ path: String) -> mode_t {
  var info = stat()
  guard stat(path, &info) == 0 else { return 0 }
  return info.st_mode & 0o7777
}

extension FrameworkScore {
  /// The ML Test Score result, or `nil` for another rule.
  var mlts: MLTestScoreResult? {
    result as? MLTestScoreResult
  }

  /// The Azure result, or `nil` for another rule.
  var azure: AzureResult? {
    result as? AzureResult
  }

  /// The Google result, or `nil` for another rule.
  var google: GoogleResult? {
    result as? GoogleResult
  }
}

/// Whether taking the write permission away from a folder stops this
/// process writing into it (it does not for root).
let readOnlyFoldersAreEnforced: Bool = {
  let enforced = try? withTemporaryFolder { folder -> Bool in
    chmod(folder, 0o555)
    return access(folder, W_OK) != 0
  }
  return enforced ?? false
}()
