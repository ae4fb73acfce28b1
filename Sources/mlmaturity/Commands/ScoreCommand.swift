import ArgumentParser
import MaturityCore

/// `mlmaturity score FILE [--format text|json] [--min ID=VALUE]...`: every framework's
/// result, optionally gated for CI (`--min-mlts X`, `--min-azure N` and
/// `--min-google N` are the older spellings of `--min mlts=X` etc.).
struct ScoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Show the levels and scores of a session.",
    discussion: """
      With --min ID=VALUE (repeatable; e.g. --min azure=2 --min mlts=1.5) the command exits 1 \
      when a framework's result is below its minimum (or the framework is not assessed), with \
      one line per failed gate on standard error. --min-mlts, --min-azure and --min-google are \
      the same for the shipped frameworks. Unanswered questions count as the lowest answer.
      """
  )

  @Argument(help: "The session file.", completion: .jsonFile)
  var file: String

  @Flag(name: .long, help: "Print JSON (the same as --format json; see the README).")
  var json = false

  // The gate values are read unconditionally, so a negative one (`-1`)
  // reaches the range checks instead of reading as a missing value.
  @Option(
    name: .long,
    parsing: .unconditionalSingleValue,
    help: ArgumentHelp(
      "Fail (exit 1) below this result of a framework: its level, or its points (repeatable).",
      valueName: "id=value"
    )
  )
  var min: [String] = []

  @Option(
    name: .long,
    parsing: .unconditional,
    help: "Fail (exit 1) below this ML Test Score final score (0-7)."
  )
  var minMlts: Double?

  @Option(
    name: .long,
    parsing: .unconditional,
    help: "Fail (exit 1) below this Azure MLOps level (0-4)."
  )
  var minAzure: Int?

  @Option(
    name: .long,
    parsing: .unconditional,
    help: "Fail (exit 1) below this Google Cloud MLOps level (0-2)."
  )
  var minGoogle: Int?

  @OptionGroup var document: DocumentOptions<ScoreDocumentKind>

  @OptionGroup var banks: BankOptions

  func validate() throws {
    if json && document.format != nil {
      throw ValidationError("--json is --format json; give one of them")
    }
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
      let gates = try gates(catalog)
      let scored = SessionDocument(session: session, path: file, scores: scores, catalog: catalog)
      var options = document
      if json { options.format = "json" }
      try options.emit(.score(scored), inputs: [file] + banks.paths)
      let failures = gates.failures(scores)
      if !failures.isEmpty {
        for failure in failures { Console.error("mlmaturity: gate failed: \(failure)") }
        throw ExitCode(1)
      }
    }
  }

  /// The gates of the older options (in their order), then those of `--min`.
  private func gates(_ catalog: BankCatalog) throws(MaturityError) -> ScoreGates {
    let aliases: [(option: String, id: String, value: Double?)] = [
      ("--min-mlts", "mlts", minMlts),
      ("--min-azure", "azure", minAzure.map(Double.init)),
      ("--min-google", "google", minGoogle.map(Double.init)),
    ]
    var gates: [ScoreGates.Gate] = []
    for alias in aliases {
      guard let value = alias.value else { continue }
      guard let bank = catalog.bank(alias.id) else {
        throw MaturityError(.usage, "\(alias.option): no framework \"\(alias.id)\" in use")
      }
      gates.append(ScoreGates.Gate(bank: bank, minimum: value, option: alias.option))
    }
    for text in min {
      gates.append(try ScoreGates.Gate.parse(text, catalog: catalog))
    }
    return ScoreGates(gates)
  }
}
