import MaturityCore
import TerminalUI

/// The start screen: resume a recent session or start a new one.
public struct StartModel: Sendable {
  /// A session file found in the default folder.
  public struct RecentSession: Sendable, Equatable {
    /// Where it is.
    public var path: String
    /// `team · system`, or the file name.
    public var title: String
    /// The assessment day.
    public var date: String
    /// When the session was created (ISO 8601; empty when unknown).
    public var createdAt: String
    /// Answered questions, of all (`nil` when the file could not be read).
    public var progress: (answered: Int, total: Int)?
    /// Why it could not be read.
    public var problem: String?

    /// Creates an entry.
    public init(
      path: String,
      title: String,
      date: String,
      createdAt: String = "",
      progress: (Int, Int)?,
      problem: String?
    ) {
      self.path = path
      self.title = title
      self.date = date
      self.createdAt = createdAt
      self.progress = progress
      self.problem = problem
    }

    public static func == (lhs: RecentSession, rhs: RecentSession) -> Bool {
      lhs.path == rhs.path && lhs.title == rhs.title && lhs.date == rhs.date
        && lhs.createdAt == rhs.createdAt
        && lhs.progress?.answered == rhs.progress?.answered
        && lhs.progress?.total == rhs.progress?.total
        && lhs.problem == rhs.problem
    }
  }

  /// What the start screen asks its runner to do.
  public enum Effect: Sendable, Equatable {
    /// Open the session at this path.
    case open(String)
    /// Create a session from the form.
    case create(NewSessionRequest)
    /// Compare two sessions: the older first.
    case compare(old: String, new: String)
    /// Start the next round of the session at this path (today).
    case nextRound(String)
    /// Leave.
    case quit
  }

  /// Recent sessions, newest first.
  public let recent: [RecentSession]
  /// The banks that can be chosen.
  public let banks: [Bank]
  /// The highlighted list row: 0 is "new assessment", then the recent sessions.
  public internal(set) var selected = 0
  /// The new-session form, when open.
  public internal(set) var form: NewSessionForm?
  /// Whether Esc in the form leaves the program (the form was opened by
  /// `mlmaturity new`).
  public let formOnly: Bool
  /// A one-line message (e.g. why a session could not be opened).
  public var message: String?
  /// The recent session picked first for a comparison (`c`), if any.
  public internal(set) var comparePick: Int?
  /// The form as Esc left it, with what was typed: opening the form again
  /// brings it back (the one Esc rule of the wizard's windows).
  public internal(set) var formDraft: NewSessionForm?
  /// The form as it was when opened: Esc keeps a draft only when it differs.
  var formOpenedWith: NewSessionForm?
  /// Whether the quit key has already warned that the draft would be lost.
  var quitWarnedOfDraft = false
  /// Whether the keys (`?`) are shown over the list; any key closes them.
  public internal(set) var showingHelp = false

  /// A start screen listing `recent`.
  public init(
    recent: [RecentSession],
    banks: [Bank],
    openForm: Bool = false,
    filePath: String? = nil
  ) {
    self.recent = recent
    self.banks = banks
    self.formOnly = openForm
    if openForm {
      form = NewSessionForm(banks: banks, path: filePath ?? "")
      formOpenedWith = form
    }
  }

  /// Applies one key; returns what the runner must do, if anything.
  public mutating func update(_ key: Key) -> Effect? {
    if key == .hangup { return .quit }
    // The runner's idle ticks and resizes are not keys a person typed: they
    // must not clear the problem or message on screen.
    if key == .timeout || key == .resize { return nil }
    if var current = form {
      message = nil
      switch current.update(key) {
      case .cancel:
        return cancelForm(current)
      case .submit(let request):
        form = current
        return .create(request)
      case .none:
        // A key after the warning: the next Esc warns again.
        if formOnly { quitWarnedOfDraft = false }
        form = current
      }
      return nil
    }
    if showingHelp {
      showingHelp = false
      return nil
    }
    if key == .escape, comparePick != nil {
      comparePick = nil
      message = nil
      return nil
    }
    switch ScreenKeys.start.action(for: key) {
    case .move(let move):
      selected = ListState.moved(selected, count: recent.count + 1, by: move)
    case .open:
      if selected == 0 {
        openForm()
      } else {
        return .open(recent[selected - 1].path)
      }
    case .new:
      openForm()
    case .nextRound:
      guard selected > 0 else {
        message = "choose a saved session, then r to start its next round"
        return nil
      }
      return .nextRound(recent[selected - 1].path)
    case .compare:
      return pickToCompare()
    case .help:
      showingHelp = true
    case .quit:
      return holdQuitForDraft() ? nil : .quit
    case .none:
      message = WizardModel.idleKeyMessage(key)
    }
    return nil
  }
}

