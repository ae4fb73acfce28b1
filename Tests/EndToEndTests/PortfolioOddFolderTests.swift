import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Odd folder trees found by cold testing: a file reached twice, links to
/// nothing, unreadable folders, a folder where a file is expected.
@Suite("mlmaturity portfolio and trend: odd folders")
struct PortfolioOddFolderTests {
  @Test func aFileReachedTwiceCountsOnce() throws {
    try CompareCLI.withFolder { folder in
      try CompareCLI.copy("before.json", to: folder, as: "payments/q1.json")
      try CompareCLI.copy("after.json", to: folder, as: "payments/q2.json")
      try CompareCLI.copy("before.json", to: folder, as: "search/r1.json", team: "Search")
      try FileManager.default.createSymbolicLink(
        atPath: folder + "/payments/latest.json",
        withDestinationPath: "q2.json"
      )
      let result = CompareCLI.run(["portfolio", folder, folder + "/payments", "--format", "json"])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("\"sessions\": 3,"))
      // Payments: q1, and q2 under the first name the walk reached it by.
      #expect(result.stdout.contains("\"sessions\": 2,"))
      #expect(result.stdout.contains("\"file\": \"\(folder)/payments/latest.json\""))
      #expect(!result.stdout.contains("\"file\": \"\(folder)/payments/q2.json\""))
      let trend = CompareCLI.run([
        "trend", folder + "/payments", folder + "/payments/q1.json", "--format", "json",
      ])
      #expect(trend.status == 0, "\(trend.stderr)")
      #expect(trend.stdout.components(separatedBy: "\"file\": ").count == 1 + 2)
    }
  }

  @Test func aLinkToNothingIsNamedWithWhereItPoints() throws {
    try CompareCLI.withFolder { folder in
      try CompareCLI.copy("before.json", to: folder, as: "payments/q1.json")
      try FileManager.default.createSymbolicLink(
        atPath: folder + "/payments/gone.json",
        withDestinationPath: folder + "/moved.json"
      )
      let result = CompareCLI.run(["portfolio", folder])
      #expect(result.status == 66)
      #expect(
        result.stderr == "mlmaturity: skipped \(folder)/payments/gone.json: a symbolic link to "
          + "\(folder)/moved.json, which does not exist; left out\n"
      )
      #expect(result.stdout.hasPrefix("Portfolio: 1 team and system, 1 session"))

      let root = folder + "/teams"
      try FileManager.default.createSymbolicLink(atPath: root, withDestinationPath: "/gone/teams")
      let named = CompareCLI.run(["portfolio", root])
      #expect(named.status == 66)
      #expect(
        named.stderr == "mlmaturity: \(root): no such folder: it is a symbolic link to "
          + "/gone/teams, which does not exist\n"
      )
    }
  }

  @Test func anUnreadableFolderIsNamedAndTheRestIsRead() throws {
    try CompareCLI.withFolder { folder in
      try CompareCLI.copy("before.json", to: folder, as: "payments/q1.json")
      try CompareCLI.copy("before.json", to: folder, as: "locked/r1.json", team: "Locked")
      chmod(folder, 0o755)
      chmod(folder + "/locked", 0)
      defer { chmod(folder + "/locked", 0o755) }
      let result = Self.runUnprivileged(["portfolio", folder, "--format", "json"])
      #expect(result.status == 66, "\(result.stderr)")
      #expect(
        result.stderr == "mlmaturity: skipped \(folder)/locked: cannot read the folder: "
          + "Permission denied; its files and subfolders were left out, the rest was read\n"
      )
      #expect(result.stdout.contains("\"sessions\": 1,"))
      #expect(result.stdout.contains("\"file\": \"\(folder)/locked\","))

      for command in ["portfolio", "trend"] {
        let named = Self.runUnprivileged([command, folder + "/locked", folder + "/payments"])
        #expect(named.status == 66, "\(command): \(named.stderr)")
        #expect(
          named.stderr == "mlmaturity: skipped \(folder)/locked: cannot read the folder: "
            + "Permission denied; left out\n",
          "\(command)"
        )
        #expect(named.stdout.contains("Payments ML · fraud-scoring"), "\(command)")
      }
    }
  }

  /// Runs mlmaturity, as `nobody` when this process is root (root reads
  /// every folder).
  private static func runUnprivileged(_ arguments: [String]) -> (
    status: Int32, stdout: String, stderr: String
  ) {
    guard getuid() == 0 else { return CompareCLI.run(arguments) }
    return ProcessRunner.run(
      "setpriv",
      ["--reuid=65534", "--regid=65534", "--clear-groups", productURL("mlmaturity").path]
        + arguments
    )
  }

  @Test func trendOnAFolderOfFoldersPointsToPortfolio() throws {
    try CompareCLI.withFolder { folder in
      try CompareCLI.copy("before.json", to: folder, as: "payments/q1.json")
      let result = CompareCLI.run(["trend", folder])
      #expect(result.status == 66)
      #expect(
        result.stderr == "mlmaturity: no session files (*.json) in \(folder) (trend reads a "
          + "folder's own files, not its subfolders): for the whole tree use `mlmaturity "
          + "portfolio \(folder)`, or name a subfolder such as `mlmaturity trend "
          + "\(folder)/payments`\n"
      )
    }
  }

  @Test func aFolderGivenAsThePreviousSessionIsAUsageError() throws {
    try CompareCLI.withFolder { folder in
      try CompareCLI.copy("after.json", to: folder, as: "q2.json")
      let result = CompareCLI.run([
        "report", folder + "/q2.json", "--format", "summary", "--previous", folder,
      ])
      #expect(result.status == 64)
      #expect(
        result.stderr == "mlmaturity: \(folder): --previous: is a folder; name one session file "
          + "in it, or leave --previous out to use the latest earlier session in the folder of "
          + "\(folder)/q2.json\n"
      )
      #expect(result.stdout.isEmpty)
    }
  }
}

