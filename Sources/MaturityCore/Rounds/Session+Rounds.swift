extension Session {
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
    let banks = previous.frameworks.compactMap { catalog.bank($0) }
    var session = Session.new(banks: banks, now: now)
    session.date = date.text
    session.team = previous.team
    session.system = previous.system
    session.facilitator = previous.facilitator
    session.participants = previous.participants
    session.targets = previous.targets
    session.timeboxMinutes = previous.timeboxMinutes
    session.anonymousVotes = previous.anonymousVotes
    session.context = previous.context
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
    let banks = workshop.frameworks.compactMap { catalog.bank($0) }
    var session = Session.new(banks: banks, now: now)
    session.team = workshop.team
    session.system = workshop.system
    session.facilitator = workshop.facilitator
    session.participants = [participant]
    session.context = workshop.context
    session.date = workshop.date.isEmpty ? now.day : workshop.date
    session.prework = Prework(participant: participant, workshop: file)
    return session
  }
}
