/// The Markdown diff of `mlmaturity diff --format markdown`: the two
/// sessions, bank-version warnings, a results table, each framework's parts
/// and gaps, targets, the answers that changed, the notes that changed, and
/// the N/A reasons, owners and due dates that changed.
///
/// Text from sessions and banks is escaped with ``MarkdownReport/escape(_:)``,
/// so a team name or a note cannot inject Markdown or HTML.
public enum DiffMarkdown {
  /// The whole document. `onlyChanges` leaves out frameworks and parts that
  /// did not change.
  public static func render(
    _ diff: SessionDiff,
    oldPath: String,
    newPath: String,
    onlyChanges: Bool = false
  ) -> String {
    var out = ["# Comparison: \(escape(ScoreText.heading(diff.new)))", ""]
    out += [
      "| | Old | New |", "|---|---|---|",
      "| File | \(escape(oldPath)) | \(escape(newPath)) |",
      "| Date | \(escape(diff.old.date)) | \(escape(diff.new.date)) |",
      "| Bank versions | \(versions(diff.old)) | \(versions(diff.new)) |",
      "| Context | \(escape(diff.old.context.summary)) | \(escape(diff.new.context.summary)) |", "",
    ]
    if !diff.bankNotices.isEmpty {
      out.append("> **Bank versions differ between the two sessions.**")
      for notice in diff.bankNotices {
        out += [">", "> \(escape(notice.summary)): \(escape(notice.expectation))."]
      }
      out += [">", "> \(escape(BankVersionNotice.limit))", ""]
    }
    let frameworks = diff.frameworks.filter { !onlyChanges || $0.hasChanges }
    out += ["## Results", "", "| Framework | Old | New | Change |", "|---|---|---|---|"]
    for framework in frameworks {
      let old = framework.old.map(DiffText.result) ?? "not assessed"
      let new = framework.new.map(DiffText.result) ?? "not assessed"
      out.append(
        "| \(escape(framework.bank.name)) | \(escape(old)) | \(escape(new)) | \(escape(change(framework))) |"
      )
    }
    out.append("")
    for framework in frameworks {
      out += details(framework, onlyChanges: onlyChanges)
    }
    out += answers(diff)
    if !diff.warnings.isEmpty {
      out += ["## Warnings", ""] + diff.warnings.map { "- " + escape($0) } + [""]
    }
    return out.joined(separator: "\n")
  }

  private static func escape(_ text: String) -> String {
    MarkdownReport.escape(text)
  }

  private static func versions(_ session: Session) -> String {
    let list = session.bankVersions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
    return escape(list.isEmpty ? "not recorded" : list.joined(separator: ", "))
  }

  private static func change(_ framework: FrameworkDiff) -> String {
    var text = framework.direction.rawValue
    if let delta = framework.delta {
      text = DiffText.signed(delta, of: framework.bank) + ", " + text
    }
    if let crossing = framework.crossing {
      text +=
        "; crossed \(crossing.isUp ? "up" : "down") to "
        + DiffText.rung(crossing.to, of: framework.bank)
    }
    return text
  }

  private static func details(_ framework: FrameworkDiff, onlyChanges: Bool) -> [String] {
    let bank = framework.bank
    let parts = framework.parts.filter { !onlyChanges || $0.delta != 0 }
    var out: [String] = []
    if let target = framework.target {
      out += ["**\(escape(bank.name)): \(escape(DiffText.target(target, of: bank)))**", ""]
    }
    if !parts.isEmpty {
      out += ["### \(escape(bank.name))", "", "| Part | Old | New | Change |", "|---|---|---|---|"]
      for part in parts {
        let old = part.old.map { DiffText.value($0, of: bank) } ?? "-"
        let new = part.new.map { DiffText.value($0, of: bank) } ?? "-"
        let delta = part.delta.map { DiffText.signed($0, of: bank) } ?? ""
        out.append("| \(escape(part.title)) | \(old) | \(new) | \(escape(delta)) |")
      }
      out.append("")
    }
    let groups: [(String, [String], FrameworkScore?, String)] = [
      ("Gaps resolved", framework.gapsResolved, framework.old, "- [x]"),
      ("New gaps", framework.newGaps, framework.new, "- [ ]"),
    ]
    for (title, ids, score, bullet) in groups where !ids.isEmpty {
      let target = score.flatMap(FrameworkDiff.nextRung).map {
        " (\(title == "New gaps" ? "block" : "blocked") \(DiffText.rung($0, of: bank)))"
      }
      out += ["**\(escape(bank.name)): \(title)\(escape(target ?? ""))**", ""]
      for id in ids {
        out.append("\(bullet) `\(id)` \(escape(bank.question(id)?.title ?? ""))")
      }
      out.append("")
    }
    return out
  }

  private static func answers(_ diff: SessionDiff) -> [String] {
    var out = ["## Answers", "", escape(DiffText.answerSummary(diff)) + ".", ""]
    let moved = diff.answers.filter { $0.kind != .noteOnly }
    if !moved.isEmpty {
      out += ["| Question | Change | Old | New |", "|---|---|---|---|"]
      for change in moved {
        let mark = change.acrossBankVersions ? " †" : ""
        out.append(
          "| `\(change.id)` \(escape(change.question?.title ?? "")) | \(change.kind.rawValue)\(mark) "
            + "| \(escape(change.oldLabel)) | \(escape(change.newLabel)) |"
        )
      }
      out.append("")
      if moved.contains(where: \.acrossBankVersions) {
        out += ["† answered against different bank versions; see above.", ""]
      }
    }
    let notes = diff.answers.filter(\.noteChanged)
    if !notes.isEmpty {
      out += ["### Notes that changed", ""]
      for change in notes {
        out.append("- `\(change.id)` \(escape(change.question?.title ?? ""))")
        out.append("  - was: \(change.oldNote.map(escape) ?? "*(none)*")")
        out.append("  - now: \(change.newNote.map(escape) ?? "*(none)*")")
      }
      out.append("")
    }
    let details = diff.answers.filter { !$0.details.isEmpty }
    if !details.isEmpty {
      out += ["### N/A reasons, owners and due dates that changed", ""]
      for change in details {
        out.append("- `\(change.id)` \(escape(change.question?.title ?? ""))")
        out += change.details.map { "  - " + escape(DiffText.detail($0)) }
      }
      out.append("")
    }
    return out
  }
}
