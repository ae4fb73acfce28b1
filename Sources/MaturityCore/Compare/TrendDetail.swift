/// What a trend shows beneath a framework's headline: one line per part
/// (ML Test Score section, Azure dimension, Google level's required items)
/// and, for rules that count items toward the next level (Google's), the
/// progress toward it, so a team going from 5/14 to 7/14 items does not
/// see a flat line.
///
/// Shared by the text, Markdown and HTML trends; the JSON and CSV give
/// the same figures per session.
public struct TrendDetail: Sendable, Equatable {
  /// The part id, or ``progressID`` for the progress line.
  public var id: String
  /// `Tests for Features and Data`, `People`, `Toward the next level`.
  public var title: String
  /// Each session's value as a share of its top, 0 to 1 (`nil` where the
  /// session does not assess the framework); what charts draw.
  public var fractions: [Double?]
  /// Each session's value in words (`nil` where not assessed): `2.0`,
  /// `5/14`, `5/14 for level 1`.
  public var figures: [String?]
  /// `1.0 → 2.0 (+1.0)`, `5/14 → 7/14 (+2) for level 1`: the first and the
  /// last value.
  public var movement: String

  /// The id of the progress line.
  public static let progressID = "next-level"

  /// The one-line chart of ``fractions``.
  public var sparkline: String { Sparkline.render(fractions, maximum: 1) }

  /// The lines of `bank` in `group`: its parts, then the progress toward
  /// the next level when the rule counts it.
  public static func lines(_ group: TrendGroup, bank: Bank) -> [TrendDetail] {
    var lines = group.parts(bank.id).map { part in
      let series = group.partSeries(bank.id, part: part.id)
      return TrendDetail(
        id: part.id,
        title: part.title,
        fractions: series.map { $0?.fraction },
        figures: series.map { $0?.figure(of: bank) },
        movement: partMovement(series.compactMap { $0 }, bank: bank)
      )
    }
    if group.hasProgress(bank.id) { lines.append(progress(group.series(bank.id), bank: bank)) }
    return lines
  }

  /// The progress line: a result at the top (no next level) counts as full.
  private static func progress(_ series: [TrendResult?], bank: Bank) -> TrendDetail {
    let figures = series.map { result in
      result.map { $0.progress?.text(of: bank) ?? "at the top" }
    }
    let known = series.compactMap { $0 }
    var movement = ""
    if let first = known.first, let last = known.last {
      switch (first.progress, last.progress) {
      case (let from?, let to?) where from.rung == to.rung && known.count > 1:
        let delta = to.met - from.met
        let change = delta == 0 ? "" : " (\(delta > 0 ? "+" : "")\(delta))"
        movement =
          "\(from.met)/\(from.required) → \(to.met)/\(to.required)\(change) for "
          + "\(bank.rule.rungNoun) \(to.rung)"
      default:
        let from = figures.compactMap { $0 }.first ?? ""
        let to = figures.compactMap { $0 }.last ?? ""
        movement = known.count == 1 ? to : "\(from) → \(to)"
      }
    }
    return TrendDetail(
      id: progressID,
      title: "Toward the next \(bank.rule.rungNoun)",
      fractions: series.map { result in result.map { $0.progress?.fraction ?? 1 } },
      figures: figures,
      movement: movement
    )
  }

  /// `1.0 → 2.0 (+1.0)`, `level 0 → 1 (+1)`, `5/14 → 7/14 (+2)`.
  static func partMovement(_ known: [ScorePart], bank: Bank) -> String {
    guard let first = known.first, let last = known.last else { return "" }
    let prefix = first.isCount ? "" : bank.rule.headlinePrefix
    let from = first.figure(of: bank)
    if known.count == 1 { return prefix + from }
    let delta = last.value - first.value
    let change = delta == 0 ? "" : " (\(first.signed(delta, rule: bank.rule)))"
    return "\(prefix)\(from) → \(last.figure(of: bank))\(change)"
  }
}
