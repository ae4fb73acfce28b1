import MaturityCore
import TerminalUI

/// The wizard's whole state: the session being answered, where the user is,
/// and what is on screen. Changed only by ``update(_:now:)``; drawn by
/// ``WizardView``.
public struct WizardModel: Sendable {
  /// The panes of the questions screen, in Tab order.
  public enum Pane: Int, Sendable, CaseIterable {
    case index, question, scores
  }

  /// The screen shown.
  public enum Screen: Sendable, Equatable {
    /// Index, current question and live scores.
    case questions
    /// A screen in a file of its own (``WizardPage``): the summary, the
    /// explanation of a result, the discussion list, the action backlog.
    case page(any WizardPage)

    public static func == (lhs: Screen, rhs: Screen) -> Bool {
      switch (lhs, rhs) {
      case (.questions, .questions): true
      case (.page(let a), .page(let b)): a.isEqual(to: b)
      default: false
      }
    }
  }

  /// A window drawn over the screen that takes the keys while open; each
  /// holds its own state type (`NoteWindow`, `AgreeWindow`, …).
  public enum Overlay: Sendable, Equatable {
    /// The key table.
    case help(HelpWindow)
    /// Go to a question.
    case jump(JumpWindow)
    /// Editing a question's note.
    case note(NoteWindow)
    /// The last save failed: quit anyway, save elsewhere, or stay.
    case confirmQuit
    /// Typing a path to save a copy to.
    case saveAs(SaveAsWindow)
    /// An edit was refused because the window is read-only: `w` saves a
    /// copy, any other key closes.
    case readOnly
    /// Typing why a question does not apply.
    case notApplicable(NotApplicableWindow)
    /// Recording each participant's vote on a question.
    case votes(VotesWindow)
    /// Agreeing on an answer, with a rationale and any dissent.
    case agree(AgreeWindow)
    /// Editing a question's evidence and confidence.
    case evidence(EvidenceWindow)
    /// Typing a framework's target level or band.
    case target(TargetWindow)
    /// Editing the owner and due date of a question's action.
    case action(ActionWindow)
    /// Adding, renaming and removing participants.
    case participants(ParticipantsWindow)
  }

  /// Whether the file on disk holds what is on screen.
  public enum SaveState: Sendable, Equatable {
    /// Nothing changed since the session was opened.
    case unchanged
    /// A save was asked for and has not finished.
    case saving
    /// Saved at this time.
    case saved(Timestamp)
    /// The last save failed with this message; answers are only in memory.
    case failed(String)
  }

  /// One undoable change: the edit and the session before it.
  public struct UndoEntry: Sendable, Equatable {
    /// What was changed.
    public var edits: [SessionEdit]
    /// The session before the change.
    public var before: Session

    /// The question changed, if the change was about one.
    public var questionID: String? { edits.lazy.compactMap(\.questionID).first }
  }

  /// Every bank available.
  public let catalog: BankCatalog
  /// The banks of this session, in order.
  public let banks: [Bank]
  /// All questions in order.
  public let entries: [QuestionEntry]
  /// The session.
  public internal(set) var session: Session
  /// Where the session is saved.
  public internal(set) var path: String
  /// Whether another mlmaturity holds the file: then every edit is refused
  /// until a copy is saved elsewhere (`w` in the read-only prompt).
  public internal(set) var readOnly: Bool
  /// Position of the current question in ``entries``.
  public internal(set) var current = 0
  /// The pane with the keyboard focus.
  public internal(set) var focus: Pane = .index
  /// The highlighted option in the question pane.
  public internal(set) var optionCursor = 0
  /// Lines the question pane is scrolled by.
  public internal(set) var questionScroll = 0
  /// Lines the score panel is scrolled by.
  public internal(set) var scoreScroll = 0
  /// The screen shown.
  public internal(set) var screen: Screen = .questions
  /// The overlay, if one is open.
  public internal(set) var overlay: Overlay?
  /// Whether the questions screen shows the projector view: the current
  /// question large, its options and the live spread, nothing else.
  public internal(set) var projector = false
  /// Undo history, most recent last.
  public internal(set) var undoStack: [UndoEntry] = []
  /// Whether the file holds what is on screen.
  public internal(set) var saveState: SaveState = .unchanged
  /// A one-line message for the status bar (`nil`: show the save state).
  public internal(set) var message: String?
  /// The results, recomputed after every change.
  public internal(set) var scores: [FrameworkScore]
  /// Keys handled since the wizard opened (for the keys-per-pass figure).
  public internal(set) var keyCount = 0
  /// The terminal's size, set by the runner before each event; scroll
  /// limits depend on it.
  public var screenSize = Size(columns: 80, rows: 24)
  /// The time of the latest event (for the section timebox countdown).
  public internal(set) var clock = Timestamp(secondsSince1970: 0)
  /// When the current section was entered.
  public internal(set) var sectionStartedAt = Timestamp(secondsSince1970: 0)
  /// Seconds already spent in each section left earlier (`bank/section`).
  var sectionSpent: [String: Int] = [:]
  /// The last text window closed with Esc while its text differed from the
  /// session: opening the same window on the same question brings it back,
  /// so Esc never loses typing.
  public internal(set) var draft: Overlay?
  /// What the open text window held when it opened (to tell whether Esc
  /// would drop typing).
  var overlayOpenedWith: [String] = []
  /// Whether q already warned of the draft (the next q quits).
  var quitWarnedOfDraft = false

