import ArgumentParser
import MaturityCore

/// `mlmaturity portfolio DIR...`: every team and system of a folder tree
/// side by side.
struct PortfolioCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "portfolio",
    abstract: "Compare teams: the latest session of every team and system in a folder tree.",
    discussion: """
      Reads the *.json files of the folders and all their subfolders (hidden ones left out) \
      with the engine of `trend`, groups them by team and system and takes the latest of \
      each: by assessment date, then by last change, then by file path. Shows a heat map of \
      teams and systems × frameworks × sections and dimensions, the areas most teams are \
      weakest in, and each one's change since its previous round. Each file counts once, \
      however it is reached (a link, a folder named twice). A result with unanswered \
      questions is provisional: marked * and not counted in the weakest areas. A file that is \
      not a valid session is reported on standard error and left out; the command then exits \
      65 after printing the rest. A folder that cannot be read or a link to nothing is \
      reported and left out too (exit 66). A missing folder, or one without session files, \
      exits 66.
      """
  )

  @Argument(help: "Folders of session files (their subfolders too).", completion: .directory)
  var folders: [String]

  @OptionGroup var document: DocumentOptions<PortfolioDocumentKind>

  @OptionGroup var banks: BankOptions

  func validate() throws {
    guard !folders.isEmpty else { throw ValidationError("name at least one folder") }
  }

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      var tree = SessionTree()
      for folder in folders {
        guard FileIO.isDirectory(folder) else { throw Self.notAFolder(folder) }
        tree.walk(folder)
      }
      var trend = SessionTrend(catalog: catalog)
      let worst = trend.read(tree)
      Console.skipped(trend.problems)
      if trend.sessionCount == 0 && worst == nil {
        throw MaturityError(
          .missingFile,
          "no session files (*.json) in \(folders.joined(separator: ", ")) or their subfolders"
        )
      }
      try document.emit(
        .portfolio(Portfolio(trend)),
        inputs: tree.files + banks.paths
      )
      if let worst { throw ExitCode(worst.exitCode) }
    }
  }

  /// Why `path`, named as a folder, is not one.
  static func notAFolder(_ path: String) -> MaturityError {
    if let target = FileIO.danglingLinkTarget(path) {
      return MaturityError(
        .missingFile,
        path: path,
        "no such folder: it is a symbolic link to \(target), which does not exist"
      )
    }
    return MaturityError(
      .missingFile,
      path: path,
      FileIO.exists(path) ? "is not a folder" : "no such folder"
    )
  }
}
