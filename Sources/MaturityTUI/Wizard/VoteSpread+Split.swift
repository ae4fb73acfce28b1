import MaturityCore

/// How split a room is, for the discussion list.
extension VoteSpread {
  /// Votes cast, for options and for "not applicable".
  var allVotes: Int { total + notApplicableVotes }

  /// Votes for the most common answer ("not applicable" counts as one).
  var topVotes: Int { max(counts.map(\.votes).max() ?? 0, notApplicableVotes) }

  /// The share of the most common answer, 0…1 (1 without votes): the lower,
  /// the more split the room.
  var topShare: Double { allVotes == 0 ? 1 : Double(topVotes) / Double(allVotes) }

  /// `2/2/1`, with ` +1 n/a` when some voted not applicable; `3 n/a` when
  /// everyone did.
  var countsText: String {
    if total == 0, notApplicableVotes > 0 { return "\(notApplicableVotes) n/a" }
    let perOption = counts.map { "\($0.votes)" }.joined(separator: "/")
    return notApplicableVotes > 0 ? "\(perOption) +\(notApplicableVotes) n/a" : perOption
  }
}
