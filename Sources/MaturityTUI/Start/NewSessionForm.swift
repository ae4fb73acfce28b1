import MaturityCore
import TerminalUI

/// The new-session form: team, system, facilitator, participants, file,
/// which frameworks to assess, and whether votes are anonymous.
public struct NewSessionForm: Sendable, Equatable {
  /// The text fields, in order.
  public enum Field: Int, Sendable, CaseIterable {
    case team, system, serving, facilitator, participants, timebox, file

    /// The label shown before the field.
    public var label: String {
      switch self {
      case .team: "Team"
      case .system: "ML system"
      case .serving: "Serving (online/batch/both)"
      case .facilitator: "Facilitator"
      case .participants: "Participants (comma-separated)"
      case .timebox: "Minutes per section (optional)"
      case .file: "File (empty: default folder)"
      }
    }
  }

  /// What a key did.
  public enum Outcome: Sendable, Equatable {
    case none, cancel
    case submit(NewSessionRequest)
  }

  /// The text of each field.
  public internal(set) var editors: [TextEditor]
  /// Framework ids and whether each is chosen.
  public internal(set) var frameworks: [(id: String, name: String, chosen: Bool)]
  /// Whether votes are anonymous: the vote grid, reports and exports show
  /// P1…Pn instead of names (Space toggles).
  public internal(set) var anonymousVotes = false
  /// The focused row: the fields, then one row per framework, then the
  /// anonymous-votes toggle, then Start.
  public internal(set) var focus = 0
  /// Why the form cannot be submitted yet.
  public internal(set) var problem: String?

  /// A form offering `banks`, all chosen.
  public init(banks: [Bank], path: String) {
    editors = Field.allCases.map { $0 == .file ? TextEditor(text: path) : TextEditor() }
    frameworks = banks.map { ($0.id, $0.name, true) }
  }

  /// Rows the focus moves over.
  public var rowCount: Int { Field.allCases.count + frameworks.count + 2 }
  /// The row of the anonymous-votes toggle.
  public var anonymousRow: Int { rowCount - 2 }
  /// The row of the Start button.
  public var startRow: Int { rowCount - 1 }

  /// Applies one key.
  public mutating func update(_ key: Key) -> Outcome {
    problem = nil
    switch ScreenKeys.form.action(for: key) {
    case .cancel:
      return .cancel
    case .next:
      focus = min(focus + 1, startRow)
    case .previous:
      focus = max(focus - 1, 0)
    case .enter:
      if focus == startRow { return submit() }
      focus += 1
    case .toggle where focus == anonymousRow:
      anonymousVotes.toggle()
    case .toggle where focus >= Field.allCases.count && focus < anonymousRow:
      frameworks[focus - Field.allCases.count].chosen.toggle()
    case .toggle, .none:
      if focus < Field.allCases.count {
        editors[focus].handle(key)
      }
    }
    return .none
  }

  /// Start: the request, or every problem on the status line (the count
  /// first when more than one) with the focus on the first bad row.
  private mutating func submit() -> Outcome {
    var problems: [(row: Int, text: String)] = []
    func value(_ field: Field) -> String { editors[field.rawValue].text.trimmingWhitespace() }
    var context: [String: String] = [:]
    if !value(.serving).isEmpty {
      if let message = SystemContext.check(key: "serving", value: value(.serving).lowercased()) {
        problems.append((Field.serving.rawValue, message))
      }
      context["serving"] = value(.serving).lowercased()
    }
    let timeboxText = value(.timebox)
    var timebox: Int?
    if !timeboxText.isEmpty {
      if let minutes = Int(timeboxText), (1...600).contains(minutes) {
        timebox = minutes
      } else {
        problems.append(
          (Field.timebox.rawValue, "minutes per section: a whole number from 1 to 600, or empty")
        )
      }
    }
    let chosen = frameworks.filter(\.chosen).map(\.id)
    if chosen.isEmpty {
      problems.append((Field.allCases.count, "choose at least one framework (Space toggles)"))
    }
    if let first = problems.first {
      focus = first.row
      let texts = problems.map(\.text).joined(separator: "; ")
      problem = problems.count == 1 ? texts : "\(problems.count) problems: \(texts)"
      return .none
    }
    let participants = value(.participants).split(separator: ",").map {
      String($0).trimmingWhitespace()
    }
    .filter { !$0.isEmpty }
    var request = NewSessionRequest(
      team: value(.team),
      system: value(.system),
      facilitator: value(.facilitator),
      participants: participants,
      frameworks: chosen,
      path: value(.file),
      timeboxMinutes: timebox
    )
    request.context = context
    request.anonymousVotes = anonymousVotes
    return .submit(request)
  }

  /// Whether the two forms hold the same text and choices (wherever the
  /// focus is): a form that differs from how it was opened has a draft.
  func sameContent(as other: NewSessionForm) -> Bool {
    editors.map(\.text) == other.editors.map(\.text)
      && frameworks.map(\.chosen) == other.frameworks.map(\.chosen)
      && anonymousVotes == other.anonymousVotes
  }

  public static func == (lhs: NewSessionForm, rhs: NewSessionForm) -> Bool {
    lhs.editors == rhs.editors && lhs.focus == rhs.focus && lhs.problem == rhs.problem
      && lhs.frameworks.map(\.id) == rhs.frameworks.map(\.id)
      && lhs.frameworks.map(\.chosen) == rhs.frameworks.map(\.chosen)
      && lhs.anonymousVotes == rhs.anonymousVotes
  }
}
