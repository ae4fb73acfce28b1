/// A workshop detail of one answer that differs between two sessions: the
/// reason it does not apply, the action's owner or its due date.
///
/// The answer itself may be the same: a diff shows who took over an action,
/// a due date that moved, or a new reason for "not applicable".
public struct DetailChange: Sendable, Equatable {
  /// Which detail changed.
  public enum Field: String, Sendable, Equatable, CaseIterable {
    /// Why the question does not apply (``Answer/notApplicableReason``).
    case reason
    /// The action's owner.
    case owner
    /// The action's due date.
    case due

    /// How the field is named in text: `N/A reason`, `owner`, `due date`.
    public var title: String {
      switch self {
      case .reason: "N/A reason"
      case .owner: "owner"
      case .due: "due date"
      }
    }

    /// The field's value in `answer`.
    func value(in answer: Answer?) -> String? {
      switch self {
      case .reason: answer?.notApplicableReason
      case .owner: answer?.owner
      case .due: answer?.due
      }
    }
  }

  /// Which detail changed.
  public var field: Field
  /// The old value, `nil` when there was none.
  public var old: String?
  /// The new value, `nil` when there is none.
  public var new: String?

  /// A change of `field` from `old` to `new`.
  public init(field: Field, old: String?, new: String?) {
    self.field = field
    self.old = old
    self.new = new
  }

  /// Every detail that differs between `old` and `new`, in ``Field`` order.
  public static func all(old: Answer?, new: Answer?) -> [DetailChange] {
    Field.allCases.compactMap { field in
      let before = field.value(in: old)
      let after = field.value(in: new)
      return before == after ? nil : DetailChange(field: field, old: before, new: after)
    }
  }
}
