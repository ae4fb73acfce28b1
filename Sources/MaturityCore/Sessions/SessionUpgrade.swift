/// Moves a session to the current banks using each bank's change log
/// (``Bank/changes``): renamed questions and option ids are mapped, and
/// what needs a new answer or a second look is reported.
///
/// Nothing the team recorded is dropped: answers to removed questions stay
/// in the file (reported as questions no bank has), like any orphan.
///
/// ```swift
/// let upgrade = SessionUpgrade(session, catalog: catalog)
/// upgrade.session          // the session at the current bank versions
/// upgrade.lines            // what moved and what needs an answer
/// ```
public struct SessionUpgrade: Sendable {
  /// One bank's move.
  public struct BankMove: Sendable, Equatable {
    /// Bank id.
    public var bank: String
    /// The version the answers were given against (`(not recorded)` when
    /// unknown).
    public var from: String
    /// The current version.
    public var to: String
    /// Old question id → new id, for answers that moved.
    public var renamed: [String: String] = [:]
    /// Question ids whose stored option id was mapped to a new one.
    public var optionsMapped: [String] = []
    /// New questions: they need an answer.
    public var added: [String] = []
    /// Reworded questions the session had answered: worth a second look.
    public var reworded: [String] = []
    /// Removed questions the session had answered (kept, not scored).
    public var removed: [String] = []
    /// Whether the change log reaches back to ``from`` (else only the
    /// version is updated and every answer should be reviewed).
    public var logCovers: Bool = true
  }

  /// The session at the current bank versions.
  public let session: Session
  /// One entry per bank whose recorded version differs, in session order.
  public let moves: [BankMove]

  /// Banks whose recorded version is older but whose newer versions
  /// changed only advice: the answers stay as they are and only the
  /// recorded version moves (nothing to review, so ``isNeeded`` ignores
  /// them; `upgrade` still writes the current version).
  public let restamped: [BankMove]

  /// Whether answers move or need a look.
  public var isNeeded: Bool { !moves.isEmpty }

  /// Whether saving ``session`` changes the file at all.
  public var changesFile: Bool { isNeeded || !restamped.isEmpty }

  /// Upgrades `session` to the banks of `catalog`.
  public init(_ session: Session, catalog: BankCatalog) {
    var upgraded = session
    var moves: [BankMove] = []
    var restamped: [BankMove] = []
    for bank in Scorer.banks(of: session, in: catalog) {
      let recorded = session.bankVersions[bank.id]
      // A version that changed only advice text leaves the answers as they
      // are; only the recorded version moves.
      guard !bank.answersMatch(recorded: recorded) else {
        if let recorded, recorded != bank.version {
          upgraded.bankVersions[bank.id] = bank.version
          restamped.append(BankMove(bank: bank.id, from: recorded, to: bank.version))
        }
        continue
      }
      var move = BankMove(bank: bank.id, from: recorded ?? "(not recorded)", to: bank.version)
      if let start = bank.changes.firstIndex(where: { $0.from == recorded }) {
        for change in bank.changes[start...] { Self.apply(change, to: &upgraded, move: &move) }
      } else {
        // Nothing says how the answers map: the session keeps its version,
        // so every command goes on warning until someone reviews them.
        move.logCovers = false
        moves.append(move)
        continue
      }
      upgraded.bankVersions[bank.id] = bank.version
      moves.append(move)
    }
    self.session = upgraded
    self.moves = moves
    self.restamped = restamped
  }

  private static func apply(_ change: BankChange, to session: inout Session, move: inout BankMove) {
    for (old, new) in change.renamed.sorted(by: { $0.key < $1.key }) {
      guard let answer = session.answers[old], session.answers[new] == nil else { continue }
      session.answers[new] = answer
      session.answers[old] = nil
      move.renamed[old] = new
    }
    for (id, map) in change.options.sorted(by: { $0.key < $1.key }) {
      guard var answer = session.answers[id] else { continue }
      var changed = false
      if let value = answer.value, let mapped = map[value] {
        answer.value = mapped
        changed = true
      }
      for (name, vote) in answer.votes {
        if let mapped = map[vote] {
          answer.votes[name] = mapped
          changed = true
        }
      }
      session.answers[id] = answer
      if changed { move.optionsMapped.append(id) }
    }
    move.added += change.added
    move.reworded += change.reworded.filter { session.answers[$0]?.value != nil }
    move.removed += change.removed.filter { session.answers[$0] != nil }
  }

  /// What happened, one line each, for the command line and the wizard.
  public var lines: [String] {
    var lines = restamped.map {
      "\($0.bank): \($0.from) → \($0.to) (only advice changed: answers kept as they are)"
    }
    for move in moves {
      lines.append("\(move.bank): \(move.from) → \(move.to)")
      if !move.logCovers {
        lines.append(
          "  no change log from \(move.from): left at \(move.from); review its answers by hand"
        )
      }
      for (old, new) in move.renamed.sorted(by: { $0.key < $1.key }) {
        lines.append("  moved: \(old) → \(new)")
      }
      if !move.optionsMapped.isEmpty {
        lines.append("  options mapped: \(move.optionsMapped.joined(separator: ", "))")
      }
      if !move.added.isEmpty {
        lines.append("  needs an answer (new): \(move.added.joined(separator: ", "))")
      }
      if !move.reworded.isEmpty {
        lines.append("  worth a second look (reworded): \(move.reworded.joined(separator: ", "))")
      }
      if !move.removed.isEmpty {
        lines.append(
          "  no longer asked (answer kept, not scored): \(move.removed.joined(separator: ", "))"
        )
      }
    }
    return lines
  }
}
