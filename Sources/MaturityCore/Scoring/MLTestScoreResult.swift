/// The ML Test Score of a session (Breck et al. 2017).
///
/// Each test earns 0 (not done), 0.5 (run by hand, results documented and
/// shared) or 1 (run automatically and repeatedly). Points add up per
/// section (0 to 7). The final score is the lowest of the four section sums,
/// because a strong section cannot make up for a neglected one. Unanswered
/// tests count 0.
public struct MLTestScoreResult: Sendable, Equatable {
  /// One section's sum.
  public struct SectionScore: Sendable, Equatable {
    /// Section id: `data`, `model`, `infra`, `monitor`.
    public var id: String
    /// Official section title.
    public var title: String
    /// Sum of the section's points.
    public var points: Double
    /// Highest possible sum (the number of tests).
    public var maximum: Double
    /// Tests answered.
    public var answered: Int
  }

  /// Section sums in bank order.
  public var sections: [SectionScore]
  /// The minimum of the section sums.
  public var final: Double
  /// The interpretation band, 0 to 5 (see ``band(for:)``).
  public var band: Int
  /// Ids of the sections whose sum equals the final score.
  public var weakest: [String]
  /// Unanswered test ids, in bank order.
  public var unanswered: [String]
  /// The next band, when there is one.
  public var nextBand: Int?
  /// The lowest final score that reaches ``nextBand``.
  public var nextBandScore: Double?
  /// Tests that must improve to reach the next band: the tests below
  /// "automated" in every section whose sum is below ``nextBandScore``.
  public var blockers: [String]

  /// Whether unanswered tests remain.
  public var provisional: Bool { !unanswered.isEmpty }

  /// Upper bounds of bands 0 to 4; band 5 is everything above 5.
  public static let bandUpperBounds: [Double] = [0, 1, 2, 3, 5]

  /// The band of a final score: 0 for 0, then (0, 1], (1, 2], (2, 3],
  /// (3, 5] and above 5, left-open and right-closed.
  public static func band(for score: Double) -> Int {
    bandUpperBounds.firstIndex { score <= $0 } ?? bandUpperBounds.count
  }

  /// Scores `sheet`.
  public init(_ sheet: AnswerSheet) {
    let sections = sheet.bank.sections.map { section in
      let counted = section.questions.filter(sheet.applies)
      let chosen = counted.compactMap { sheet.chosen[$0.id] }
      return SectionScore(
        id: section.id,
        title: section.title,
        points: chosen.reduce(0) { $0 + ($1.points ?? 0) },
        maximum: Double(counted.count),
        answered: chosen.count
      )
    }
    let final = sections.map(\.points).min() ?? 0
    self.sections = sections
    self.final = final
    band = Self.band(for: final)
    weakest = sections.filter { $0.points == final }.map(\.id)
    unanswered = sheet.unanswered
    if band < Self.bandUpperBounds.count {
      let target = Self.bandUpperBounds[band] + 0.5
      nextBand = band + 1
      nextBandScore = target
      let below = Set(sections.filter { $0.points < target }.map(\.id))
      blockers = sheet.bank.sections.filter { below.contains($0.id) }.flatMap { section in
        section.questions.filter { sheet.applies($0) && (sheet.chosen[$0.id]?.points ?? 0) < 1 }
          .map(\.id)
      }
    } else {
      nextBand = nil
      nextBandScore = nil
      blockers = []
    }
  }
}
