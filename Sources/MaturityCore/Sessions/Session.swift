import MaturityJSON

/// One assessment: who took part, which frameworks, and the answers.
///
/// Stored as one JSON file (see ``SessionFile``). Fields this version does
/// not know, and answers to questions no bank has any more, are kept and
/// written back unchanged: nothing a user recorded is dropped.
public struct Session: Sendable, Equatable {
  /// The session file format this version writes and reads.
  public static let formatVersion = 1

  /// The format version the file was written with.
  public var formatVersion: Int = Session.formatVersion
  /// The mlmaturity version that last wrote the file.
  public var toolVersion: String = MaturityVersion.current
  /// The team assessed.
  public var team: String = ""
  /// The ML system assessed.
  public var system: String = ""
  /// Who ran the assessment.
  public var facilitator: String = ""
  /// Who took part.
  public var participants: [String] = []
  /// The day of the assessment, `YYYY-MM-DD`.
  public var date: String = ""
  /// When the file was created (ISO 8601 UTC).
  public var createdAt: String = ""
  /// When the file was last changed (ISO 8601 UTC).
  public var updatedAt: String = ""
  /// Ids of the frameworks assessed, in order.
  public var frameworks: [String] = []
  /// The version of each bank the answers were given against.
  public var bankVersions: [String: String] = [:]
  /// Answers keyed by question id.
  public var answers: [String: Answer] = [:]
  /// Target per framework id: a level (Azure, Google) or a band (ML Test
  /// Score). Absent: one above the current result.
  public var targets: [String: Int] = [:]
  /// Facts about the system that the sources' own conditions need (e.g.
  /// `serving`); empty when unknown, and then every question applies.
  public var context = SystemContext()
  /// Minutes per section in a workshop, shown as a countdown; `nil`: none.
  public var timeboxMinutes: Int?
  /// Whether votes are anonymous: reports and exports then show counts and
  /// P1…Pn, never participants' names.
  public var anonymousVotes = false
  /// The answers of the round before this one, when this round was
  /// started from it.
  public var previous: PreviousRound?
  /// Set when this file is one participant's pre-work for a workshop.
  public var prework: Prework?
  /// Top-level fields this version does not know, kept as they were.
  public var otherFields: [JSONMember] = []

  /// Creates an empty session.
  public init() {}

  /// A new session for `banks`, stamped with `now`.
  public static func new(banks: [Bank], now: Timestamp) -> Session {
    var session = Session()
    session.frameworks = banks.map(\.id)
    for bank in banks { session.bankVersions[bank.id] = bank.version }
    session.createdAt = now.iso8601
    session.updatedAt = now.iso8601
    session.date = now.day
    return session
  }

  /// The chosen option id of question `id`, if answered.
  public func value(of id: String) -> String? { answers[id]?.value }

  /// Records `value` for question `id` at `now`, keeping its note.
  public mutating func setAnswer(_ id: String, value: String?, now: Timestamp) {
    var answer = answers[id] ?? Answer()
    answer.value = value
    answer.answeredAt = value == nil ? nil : now.iso8601
    store(answer, for: id, now: now)
  }

  /// Records `note` for question `id` (an empty note removes it).
  public mutating func setNote(_ id: String, note: String, now: Timestamp) {
    var answer = answers[id] ?? Answer()
    answer.note = note.isEmpty ? nil : note
    store(answer, for: id, now: now)
  }

  private mutating func store(_ answer: Answer, for id: String, now: Timestamp) {
    answers[id] = answer.isEmpty ? nil : answer
    updatedAt = now.iso8601
  }

  /// Question ids answered in this session that no bank in `catalog` has.
  public func orphanedAnswerIDs(in catalog: BankCatalog) -> [String] {
    answers.keys.filter { catalog.lookup($0) == nil }.sorted()
  }
}

/// The mlmaturity version.
public enum MaturityVersion {
  /// Written into every session file.
  public static let current = "0.1.0"
}