@Suite("mlmaturity portfolio: skipped files in every format")
struct PortfolioSkippedFilesTests {
  @Test func skippedFilesAreOnStandardErrorAndInTheDocumentAndTheCSVStaysClean() throws {
    try CompareCLI.withFolder { folder in
      try CompareCLI.copy("before.json", to: folder, as: "payments/q1.json")
      try Data("{ not json".utf8).write(to: URL(fileURLWithPath: folder + "/payments/bad.json"))
      try Data("[]".utf8).write(to: URL(fileURLWithPath: folder + "/payments/list.json"))
      let warning = "mlmaturity: skipped \(folder)/payments/bad.json: "
      let csv = CompareCLI.run(["portfolio", folder, "--format", "csv"])
      #expect(csv.status == 65)
      #expect(csv.stderr.hasPrefix(warning))
      #expect(csv.stderr.split(separator: "\n").count == 2)
      let records = csv.stdout.components(separatedBy: "\r\n").dropLast()
      #expect(records.allSatisfy { $0.hasPrefix("team,") || $0.hasPrefix("Payments ML,") })

      for (format, heading) in [
        ("markdown", "## Skipped files"), ("html", "<h2>Skipped files</h2>"),
      ] {
        let result = CompareCLI.run(["portfolio", folder, "--format", format])
        #expect(result.status == 65)
        #expect(result.stdout.contains(heading), "\(format)")
        #expect(result.stdout.contains("\(folder)/payments/bad.json"), "\(format)")
        #expect(result.stdout.contains("\(folder)/payments/list.json"), "\(format)")
      }
      let text = CompareCLI.run(["portfolio", folder])
      #expect(text.stderr.hasPrefix(warning))
      #expect(
        text.stdout.contains("\nSkipped: 2 files or folders, named with why on standard error\n")
      )
    }
  }

  @Test func aPreworkFileIsNamedOnStandardErrorToo() throws {
    try CompareCLI.withFolder { folder in
      try CompareCLI.copy("before.json", to: folder, as: "q1.json")
      let text = try String(contentsOfFile: CompareCLI.fixture("after.json"), encoding: .utf8)
      let prework = text.replacingOccurrences(
        of: "\"formatVersion\": 1,",
        with: "\"formatVersion\": 1, \"prework\": {\"participant\": \"Bo\"},"
      )
      try Data(prework.utf8).write(to: URL(fileURLWithPath: folder + "/bo.json"))
      for command in ["portfolio", "trend"] {
        let result = CompareCLI.run([command, folder])
        #expect(result.status == 0, "\(command)")
        #expect(
          result.stderr == "mlmaturity: skipped \(folder)/bo.json: pre-work of Bo, not an "
            + "assessment; merge it instead\n",
          "\(command)"
        )
      }
    }
  }
}
