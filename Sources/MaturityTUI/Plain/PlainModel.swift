import MaturityCore
import TerminalUI

/// The line-by-line wizard (`--plain`) as a pure state machine: it reads
/// one typed line at a time and answers with text to print and effects for
/// the runner (open, create, save, quit).
///
/// Made for screen readers and pipes: every prompt says where the user is,
/// every action is confirmed in words, and nothing moves the cursor, draws
/// boxes or uses colour. It has the wizard's capabilities: choose or start
/// a session, answer by number, letter or id, not applicable with a reason,
/// notes, back, go to, undo, summary, review, and workshop votes.
public struct PlainModel {
  /// What the next typed line is for.
  public enum Phase: Sendable, Equatable {
    /// Choosing a recent session, or `n` for a new one.
    case start
    /// A field of the new-session form.
    case form(FormField)
    /// Continue with the unanswered questions or review all.
    case resume
    /// Answering the current question.
    case question
    /// Typing why the current question does not apply.
    case reason
    /// Typing a note for the current question.
    case note
    /// Typing participant `index`'s vote on the current question.
    case vote(Int)
    /// Typing the agreed answer after the votes.
    case agree
    /// Typing the rationale for agreeing on `option`.
    case rationale(option: String)
    /// Typing who disagreed with `option` and why.
    case dissent(option: String, rationale: String)
    /// Typing another file name after the chosen one could not be created.
    case newFile
    /// Done: nothing more is read.
    case finished
  }

  /// The new-session form's fields, in the order they are asked.
  public enum FormField: Int, Sendable, CaseIterable {
    case team, system, facilitator, participants, context, frameworks, timebox, path
  }

  /// Something that happened outside the model.
  public enum Event: Sendable {
    /// A line was typed (without its line break).
    case line(String)
    /// Standard input ended.
    case endOfInput
    /// The session chosen at the start was opened.
    case opened(Session, path: String)
    /// The file was created at `path` (its session is the model's).
    case created(path: String)
    /// Opening or creating failed, with a message.
    case failed(String)
    /// The last save failed, with a message.
    case saveFailed(String)
  }

  /// What the runner must do.
  public enum Effect: Sendable, Equatable {
    /// Print this text as it is (prompts end without a line break).
    case print(String)
    /// Open the session file at this path, then send `.opened` or `.failed`.
    case open(path: String)
    /// Create the file for `session`: at `path`, or a new file in the
    /// default folder when `nil`; then send `.created` or `.failed`.
    case create(Session, path: String?)
    /// Save `session` at `path`; send `.saveFailed` when it fails.
    case save(Session, path: String)
    /// Quit with this exit code.
    case quit(Int32)
  }

  /// Every bank available.
  public let catalog: BankCatalog
  /// Sessions to offer at the start.
  public let recent: [StartModel.RecentSession]
  /// What the next line is for.
  public internal(set) var phase: Phase
  /// The session, once chosen or started.
  public internal(set) var session: Session?
  /// Its file, once it exists.
  public internal(set) var path: String?
  /// The form as typed so far.
  var request = NewSessionRequest(
    team: "",
    system: "",
    facilitator: "",
    participants: [],
    frameworks: [],
    path: ""
  )
  /// Every question of the session, in order.
  var entries: [QuestionEntry] = []
  /// The banks of the session, in order.
  var banks: [Bank] = []
  /// The entry positions of the questions that apply to the system.
  var applying: [Int] = []
  /// The entry positions this pass asks, in order.
  var queue: [Int] = []
  /// Where in ``queue`` the user is.
  var position = 0
  /// Whether this pass shows every question with its current answer.
  var reviewing = false
  /// Sessions before each change, most recent last.
  var undoStack: [Session] = []
  /// Votes typed so far on the current question, by participant.
  var pendingVotes: [String: String] = [:]
  /// Which context key the form asks next.
  var contextKey = 0
  /// What the next line was for before a file name had to be asked again.
  var resumePhase: Phase = .question
  /// What each undo entry took back, for the confirmation.
  var undoLabels: [String] = []
  /// Whether the file path was given on the command line (not asked).
  var presetFile = false
  /// The time of the latest event.
  var now = Timestamp(secondsSince1970: 0)

