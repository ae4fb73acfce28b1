import ArgumentParser
import MaturityCore

/// `mlmaturity trend FILE... | DIR`: how each team's results moved over time.
struct TrendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trend",
    abstract: "Show results over time: sessions grouped by team and system, ordered by date.",
    discussion: """
      Takes session files and folders (their *.json files, not subfolders). Each file is read \
      once and only its results are kept, so a whole history of thousands of sessions is \
      quick. A file that is not a valid session is reported on standard error and left out; \
      the command then exits 65 (66 when a named file is missing) after printing the rest.
      """
  )

  @Argument(help: "Session files or folders of session files.", completion: .jsonFile)
  var paths: [String]

  @OptionGroup var document: DocumentOptions<TrendDocumentKind>

  @OptionGroup var banks: BankOptions

  func validate() throws {
    guard !paths.isEmpty else { throw ValidationError("name at least one session file or folder") }
  }

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      var trend = SessionTrend(catalog: catalog)
      let files = files()
      let worst = trend.read(files) { Console.error("mlmaturity: skipped \($0.description)") }
      if trend.sessionCount == 0 && worst == nil {
        throw MaturityError(
          .missingFile,
          "no session files (*.json) in \(paths.joined(separator: ", "))"
        )
      }
      try document.emit(
        .trend(TrendDocument(groups: trend.groups(), problems: trend.problems)),
        inputs: files + banks.paths
      )
      if let worst { throw ExitCode(worst.exitCode) }
    }
  }

  /// The named files, and the `*.json` files (not hidden) of named folders.
  private func files() -> [String] {
    var files: [String] = []
    for path in paths {
      guard FileIO.isDirectory(path) else {
        files.append(path)
        continue
      }
      let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
      for name in FileIO.listDirectory(path) where name.hasSuffix(".json") && !name.hasPrefix(".") {
        files.append(folder + "/" + name)
      }
    }
    return files
  }
}
