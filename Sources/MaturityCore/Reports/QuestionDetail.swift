/// Everything a report shows about one question: the answer as scored and
/// the workshop's record of it, gathered once for every report format.
public struct QuestionDetail: Sendable {
  /// How the question stands.
  public enum State: String, Sendable, Equatable {
    /// An option is chosen.
    case answered
    /// Marked not applicable, with a reason; counts as the lowest answer.
    case notApplicable = "not-applicable"
    /// Nothing chosen yet.
    case unanswered
    /// The value names no option of the question; counts as unanswered.
    case invalid
  }

  /// The voters of one answer, for showing the spread.
  public struct VoteGroup: Sendable, Equatable {
    /// The answer's short label (`Manual`, `not applicable`, `unknown: x`).
    public var label: String
    /// Who voted for it: participants in session order, then the others
    /// by name.
    public var voters: [String]
  }

  /// The framework's bank.
  public var bank: Bank
  /// The question's section.
  public var section: Section
  /// The question.
  public var question: Question
  /// The recorded answer (empty when there is none).
  public var answer: Answer
  /// How the question stands.
  public var state: State
  /// The chosen option's label, `not applicable: reason`, `unanswered` or
  /// `invalid: value`.
  public var answerLabel: String
  /// What the answer counts for: ML Test Score points (`0.5`), an Azure
  /// level (`level 2`) or a Google item (`in place`, `not in place`).
  public var result: String
  /// How the votes spread, when anyone voted.
  public var spread: VoteSpread?
  /// The voters per answer, options in order, then not applicable, then
  /// votes naming no option.
  public var voteGroups: [VoteGroup]
  /// Who voted: participants in session order, then the others by name.
  public var voters: [String]
  /// Whether the question blocks the next level or band.
  public var blocksNextLevel: Bool
  /// The step from the current answer to the next more mature option
  /// (`nil` at the most mature answer).
  public var nextStep: String? = nil

  /// Every question of `score`'s bank, in bank order.
  public static func all(session: Session, score: FrameworkScore) -> [QuestionDetail] {
    score.bank.sections.flatMap { section in
      section.questions.map { detail($0, in: section, session: session, score: score) }
    }
  }

  /// The detail of `question` in `section`.
  public static func detail(
    _ question: Question,
    in section: Section,
    session: Session,
    score: FrameworkScore
  ) -> QuestionDetail {
    let answer = session.answers[question.id] ?? Answer()
    let state: State
    if score.sheet.chosen[question.id] != nil {
      state = .answered
    } else if score.sheet.notApplicable[question.id] != nil {
      state = .notApplicable
    } else if score.sheet.invalid.contains(where: { $0.id == question.id }) {
      state = .invalid
    } else {
      state = .unanswered
    }
    let label =
      state == .invalid
      ? "invalid: \(answer.value ?? "")" : TargetGap.currentLabel(score, question.id)
    let spread = answer.votes.isEmpty ? nil : VoteSpread(question: question, votes: answer.votes)
    var voters: [String] = []
    for name in session.participants + answer.votes.keys.sorted()
    where answer.votes[name] != nil && !voters.contains(name) {
      voters.append(name)
    }
    return QuestionDetail(
      bank: score.bank,
      section: section,
      question: question,
      answer: answer,
      state: state,
      answerLabel: label,
      result: result(of: question, in: score),
      spread: spread,
      voteGroups: groups(question, votes: answer.votes, order: voters),
      voters: voters,
      blocksNextLevel: score.blockers.contains(question.id),
      nextStep: TargetGap.nextStep(score, question)
    )
  }

  /// The reason the question does not apply, when it does not.
  public var notApplicableReason: String? {
    state == .notApplicable ? answer.notApplicableReason ?? "" : nil
  }

  /// The chosen option's short label (`Manual`), `not applicable` (the
  /// reason is in ``notApplicableReason``), `unanswered` or `invalid: value`.
  public var shortAnswer: String {
    switch state {
    case .answered: Explanation.shortLabel(answer.value.flatMap(question.option))
    case .notApplicable: "not applicable"
    case .unanswered, .invalid: answerLabel
    }
  }

  /// `Manual: Ana, Chen; Automated: Bo`.
  public var votesText: String {
    voteGroups.map { "\($0.label): \($0.voters.joined(separator: ", "))" }
      .joined(separator: "; ")
  }

  /// `disagree (range 1)` (the range in option steps, left out when the
  /// votes differ only by not applicable), `agree`, or empty without votes.
  public var spreadText: String {
    guard let spread else { return "" }
    guard spread.disagrees else { return "agree" }
    return spread.range > 0 ? "disagree (range \(spread.range))" : "disagree"
  }

  /// `changed after the vote (agreed: Not done)` when the answer no longer
  /// is what the team agreed on after voting; `nil` otherwise.
  public var changedAfterVoteText: String? {
    Self.changedAfterVoteText(answer, question: question)
  }

  /// ``changedAfterVoteText`` for `answer` to `question`.
  public static func changedAfterVoteText(_ answer: Answer, question: Question) -> String? {
    guard answer.changedAfterVote, let agreed = answer.agreed else { return nil }
    let label =
      agreed == Answer.notApplicableValue
      ? "not applicable" : question.option(agreed).map(Explanation.shortLabel) ?? agreed
    return "changed after the vote (agreed: \(label))"
  }

  /// Each piece of evidence as `reference (owner, verified date)`.
  public var evidenceTexts: [String] { evidenceTexts(date: { $0 }) }

  /// ``evidenceTexts`` with each date written by `date` (``PlainWords/date(_:)``
  /// for a report: `verified 8 March 2026`).
  public func evidenceTexts(date: (String) -> String) -> [String] {
    answer.evidence.map { item in
      var parts: [String] = []
      if let owner = item.owner { parts.append(owner) }
      if let verified = item.verified { parts.append("verified \(date(verified))") }
      return parts.isEmpty ? item.reference : "\(item.reference) (\(parts.joined(separator: ", ")))"
    }
  }

  private static func result(of question: Question, in score: FrameworkScore) -> String {
    if let reason = score.sheet.doesNotApply[question.id] { return "does not apply: \(reason)" }
    return score.result.questionResult(question, in: score)
  }

  private static func groups(_ question: Question, votes: [String: String], order: [String])
    -> [VoteGroup]
  {
    func voters(_ value: String) -> [String] { order.filter { votes[$0] == value } }
    var groups: [VoteGroup] = question.options.compactMap { option in
      let names = voters(option.id)
      return names.isEmpty ? nil : VoteGroup(label: Explanation.shortLabel(option), voters: names)
    }
    let notApplicable = voters(Answer.notApplicableValue)
    if !notApplicable.isEmpty {
      groups.append(VoteGroup(label: "not applicable", voters: notApplicable))
    }
    let unknown = Set(votes.values).filter {
      $0 != Answer.notApplicableValue && question.option($0) == nil
    }
    for value in unknown.sorted() {
      groups.append(VoteGroup(label: "unknown: \(value)", voters: voters(value)))
    }
    return groups
  }
}