  /// The start: recent sessions to choose from, or the form for a new one.
  public init(catalog: BankCatalog, recent: [StartModel.RecentSession], newSession: Bool = false) {
    self.catalog = catalog
    self.recent = recent
    phase = newSession || recent.isEmpty ? .form(.team) : .start
  }

  /// Straight into `session`, saved at `path`.
  public init(session: Session, path: String, catalog: BankCatalog) {
    self.catalog = catalog
    self.recent = []
    phase = .question
    self.path = path
    load(session)
  }

  /// The first lines and prompt.
  public mutating func begin() -> [Effect] {
    switch phase {
    case .start: return [.print(startText() + startPrompt)]
    case .form: return [.print(formIntro + formPrompt(.team))]
    default: return beginPass()
    }
  }

  /// Handles one event at `now`; returns what the runner must do.
  public mutating func update(_ event: Event, now: Timestamp) -> [Effect] {
    self.now = now
    switch event {
    case .line(let raw):
      let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
      return handle(line)
    case .endOfInput:
      return endOfInput()
    case .opened(let session, let openedPath):
      path = openedPath
      load(session)
      return [.print("Opened \(safe(openedPath)).\n")] + beginPass()
    case .created(let createdPath):
      path = createdPath
      return [.print("Saved as \(safe(createdPath)).\n")]
    case .failed(let message):
      if session == nil {
        phase = recent.isEmpty ? .form(.team) : .start
        let prompt = recent.isEmpty ? formPrompt(.team) : startPrompt
        return [.print("Could not open it: \(safe(message))\n" + prompt)]
      }
      // The file could not be created (it exists, or the folder cannot be
      // written): nothing is lost, another name is asked for.
      guard path == nil else { return [.print("Not saved: \(safe(message))\n")] }
      resumePhase = phase == .newFile ? resumePhase : phase
      phase = .newFile
      return [
        .print(
          "Not saved: \(safe(message)). The answers are kept; type another file name, or Enter for a new file in the default folder> "
        )
      ]
    case .saveFailed(let message):
      return [.print("Not saved: \(safe(message)). Your answers are kept in memory.\n")]
    }
  }

  private mutating func handle(_ line: String) -> [Effect] {
    switch phase {
    case .start: return startLine(line)
    case .form(let field): return formLine(line, field: field)
    case .resume: return resumeLine(line)
    case .question: return questionLine(line)
    case .reason: return reasonLine(line)
    case .note: return noteLine(line)
    case .vote(let index): return voteLine(line, index: index)
    case .agree: return agreeLine(line)
    case .rationale(let option): return rationaleLine(line, option: option)
    case .dissent(let option, let rationale):
      return dissentLine(line, option: option, rationale: rationale)
    case .newFile:
      guard let session else { return [] }
      request.path = line.trimmingWhitespace()
      phase = resumePhase
      let again: [Effect] = phase == .question ? [.print("Answer> ")] : []
      return [.create(session, path: request.path.nonEmpty)] + again
    case .finished: return []
    }
  }

  private mutating func endOfInput() -> [Effect] {
    guard let session else {
      phase = .finished
      return [.print("\nNo input: nothing was saved.\n"), .quit(0)]
    }
    if path == nil && Self.hasContent(session) {
      return [.print("\n"), .create(session, path: request.path.nonEmpty)] + finish()
    }
    return [.print("\n")] + finish()
  }

  /// Loads `session` and its questions.
  mutating func load(_ session: Session) {
    self.session = session
    banks = Scorer.banks(of: session, in: catalog)
    entries = QuestionEntry.flatten(banks)
    let exempt = Set(Scorer.score(session, catalog: catalog).flatMap(\.sheet.doesNotApply.keys))
    applying = entries.indices.filter { !exempt.contains(entries[$0].question.id) }
  }

  /// Text from files or typing made safe for any terminal (line breaks
  /// kept, every other control character shown escaped).
  func safe(_ text: String) -> String { TerminalSafeText.sanitize(text, allowing: .lineBreaks) }

  /// Whether the session holds anything worth a file.
  static func hasContent(_ session: Session) -> Bool {
    !session.answers.isEmpty || !session.team.isEmpty || !session.system.isEmpty
      || !session.facilitator.isEmpty || !session.participants.isEmpty
      || session.timeboxMinutes != nil || !session.context.isUnknown
  }
}
