import ArgumentParser
import MaturityCore

/// `mlmaturity score FILE [--json]`: every framework's result.
struct ScoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Show the levels and scores of a session."
  )

  @Argument(help: "The session file.")
  var file: String

  @Flag(name: .long, help: "Print JSON (the format scripts rely on; see the README).")
  var json = false

  @OptionGroup var banks: BankOptions

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      let session = try SessionFile.load(file)
      let scores = Scorer.score(session, catalog: catalog)
      if json {
        Console.out(
          JSONWriter.write(
            ScoreJSON.document(session: session, path: file, scores: scores, catalog: catalog)
          )
        )
      } else {
        Console.out(ScoreText.render(session: session, scores: scores, catalog: catalog))
      }
    }
  }
}
