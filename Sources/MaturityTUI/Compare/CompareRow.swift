import MaturityCore

/// One line of the compare screen's table: a label, the old and the new
/// value side by side, a mark for how it moved, and the lines the detail
/// pane shows when it is selected.
///
/// Rows are built once from a ``SessionDiff``; every text comes from
/// ``DiffText``, so the screen words results exactly as `mlmaturity diff`
/// prints them.
public struct CompareRow: Sendable, Equatable {
  /// What the row stands for.
  public enum Kind: Sendable, Equatable {
    /// A group title (bank versions, answers).
    case heading
    /// A framework's result.
    case framework
    /// A part of a framework's result (section, dimension, level).
    case part
    /// A question whose answer or note changed.
    case answer
  }

  /// How the row's value moved.
  public enum Mark: Sendable, Equatable {
    case improved, regressed, changed, noteOnly, same, none

    /// The symbol shown between the old and the new value.
    public var symbol: String {
      switch self {
      case .improved: "▲"
      case .regressed: "▼"
      case .changed: "~"
      case .noteOnly: "✎"
      case .same: "="
      case .none: " "
      }
    }
  }

  /// What the row stands for.
  public var kind: Kind
  /// The left column.
  public var label: String
  /// The old value.
  public var old: String
  /// The new value.
  public var new: String
  /// How it moved.
  public var mark: Mark
  /// The detail pane's title.
  public var detailTitle: String
  /// The detail pane's lines.
  public var detail: [DiffText.Line]

  /// Every row of `diff`: bank-version notices, then each framework with
  /// its parts, then the answers that changed.
  public static func rows(for diff: SessionDiff) -> [CompareRow] {
    var rows: [CompareRow] = []
    if !diff.bankNotices.isEmpty {
      let versions = diff.bankNotices.map {
        "\($0.framework) \($0.oldVersion ?? "?") → \($0.newVersion ?? "?")"
      }
      rows.append(
        CompareRow(
          kind: .heading,
          label: "Bank versions differ: " + versions.joined(separator: ", "),
          old: "",
          new: "",
          mark: .changed,
          detailTitle: "Bank versions differ",
          detail: diff.bankNotices.flatMap(DiffText.lines(for:))
            + [DiffText.Line(BankVersionNotice.limit)]
        )
      )
    }
    for framework in diff.frameworks {
      rows += self.rows(for: framework)
    }
    rows.append(
      CompareRow(
        kind: .heading,
        label: "Answers: " + DiffText.answerSummary(diff),
        old: "",
        new: "",
        mark: .none,
        detailTitle: "Answers",
        detail: [DiffText.Line(DiffText.answerSummary(diff))]
      )
    )
    for change in diff.answers {
      rows.append(
        CompareRow(
          kind: .answer,
          label: change.question?.title ?? change.id,
          old: change.oldValue == nil && change.kind == .noteOnly ? "" : change.oldLabel,
          new: change.newValue == nil && change.kind == .noteOnly ? "" : change.newLabel,
          mark: mark(change.kind),
          detailTitle: change.id + (change.acrossBankVersions ? " † bank versions differ" : ""),
          detail: [DiffText.Line(change.question?.prompt ?? "No bank has this question.", .dim)]
            + DiffText.lines(for: change)
        )
      )
    }
    return rows
  }

  private static func rows(for framework: FrameworkDiff) -> [CompareRow] {
    let bank = framework.bank
    let lines = DiffText.lines(for: framework)
    var rows = [
      CompareRow(
        kind: .framework,
        label: bank.name,
        old: framework.old.map(DiffText.result) ?? "not assessed",
        new: framework.new.map(DiffText.result) ?? "not assessed",
        mark: mark(framework.direction),
        detailTitle: bank.name,
        detail: lines.dropFirst().map { DiffText.Line(String($0.text.dropFirst(2)), $0.tone) }
      )
    ]
    for part in framework.parts {
      let delta = part.delta ?? 0
      rows.append(
        CompareRow(
          kind: .part,
          label: "  " + part.title,
          old: oldValue(part, bank),
          new: newValue(part, bank),
          mark: delta > 0 ? .improved : (delta < 0 ? .regressed : .same),
          detailTitle: "\(bank.name) › \(part.title)",
          detail: [
            DiffText.Line(
              "\(part.title): \(oldValue(part, bank)) → \(newValue(part, bank))"
                + (delta == 0 ? ", unchanged" : " (\(DiffText.signed(delta, of: bank)))")
                + "; the most is \(DiffText.value(part.maximum, of: bank))"
            )
          ]
        )
      )
    }
    return rows
  }

  private static func oldValue(_ part: FrameworkDiff.Part, _ bank: Bank) -> String {
    part.old.map { DiffText.value($0, of: bank) } ?? "-"
  }

  private static func newValue(_ part: FrameworkDiff.Part, _ bank: Bank) -> String {
    part.new.map { DiffText.value($0, of: bank) } ?? "-"
  }

  private static func mark(_ kind: AnswerChange.Kind) -> Mark {
    switch kind {
    case .improved: .improved
    case .regressed: .regressed
    case .changed: .changed
    case .noteOnly: .noteOnly
    }
  }

  private static func mark(_ direction: FrameworkDiff.Direction) -> Mark {
    switch direction {
    case .improved: .improved
    case .regressed, .dropped: .regressed
    case .added: .changed
    case .unchanged: .same
    }
  }
}
