import ArgumentParser
import MaturityCore

/// `mlmaturity upgrade FILE`: moves a session to the current banks with the
/// banks' change logs, and says what needs a new answer.
struct UpgradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "upgrade",
    abstract: "Move a session to the current question banks, mapping what maps.",
    discussion: """
      Renamed questions and options are mapped from each bank's change log; the
      command lists new questions to answer and reworded ones worth a second look.
      Answers to removed questions stay in the file. The file is saved atomically.
      Example:
        mlmaturity upgrade team.json
      """
  )

  @Argument(help: "The session file.")
  var file: String

  @Flag(name: .long, help: "Only report what would change; do not save.")
  var dryRun = false

  @OptionGroup var banks: BankOptions

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      let session = try SessionFile.load(file)
      let upgrade = SessionUpgrade(session, catalog: catalog)
      guard upgrade.changesFile else {
        Console.out("\(file): already at the current bank versions\n")
        return
      }
      for line in upgrade.lines { Console.out(line + "\n") }
      guard !dryRun else { return }
      let missing = { () throws -> Session in
        throw MaturityError(.missingFile, path: file, "cannot open: no such file or folder")
      }
      try SessionFile.update(at: file, createWith: missing) { session in
        // Read again under the lock: another writer may have saved since.
        var upgraded = SessionUpgrade(session, catalog: catalog).session
        upgraded.updatedAt = Clock.now().iso8601
        upgraded.toolVersion = MaturityVersion.current
        session = upgraded
      }
      let left = upgrade.moves.filter { !$0.logCovers }.map(\.bank)
      if left.isEmpty {
        Console.out("\(file): saved at the current bank versions\n")
      } else {
        Console.out(
          "\(file): saved; \(left.joined(separator: ", ")) left at the older version (no change log)\n"
        )
        throw MaturityError(
          .badData,
          path: file,
          "\(left.joined(separator: ", ")): no change log from the recorded version; review those answers by hand"
        )
      }
    }
  }
}
