/// Minimum results a session must reach, so a pipeline can require a
/// maturity level: `mlmaturity score F --min-mlts 2 --min-azure 2 --min-google 1`.
///
/// A gate compares a framework's headline figure (``FrameworkScore/headline``:
/// the ML Test Score final score, the Azure or Google level) with its
/// minimum. A framework the session does not assess fails its gate, since
/// its level is unknown.
public struct ScoreGates: Sendable, Equatable {
  /// One gate: a bank id, the least headline accepted, and the option that
  /// set it (for messages).
  public struct Gate: Sendable, Equatable {
    /// The bank id: `mlts`, `azure`, `google`.
    public var framework: String
    /// The least headline figure accepted.
    public var minimum: Double
    /// The command-line option, e.g. `--min-azure`.
    public var option: String
  }

  /// The gates, in the order they are checked.
  public var gates: [Gate] = []

  /// Gates for the given minimums; `nil` leaves a framework ungated.
  public init(
    minimumMLTestScore: Double? = nil,
    minimumAzure: Int? = nil,
    minimumGoogle: Int? = nil
  ) {
    if let minimumMLTestScore {
      gates.append(Gate(framework: "mlts", minimum: minimumMLTestScore, option: "--min-mlts"))
    }
    if let minimumAzure {
      gates.append(Gate(framework: "azure", minimum: Double(minimumAzure), option: "--min-azure"))
    }
    if let minimumGoogle {
      gates.append(
        Gate(framework: "google", minimum: Double(minimumGoogle), option: "--min-google")
      )
    }
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
      let provisional =
        score.provisional
        ? "; \(Plural.count(unanswered, "unanswered question")) \(Plural.verb(unanswered, "count")) as 0"
        : ""
      let what = score.bank.scoring == .mlTestScore ? "" : "level "
      return
        "\(score.bank.name): \(what)\(figure(score.headline, gate.framework)) is below the minimum "
        + "\(what)\(minimum(gate)) (\(gate.option)\(provisional))"
    }
  }

  /// The minimum as the user gave it: `2.0` for `2`, but `2.01` stays
  /// `2.01` (rounding it to one decimal would read "2.0 is below 2.0").
  private func minimum(_ gate: Gate) -> String {
    let rounded = figure(gate.minimum, gate.framework)
    guard gate.framework == "mlts", Double(rounded) != gate.minimum else { return rounded }
    return "\(gate.minimum)"
  }

  private func figure(_ value: Double, _ framework: String) -> String {
    framework == "mlts" ? ScoreText.points(value) : String(Int(value))
  }
}
