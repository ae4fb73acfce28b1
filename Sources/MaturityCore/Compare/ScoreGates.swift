/// Minimum results a session must reach, so a pipeline can require a
/// maturity level: `mlmaturity score F --min mlts=2 --min azure=2`.
///
/// A gate compares a framework's headline figure (``FrameworkScore/headline``:
/// the ML Test Score final score, the Azure or Google level) with its
/// minimum. A framework the session does not assess fails its gate, since
/// its level is unknown.
public struct ScoreGates: Sendable, Equatable {
  /// One gate: a bank id, the least headline accepted, and the option that
  /// set it (for messages).
  public struct Gate: Sendable, Equatable {
    /// The bank id, e.g. `azure`.
    public var framework: String
    /// The least headline figure accepted.
    public var minimum: Double
    /// The command-line option, e.g. `--min azure` or `--min-azure`.
    public var option: String
    /// Whether the bank's headline is points (`2.0`) rather than a level.
    public var isPoints: Bool

    /// A gate on `bank`'s headline.
    public init(bank: Bank, minimum: Double, option: String) {
      framework = bank.id
      self.minimum = minimum
      self.option = option
      isPoints = bank.rule.headlineIsPoints
    }

    /// Parses `ID=VALUE` as given to `--min`, checked against the banks in
    /// `catalog`: the id must name one, and the value must be a headline its
    /// rule allows (a whole level, or points, from 0 to its maximum).
    public static func parse(
      _ text: String,
      catalog: BankCatalog,
      option: String = "--min"
    ) throws(MaturityError) -> Gate {
      let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]) else {
        let example = "\(option) \(catalog.banks.first?.id ?? "id")=1"
        throw MaturityError(.usage, "\(option) \(text): expected ID=VALUE, e.g. \(example)")
      }
      let id = String(parts[0])
      guard let bank = catalog.bank(id) else {
        let known = catalog.banks.map(\.id).joined(separator: ", ")
        throw MaturityError(
          .usage,
          "\(option) \(text): no framework \"\(id)\" (frameworks: \(known))"
        )
      }
      let rule = bank.rule
      let maximum = rule.maximumHeadline(of: bank)
      guard value >= 0, value <= maximum else {
        throw MaturityError(
          .usage,
          "\(option) \(text): must be between 0 and \(Int(maximum)) for \(bank.name)"
        )
      }
      guard rule.headlineIsPoints || value == value.rounded() else {
        throw MaturityError(
          .usage,
          "\(option) \(text): \(bank.name) needs a whole \(rule.rungNoun)"
        )
      }
      return Gate(bank: bank, minimum: value, option: "\(option) \(id)")
    }
  }

  /// The gates, in the order they are checked.
  public var gates: [Gate] = []

  /// Gates checked in the order given; none: nothing is gated.
  public init(_ gates: [Gate] = []) {
    self.gates = gates
  }

  /// Whether no gate is set.
  public var isEmpty: Bool { gates.isEmpty }

  /// One line per failed gate, e.g. `ML Test Score: 1.5 is below the
  /// minimum 2.0 (--min-mlts)`; empty when every gate passes.
  public func failures(_ scores: [FrameworkScore]) -> [String] {
    gates.compactMap { gate in
      guard let score = scores.first(where: { $0.bank.id == gate.framework }) else {
        return "\(gate.framework): not assessed in this session, so it cannot reach "
          + "the minimum \(minimum(gate)) (\(gate.option))"
      }
      guard score.headline < gate.minimum else { return nil }
      let unanswered = score.sheet.unanswered.count
      let rule = score.bank.rule
      let provisional =
        score.provisional
        ? "; \(Plural.count(unanswered, "unanswered question")) "
          + "\(Plural.verb(unanswered, "count")) \(rule.unansweredCount(one: unanswered == 1))"
        : ""
      let what = rule.headlinePrefix
      return
        "\(score.bank.name): \(what)\(rule.figure(score.headline)) is below the minimum "
        + "\(what)\(minimum(gate)) (\(gate.option)\(provisional))"
    }
  }

  /// The minimum as the user gave it: `2.0` for `2`, but `2.01` stays
  /// `2.01` (rounding it to one decimal would read "2.0 is below 2.0").
  private func minimum(_ gate: Gate) -> String {
    guard gate.isPoints else { return String(Int(gate.minimum)) }
    let rounded = ScoreText.points(gate.minimum)
    guard Double(rounded) != gate.minimum else { return rounded }
    return "\(gate.minimum)"
  }
}
