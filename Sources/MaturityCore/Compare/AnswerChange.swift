import MaturityJSON

/// One question whose answer, note or details (N/A reason, owner, due date)
/// differ between two sessions.
///
/// A bank lists each question's options from least to most mature, so a
/// move to a later option is an improvement and a move to an earlier one a
/// regression. Answering a question that was unanswered is an improvement,
/// and clearing an answer a regression. When either answer is not an option
/// of the question in the current bank (the bank changed, or the file was
/// edited by hand), or no bank has the question any more, the order is
/// unknown and the change is only called ``Kind/changed`` — except that a new
/// answer the question does not offer is a regression: it scores as
/// unanswered, and a hand-edited file should fail `--fail-on-regression`.
///
/// A team's N/A ranks with the least mature option (it never raises a
/// result), so a move from a higher option to N/A is a regression and one
/// from N/A to the least mature option, or to unanswered, only a change.
/// It shows with its reason: `N/A: no online traffic`.
public struct AnswerChange: Sendable, Equatable {
  /// How the answer moved.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// A later (more mature) option, or answered where it was not.
    case improved
    /// An earlier option, or unanswered where it was answered.
    case regressed
    /// A different answer whose order is unknown.
    case changed
    /// The same answer; only the note or a detail (N/A reason, owner, due
    /// date) differs.
    case noteOnly = "note-only"
  }

  /// The question id.
  public var id: String
  /// The question in the current bank, `nil` when no bank has it.
  public var question: Question?
  /// The id of the bank that has the question (else the id's first part).
  public var framework: String
  /// The old answer's option id.
  public var oldValue: String?
  /// The new answer's option id.
  public var newValue: String?
  /// The old note.
  public var oldNote: String?
  /// The new note.
  public var newNote: String?
  /// The N/A reason, owner and due date, where they differ.
  public var details: [DetailChange]
  /// Why the old answer was N/A, when it was.
  public var oldReason: String?
  /// Why the new answer is N/A, when it is.
  public var newReason: String?
  /// Why the question does not apply to the new session's system ("batch
  /// serving"), when its context rules it out: the change then moves no
  /// result and is only ``Kind/changed``.
  public var exemption: String? {
    didSet { if exemption != nil && kind != .noteOnly { kind = .changed } }
  }
  /// How the answer moved.
  public var kind: Kind
  /// Whether the two sessions recorded different versions of this
  /// question's bank, so the change may come from the rubric rather than
  /// the team.
  public var acrossBankVersions: Bool

  /// Compares the answers to question `id`; `nil` when value, note and
  /// details are all the same.
  public init?(
    id: String,
    question: Question?,
    framework: String,
    old: Answer?,
    new: Answer?,
    acrossBankVersions: Bool
  ) {
    let oldValue = old?.value
    let newValue = new?.value
    let details = DetailChange.all(old: old, new: new)
    guard
      oldValue != newValue || old?.note != new?.note || !details.isEmpty
        || old?.notApplicableReason != new?.notApplicableReason
    else { return nil }
    self.id = id
    self.question = question
    self.framework = framework
    self.oldValue = oldValue
    self.newValue = newValue
    self.oldNote = old?.note
    self.newNote = new?.note
    self.details = details
    oldReason = old?.isNotApplicable == true ? old?.notApplicableReason : nil
    newReason = new?.isNotApplicable == true ? new?.notApplicableReason : nil
    self.acrossBankVersions = acrossBankVersions
    kind = Self.classify(oldValue, newValue, question: question)
  }

  /// Whether the new answer is a value the question does not offer (a
  /// hand-edited file, or a bank that dropped the option).
  public var newValueIsInvalid: Bool { Self.isInvalid(newValue, for: question) }

  /// Whether the note differs.
  public var noteChanged: Bool { oldNote != newNote }

  /// The old answer as shown to people (see ``label(of:)``).
  public var oldLabel: String { label(of: oldValue, reason: oldReason) }

  /// The new answer as shown to people (see ``label(of:)``).
  public var newLabel: String {
    label(of: newValue, reason: newReason) + (exemption.map { " (does not apply: \($0))" } ?? "")
  }

  /// `unanswered`, the option's label, `N/A: reason`, or `"x" (not an
  /// option now)` for a value the current question does not offer.
  public func label(of value: String?, reason: String? = nil) -> String {
    guard let value else { return "unanswered" }
    if value == Answer.notApplicableValue { return "N/A: \(reason ?? "no reason recorded")" }
    if let option = question?.option(value) { return option.label }
    return "\(JSONReader.quoted(value)) (not an option now)"
  }

  /// Whether `value` is an answer `question` does not offer: neither one of
  /// its options nor "not applicable".
  static func isInvalid(_ value: String?, for question: Question?) -> Bool {
    guard let value, let question, value != Answer.notApplicableValue else { return false }
    return question.option(value) == nil
  }

  private static func classify(_ old: String?, _ new: String?, question: Question?) -> Kind {
    if old == new { return .noteOnly }
    guard let question else { return .changed }
    let notApplicable = Answer.notApplicableValue
    if old == notApplicable || new == notApplicable {
      // N/A and unanswered rank with the least mature option.
      func rank(_ value: String?) -> Int? {
        guard let value, value != notApplicable else { return 0 }
        return question.options.firstIndex { $0.id == value }
      }
      guard let from = rank(old), let to = rank(new) else { return .changed }
      return to > from ? .improved : (to < from ? .regressed : .changed)
    }
    if isInvalid(new, for: question) { return .regressed }
    let oldIndex = old.map { value in question.options.firstIndex { $0.id == value } }
    let newIndex = new.map { value in question.options.firstIndex { $0.id == value } }
    switch (oldIndex, newIndex) {
    case (.none, .some(.some)): return .improved
    case (.some(.some), .none): return .regressed
    case (.some(.some(let from)), .some(.some(let to))): return to > from ? .improved : .regressed
    default: return .changed
    }
  }
}
