import ArgumentParser
import MaturityCore

/// `mlmaturity score FILE [--json] [--min-mlts X] [--min-azure N] [--min-google N]`:
/// every framework's result, optionally gated for CI.
struct ScoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Show the levels and scores of a session.",
    discussion: """
      With --min-mlts, --min-azure or --min-google the command exits 1 when a result is below \
      its minimum (or the framework is not assessed), with one line per failed gate on \
      standard error. Unanswered questions count as the lowest answer.
      """
  )

  @Argument(help: "The session file.", completion: .jsonFile)
  var file: String

  @Flag(name: .long, help: "Print JSON (the format scripts rely on; see the README).")
  var json = false

  @Option(name: .long, help: "Fail (exit 1) below this ML Test Score final score (0-7).")
  var minMlts: Double?

  @Option(name: .long, help: "Fail (exit 1) below this Azure MLOps level (0-4).")
  var minAzure: Int?

  @Option(name: .long, help: "Fail (exit 1) below this Google Cloud MLOps level (0-2).")
  var minGoogle: Int?

  @OptionGroup var banks: BankOptions

  func validate() throws {
    if let minMlts, !(0...7).contains(minMlts) {
      throw ValidationError("--min-mlts must be between 0 and 7")
    }
    if let minAzure, !(0...4).contains(minAzure) {
      throw ValidationError("--min-azure must be between 0 and 4")
    }
    if let minGoogle, !(0...2).contains(minGoogle) {
      throw ValidationError("--min-google must be between 0 and 2")
    }
  }

  func run() throws {
    try Console.run {
      let (catalog, session, scores) = try banks.scored(file)
      if json {
        Console.out(
          json: ScoreJSON.document(session: session, path: file, scores: scores, catalog: catalog)
        )
      } else {
        Console.out(ScoreText.render(session: session, scores: scores, catalog: catalog))
      }
      let gates = ScoreGates(
        minimumMLTestScore: minMlts,
        minimumAzure: minAzure,
        minimumGoogle: minGoogle
      )
      let failures = gates.failures(scores)
      if !failures.isEmpty {
        for failure in failures { Console.error("mlmaturity: gate failed: \(failure)") }
        throw ExitCode(1)
      }
    }
  }
}
