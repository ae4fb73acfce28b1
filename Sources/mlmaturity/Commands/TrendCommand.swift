import ArgumentParser
import MaturityCore

/// `mlmaturity trend FILE... | DIR`: how each team's results moved over time.
struct TrendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trend",
    abstract: "Show results over time: sessions grouped by team and system, ordered by date.",
    discussion: """
      Takes session files and folders (their *.json files, not subfolders: `portfolio DIR` \
      reads a whole tree). Each file is read once, however it is named, and only its results \
      are kept, so a whole history of thousands of sessions is \
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
      var tree = SessionTree()
      var subfolders: [String] = []
      for path in paths {
        if FileIO.isDirectory(path) {
          subfolders += tree.add(folder: path)
        } else {
          tree.add(file: path)
        }
      }
      let worst = trend.read(tree)
      Console.skipped(trend.problems)
      if trend.sessionCount == 0 && worst == nil {
        throw MaturityError(.missingFile, noSessions(subfolders: subfolders))
      }
      try document.emit(
        .trend(TrendDocument(groups: trend.groups(), problems: trend.problems)),
        inputs: tree.files + banks.paths
      )
      if let worst { throw ExitCode(worst.exitCode) }
    }
  }

  /// `no session files (*.json) in PATHS`, with a hint when the folders
  /// hold subfolders (which `trend` does not read).
  private func noSessions(subfolders: [String]) -> String {
    let message = "no session files (*.json) in \(paths.joined(separator: ", "))"
    guard let first = subfolders.first else { return message }
    return message + " (trend reads a folder's own files, not its subfolders): for the whole "
      + "tree use `mlmaturity portfolio \(paths.joined(separator: " "))`, or name a subfolder "
      + "such as `mlmaturity trend \(first)`"
  }
}