  /// Opens `session` (saved at `path`) with the banks of `catalog`.
  public init(session: Session, path: String, catalog: BankCatalog, readOnly: Bool = false) {
    let banks = Scorer.banks(of: session, in: catalog)
    self.catalog = catalog
    self.banks = banks
    self.entries = QuestionEntry.flatten(banks)
    self.session = session
    self.path = path
    self.readOnly = readOnly
    self.scores = Scorer.score(session, catalog: catalog)
    if let first = entries.firstIndex(where: { session.value(of: $0.question.id) == nil }) {
      current = first
    }
    resetOptionCursor()
    if readOnly {
      message = "read-only: another mlmaturity has this session open; edits are refused"
    } else if SessionUpgrade(session, catalog: catalog).isNeeded {
      message = "answered with older question banks: `mlmaturity upgrade \(path)` moves it"
    }
  }

  /// Shows `text` on the status line until the next key: what the command
  /// line has to say about the file as the wizard opens (e.g. answers a bank
  /// does not know).
  public mutating func announce(_ text: String) {
    message = text
  }

  /// The current entry (`nil` only when the session has no questions).
  public var currentEntry: QuestionEntry? {
    entries.indices.contains(current) ? entries[current] : nil
  }

  /// Answered questions, of all.
  public var answeredCount: Int { scores.reduce(0) { $0 + $1.sheet.answeredCount } }

  /// Every question of the session that applies to the system.
  public var totalCount: Int { scores.reduce(0) { $0 + $1.sheet.totalCount } }

  /// The score of bank `index`.
  public func score(ofBank index: Int) -> FrameworkScore? {
    scores.first { $0.bank.id == banks[index].id }
  }

  mutating func resetOptionCursor() {
    guard let entry = currentEntry else { return }
    let chosen = session.value(of: entry.question.id)
    optionCursor = entry.question.options.firstIndex { $0.id == chosen } ?? 0
    questionScroll = 0
  }

  mutating func move(to index: Int) {
    guard !entries.isEmpty else { return }
    let before = currentEntry
    current = min(max(index, 0), entries.count - 1)
    if let before, let after = currentEntry,
      before.bankIndex != after.bankIndex || before.sectionIndex != after.sectionIndex
    {
      // The timebox counts all the time spent in a section: coming back
      // goes on from where it was left, it does not start again.
      let spent = clock.secondsSince1970 - sectionStartedAt.secondsSince1970
      sectionSpent[Self.sectionKey(before), default: 0] += max(0, spent)
      sectionStartedAt = Timestamp(
        secondsSince1970: clock.secondsSince1970 - (sectionSpent[Self.sectionKey(after)] ?? 0)
      )
    }
    resetOptionCursor()
  }

  static func sectionKey(_ entry: QuestionEntry) -> String {
    "\(entry.bankIndex)/\(entry.sectionIndex)"
  }

  /// The participants who vote: the session's, or P1…P5 when it names none.
  public var voters: [String] {
    session.participants.isEmpty ? (1...5).map { "P\($0)" } : session.participants
  }

  /// Seconds left in the current section's timebox (negative: over), or
  /// `nil` without a timebox.
  public var timeboxRemaining: Int? {
    guard let minutes = session.timeboxMinutes else { return nil }
    return minutes * 60 - (clock.secondsSince1970 - sectionStartedAt.secondsSince1970)
  }

  mutating func rescore() {
    scores = Scorer.score(session, catalog: catalog)
  }

  mutating func requestSave() -> [WizardEffect] {
    guard !readOnly else {
      // Not saved: quitting asks first and offers to save elsewhere.
      saveState = .failed("read-only: another mlmaturity has this session open")
      return []
    }
    saveState = .saving
    return [.save(session, path: path)]
  }
}
