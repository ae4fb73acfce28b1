import MaturityCore

extension NewSessionRequest {
  /// The new session this request describes, stamped `now`, with every
  /// field checked by the core (``Session/apply(_:catalog:now:)``), as the
  /// full-screen form and the plain mode both create it.
  ///
  /// - Throws: ``MaturityError`` (`.usage`) saying which value was refused.
  public func session(catalog: BankCatalog, now: Timestamp) throws(MaturityError) -> Session {
    var session = Session.new(banks: frameworks.compactMap { catalog.bank($0) }, now: now)
    var edits: [SessionEdit] = [
      .team(team), .system(system), .facilitator(facilitator),
      .timebox(minutes: timeboxMinutes), .anonymousVotes(anonymousVotes),
    ]
    edits += participants.map { .addParticipant($0) }
    edits += context.sorted { $0.key < $1.key }.map { .context(key: $0.key, value: $0.value) }
    try session.apply(edits, catalog: catalog, now: now)
    session.updatedAt = session.createdAt
    return session
  }
}
