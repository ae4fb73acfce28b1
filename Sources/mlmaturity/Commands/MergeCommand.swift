import ArgumentParser
import MaturityCore

/// `mlmaturity merge WORKSHOP PREWORK...`: participants' pre-work answers
/// become their votes in the workshop session.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge participants' pre-work files into a workshop session as their votes.",
    discussion: """
      Each pre-work file (made with `mlmaturity new --prework --as NAME --from WORKSHOP`)
      adds its participant's answers as votes and its notes as attributed notes. A vote
      already in the workshop is never overwritten (the difference is reported), and
      merging the same files again changes nothing. A file for another team or system,
      or for other bank versions, stops the merge before anything is written.
      """
  )

  @Argument(help: "The workshop session.", completion: .jsonFile)
  var workshop: String

  @Argument(help: "Pre-work files, one per participant.", completion: .jsonFile)
  var preworks: [String]

  @OptionGroup var banks: BankOptions

  func validate() throws {
    guard !preworks.isEmpty else { throw ValidationError("name at least one pre-work file") }
  }

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      let inputs = try preworks.map { path throws(MaturityError) in
        PreworkMerge.Input(path: path, session: try SessionFile.load(path))
      }
      var report = PreworkMerge.Report()
      var changed = false
      let missing = { () throws -> Session in
        throw MaturityError(.missingFile, path: workshop, "cannot open: no such file or folder")
      }
      try SessionFile.update(at: workshop, createWith: missing) { session in
        let (merged, outcome) = try PreworkMerge.merge(
          inputs,
          into: session,
          catalog: catalog,
          now: Clock.now()
        )
        changed = merged != session
        session = merged
        report = outcome
      }
      for line in report.lines where !line.hasPrefix("warning: ") { Console.out(line + "\n") }
      for line in report.lines where line.hasPrefix("warning: ") { Console.error(line) }
      Console.out(
        changed ? "\(workshop): merged\n" : "\(workshop): nothing new to merge\n"
      )
    }
  }
}