extension StartModel {
  /// Opens the new-session form: the draft Esc kept, if any, else an empty one.
  mutating func openForm() {
    let fresh = NewSessionForm(banks: banks, path: "")
    formOpenedWith = fresh
    if let formDraft {
      form = formDraft
      self.formDraft = nil
      message = "your new-assessment form is back (Esc keeps it again)"
    } else {
      form = fresh
    }
  }

  /// Esc in the form: what was typed is kept as a draft and the status line
  /// says how to get it back. From `mlmaturity new` the form is the only
  /// screen: with something typed, the first Esc warns, the next quits.
  mutating func cancelForm(_ current: NewSessionForm) -> Effect? {
    let typed = formOpenedWith.map { !current.sameContent(as: $0) } ?? true
    if formOnly {
      guard typed, !quitWarnedOfDraft else { return .quit }
      quitWarnedOfDraft = true
      form = current
      message = "the new assessment is not created; Esc again quits without what you typed"
      return nil
    }
    form = nil
    if typed {
      formDraft = current
      quitWarnedOfDraft = false
      message = "new assessment not created; Enter on + New assessment (or n) brings it back"
    }
    return nil
  }

  /// With a form draft kept by Esc, the first quit key says what would be
  /// lost and returns `true`; the next one quits (the draft is dropped).
  mutating func holdQuitForDraft() -> Bool {
    guard formDraft != nil, !quitWarnedOfDraft else { return false }
    quitWarnedOfDraft = true
    message = "your new-assessment form is not saved; q again quits without it"
    return true
  }
}

extension StartModel {
  /// `c`: the first press picks the highlighted session, the second (on
  /// another) compares the two, older first.
  mutating func pickToCompare() -> Effect? {
    guard selected > 0 else {
      message = "choose a saved session, then c; then a second one and c to compare"
      return nil
    }
    guard let first = comparePick, first != selected - 1 else {
      comparePick = selected - 1
      message =
        "compare \(recent[selected - 1].described) with…: choose another session and press c"
      return nil
    }
    comparePick = nil
    let (older, newer) = chronological(first, selected - 1)
    message = "comparing \(older.described) (old) with \(newer.described) (new)"
    return .compare(old: older.path, new: newer.path)
  }

  /// Recent sessions `a` and `b` ordered by assessment date, then creation
  /// time, then list position (the list is ordered by last edit, which says
  /// nothing about which assessment is older). A session without a date
  /// counts as older than any dated one.
  func chronological(_ a: Int, _ b: Int) -> (older: RecentSession, newer: RecentSession) {
    func key(_ index: Int) -> (String, String, Int) {
      (recent[index].date, recent[index].createdAt, -index)
    }
    return key(b) < key(a) ? (recent[b], recent[a]) : (recent[a], recent[b])
  }
}

extension StartModel.RecentSession {
  /// `title (2026-03-12)`, or the title alone without a date.
  var described: String { date.isEmpty ? title : "\(title) (\(date))" }
}

/// What the new-session form produces.
public struct NewSessionRequest: Sendable, Equatable {
  /// Team name.
  public var team: String
  /// ML system name.
  public var system: String
  /// Facilitator.
  public var facilitator: String
  /// Participants.
  public var participants: [String]
  /// Framework ids chosen.
  public var frameworks: [String]
  /// Where to save; empty for a new file in the default folder.
  public var path: String
  /// Minutes per section in a workshop, if timeboxed.
  public var timeboxMinutes: Int?
  /// Facts about the system (e.g. `serving`); empty: unknown.
  public var context: [String: String] = [:]
  /// Whether votes are anonymous (P1…Pn instead of names).
  public var anonymousVotes = false

  /// Creates a request.
  public init(
    team: String,
    system: String,
    facilitator: String,
    participants: [String],
    frameworks: [String],
    path: String,
    timeboxMinutes: Int? = nil
  ) {
    self.team = team
    self.system = system
    self.facilitator = facilitator
    self.participants = participants
    self.frameworks = frameworks
    self.path = path
    self.timeboxMinutes = timeboxMinutes
  }
}
