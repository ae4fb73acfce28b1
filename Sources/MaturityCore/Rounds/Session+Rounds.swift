extension Session {
  /// The assessment day: ``date``, else the day the session was last
  /// changed or created; empty when none is known. Rounds are ordered by it
  /// (trend, the summary's history, the next round's date).
  public var assessmentDay: String {
    guard date.isEmpty else { return date }
    return String((updatedAt.isEmpty ? createdAt : updatedAt).prefix(10))
  }

  /// Why `date` cannot be the day of the round after this one, as the end
  /// of a sentence (`is not after the earlier round's 2026-12-01`); `nil`
  /// when it is later. A next round comes after the one it continues, or
  /// trend, diff and the summary would take them in the wrong order. The
  /// command line and the start screen both ask this before
  /// ``nextRound(from:file:date:catalog:now:)``.
  public func nextRoundDayProblem(_ date: Day) -> String? {
    let earlier = assessmentDay
    guard !earlier.isEmpty, date.text <= earlier else { return nil }
    return "is not after the earlier round's \(earlier)"
  }

  /// The next round of `previous` (saved at `file`), on `date`: the same
  /// team, system, facilitator, participants, frameworks, targets, timebox,
  /// context and settings; each earlier answer kept as "last time", and the open
  /// actions' owners and due dates carried over. Votes, agreement,
  /// confidence, evidence and notes start empty.
  public static func nextRound(
    from previous: Session,
    file: String,
    date: Day,
    catalog: BankCatalog,
    now: Timestamp
  ) -> Session {
    var session = previous.sameSetting(catalog: catalog, now: now)
    session.date = date.text
    session.participants = previous.participants
    session.targets = previous.targets
    session.timeboxMinutes = previous.timeboxMinutes
    session.anonymousVotes = previous.anonymousVotes
    var record = PreviousRound(file: file, date: previous.date)
    for (id, answer) in previous.answers {
      if let value = answer.value {
        record.answers[id] = value
        if let reason = answer.notApplicableReason { record.reasons[id] = reason }
      }
      if answer.owner != nil || answer.due != nil {
        var carried = Answer()
        carried.owner = answer.owner
        carried.due = answer.due
        session.answers[id] = carried
      }
    }
    session.previous = record
    return session
  }

  /// A pre-work file for `participant` from the workshop `workshop` (saved
  /// at `file`): the workshop's team, system, frameworks and settings, no
  /// answers, and only that participant.
  public static func prework(
    for participant: String,
    from workshop: Session,
    file: String?,
    catalog: BankCatalog,
    now: Timestamp
  ) -> Session {
    var session = workshop.sameSetting(catalog: catalog, now: now)
    // "bo" is the workshop's "Bo": one person, one voter.
    let name = String.spelling(of: participant, in: workshop.participants)
    session.participants = [name ?? participant]
    session.date = workshop.date.isEmpty ? now.day : workshop.date
    session.prework = Prework(participant: name ?? participant, workshop: file)
    return session
  }

  /// A new session, stamped `now`, for the same team, system, facilitator,
  /// context and frameworks (at the current bank versions) as this one.
  func sameSetting(catalog: BankCatalog, now: Timestamp) -> Session {
    var session = Session.new(banks: frameworks.compactMap { catalog.bank($0) }, now: now)
    session.team = team
    session.system = system
    session.facilitator = facilitator
    session.context = context
    return session
  }
}
