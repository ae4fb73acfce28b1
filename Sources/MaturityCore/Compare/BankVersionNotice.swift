/// What can be said when two sessions were answered against different
/// versions of a framework's bank, so that a change of rubric is not taken
/// for a change of the team.
///
/// **The limit.** A session records the bank *version* its answers were
/// given against and the answers themselves, not the bank's text, and
/// mlmaturity ships only the current banks. So both sessions are scored with
/// the current bank, and what changed between the versions can only be read
/// from the traces it left in the answers:
///
/// - questions answered in a session that the current bank no longer has
///   (removed or renamed since),
/// - answers naming an option the current question no longer offers
///   (options changed),
/// - questions answered in one session only (possibly added or removed
///   between the versions, or simply skipped).
///
/// A question that was only *reworded* leaves no trace and cannot be
/// detected. The bank format's versioning rule (see `docs/bank-format.md`:
/// MINOR for wording, MAJOR for ids or options) tells what kind of change to
/// expect, and ``expectation`` says it.
public struct BankVersionNotice: Sendable, Equatable {
  /// The framework's bank id.
  public var framework: String
  /// The framework's name.
  public var name: String
  /// The version the old session's answers were given against, if recorded.
  public var oldVersion: String?
  /// The version the new session's answers were given against, if recorded.
  public var newVersion: String?
  /// The version both sessions are scored with.
  public var currentVersion: String
  /// Answered question ids (either session) that the current bank lacks.
  public var notInCurrentBank: [String]
  /// Question ids whose answer (in either session) is not an option now.
  public var optionsChanged: [String]
  /// Current-bank question ids answered in one session only.
  public var answeredInOneOnly: [String]

  /// Builds the notice for `bank`, or `nil` when both sessions recorded the
  /// same version, or versions whose answers mean the same (only advice
  /// text changed between them): then the rubric did not change.
  public init?(bank: Bank, old: Session, new: Session) {
    let oldVersion = old.bankVersions[bank.id]
    let newVersion = new.bankVersions[bank.id]
    guard !bank.answersMatch(oldVersion, newVersion) else { return nil }
    framework = bank.id
    name = bank.name
    self.oldVersion = oldVersion
    self.newVersion = newVersion
    currentVersion = bank.version
    let prefix = bank.id + "."
    let answered = Set(old.answers.keys).union(new.answers.keys).filter { $0.hasPrefix(prefix) }
    notInCurrentBank = answered.filter { bank.question($0) == nil }.sorted()
    var optionsChanged: [String] = []
    var answeredInOneOnly: [String] = []
    for question in bank.questions {
      let values = [old.value(of: question.id), new.value(of: question.id)]
      if values.contains(where: { $0 != nil && question.option($0 ?? "") == nil }) {
        optionsChanged.append(question.id)
      }
      if (values[0] == nil) != (values[1] == nil) { answeredInOneOnly.append(question.id) }
    }
    self.optionsChanged = optionsChanged
    self.answeredInOneOnly = answeredInOneOnly
  }

  /// One line: which versions the answers were given against and which
  /// version they are compared with.
  public var summary: String {
    "\(framework): old answers were given against bank version \(describe(oldVersion)), "
      + "new answers against \(describe(newVersion)); both are compared with version \(currentVersion)"
  }

  /// What the bank format's versioning rule lets one expect of the change.
  public var expectation: String {
    switch Self.changeLevel(oldVersion, newVersion) {
    case 0:
      return
        "a MAJOR version change: question ids or options may have been added, removed or changed, "
        + "and questions may be reworded"
    case 1:
      return
        "a MINOR version change: questions may be reworded (which a session file cannot show); "
        + "ids and options are the same"
    default:
      return "a PATCH version change: no change of meaning is expected"
    }
  }

  /// The limit, stated once.
  public static let limit =
    "Sessions keep answers, not question texts: reworded questions cannot be detected, "
    + "so read changes to these frameworks as possibly a change of the rubric, not of the team."

  private func describe(_ version: String?) -> String {
    version ?? "(not recorded)"
  }

  /// 0 when the MAJOR parts differ (or a version is missing or malformed),
  /// 1 for MINOR, 2 for PATCH.
  static func changeLevel(_ old: String?, _ new: String?) -> Int {
    guard let old, let new else { return 0 }
    let oldParts = old.split(separator: ".")
    let newParts = new.split(separator: ".")
    guard oldParts.count == 3, newParts.count == 3 else { return 0 }
    if oldParts[0] != newParts[0] { return 0 }
    if oldParts[1] != newParts[1] { return 1 }
    return 2
  }
}
