/// Merges participants' pre-work files into a workshop session: each
/// participant's answers become their votes, their notes become attributed
/// notes. Nothing already recorded is overwritten, and merging the same
/// files again changes nothing.
public enum PreworkMerge {
  /// One pre-work file to merge.
  public struct Input: Sendable {
    /// Its path, for messages.
    public var path: String
    /// Its content.
    public var session: Session

    /// Creates an input.
    public init(path: String, session: Session) {
      self.path = path
      self.session = session
    }
  }

  /// What the merge did and left.
  public struct Report: Sendable, Equatable {
    /// Votes added, per participant.
    public var added: [String: Int] = [:]
    /// Votes already there with the same answer, per participant.
    public var unchanged: [String: Int] = [:]
    /// Notes added as attributed notes.
    public var notes = 0
    /// Lines a person should read: conflicts left as they were, names that
    /// were not participants, questions no bank of the workshop has, files
    /// for a participant already merged from another file.
    public var problems: [String] = []

    /// An empty report.
    public init() {}

    /// One line per participant and one per problem.
    public var lines: [String] {
      var out: [String] = []
      for name in Set(added.keys).union(unchanged.keys).sorted() {
        out.append(
          "\(name): \(added[name] ?? 0) vote(s) added, \(unchanged[name] ?? 0) already there"
        )
      }
      if notes > 0 { out.append("\(notes) note(s) added") }
      return out + problems.map { "warning: " + $0 }
    }
  }

  /// Merges `inputs` into `workshop`.
  ///
  /// - Throws: ``MaturityError`` (`.badData`, naming the file) when a file
  ///   is not pre-work, is for another team or system, or was answered
  ///   against other bank versions: then nothing is merged.
  public static func merge(
    _ inputs: [Input],
    into workshop: Session,
    catalog: BankCatalog,
    now: Timestamp
  ) throws(MaturityError) -> (Session, Report) {
    for input in inputs { try check(input, against: workshop, catalog: catalog) }
    var session = workshop
    var report = Report()
    var seen: [String: String] = [:]
    for input in inputs {
      guard let typed = input.session.prework?.participant.trimmingWhitespace() else { continue }
      // "bo" is Bo: a participant's name as the workshop spells it.
      let name = String.spelling(of: typed, in: session.participants) ?? typed
      if let earlier = seen[name.lowercased()] {
        report.problems.append(
          "\(input.path): \(name) was already merged from \(earlier); this file was skipped"
        )
        continue
      }
      seen[name.lowercased()] = input.path
      if !session.participants.contains(name) {
        report.problems.append(
          "\(input.path): \(name) was not a participant of the workshop and was added"
        )
      }
      try mergeOne(input, name: name, into: &session, report: &report, catalog: catalog, now: now)
    }
    return (session, report)
  }

  private static func mergeOne(
    _ input: Input,
    name: String,
    into session: inout Session,
    report: inout Report,
    catalog: BankCatalog,
    now: Timestamp
  ) throws(MaturityError) {
    for (id, answer) in input.session.answers.sorted(by: { $0.key < $1.key }) {
      guard session.frameworks.contains(where: { id.hasPrefix($0 + ".") }),
        catalog.lookup(id) != nil
      else {
        report.problems.append("\(input.path): \(id) is not a question of this workshop; skipped")
        continue
      }
      if let value = answer.value {
        let existing = session.answers[id]?.votes[name]
        if existing == value {
          report.unchanged[name, default: 0] += 1
        } else if let existing {
          report.problems.append(
            "\(input.path): \(id): \(name) already voted \(existing) in the workshop; the pre-work answer \(value) was left out"
          )
        } else {
          do {
            try session.apply(
              .vote(question: id, participant: name, option: value),
              catalog: catalog,
              now: now
            )
            report.added[name, default: 0] += 1
          } catch {
            report.problems.append("\(input.path): \(id): \(error.message); skipped")
          }
        }
      }
      if let note = answer.note?.trimmingWhitespace(), !note.isEmpty {
        let line = "\(name) (pre-work): \(note)"
        let current = session.answers[id]?.note ?? ""
        if !current.contains(line) {
          let merged = current.isEmpty ? line : current + "\n" + line
          try session.apply(.note(question: id, text: merged), catalog: catalog, now: now)
          report.notes += 1
        }
      }
    }
  }

  private static func check(_ input: Input, against workshop: Session, catalog: BankCatalog)
    throws(MaturityError)
  {
    let prework = input.session
    guard prework.prework != nil else {
      throw MaturityError(
        .badData,
        path: input.path,
        "is not a pre-work file (make one with `mlmaturity new --prework --as NAME --from WORKSHOP`); nothing was merged"
      )
    }
    let otherTeam = !prework.team.isEmpty && prework.team != workshop.team
    let otherSystem = !prework.system.isEmpty && prework.system != workshop.system
    if otherTeam || otherSystem {
      throw MaturityError(
        .badData,
        path: input.path,
        "is for team \"\(prework.team.prefix(60))\", system \"\(prework.system.prefix(60))\", not \"\(workshop.team.prefix(60))\", \"\(workshop.system.prefix(60))\"; nothing was merged"
      )
    }
    for (bank, version) in prework.bankVersions.sorted(by: { $0.key < $1.key }) {
      if let theirs = workshop.bankVersions[bank], theirs != version,
        catalog.bank(bank)?.answersMatch(version, theirs) != true
      {
        throw MaturityError(
          .badData,
          path: input.path,
          "was answered against \(bank) \(version), the workshop against \(theirs); run `mlmaturity upgrade` on the older file first; nothing was merged"
        )
      }
    }
  }
}
