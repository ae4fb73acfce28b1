/// The backlog as CSV for an issue tracker's import.
public enum BacklogTracker {
  /// A tracker's import format.
  public enum Preset: String, Sendable, CaseIterable {
    /// GitHub issues, for the import tools that read
    /// `title,body,labels,assignees,milestone` (labels and assignees comma
    /// separated inside the field). `assignees` holds GitHub logins, so an
    /// owner goes there only when it is one (``githubLogin(_:)``); any other
    /// owner (`Doe, Jane` would be two people there) is named in the body.
    case github
    /// Jira's CSV importer: `Summary,Description,Issue Type,Priority,Labels,Assignee,Due Date`
    /// (one label per `Labels` column, four of them, as Jira maps repeated
    /// columns; the due date as `yyyy-MM-dd`; the assignee a user name, so a
    /// handle's `@` is dropped: ``jiraAssignee(_:)``).
    case jira
  }

  /// The columns of `preset`, exactly as written.
  public static func header(_ preset: Preset) -> [String] {
    switch preset {
    case .github: ["title", "body", "labels", "assignees", "milestone"]
    case .jira:
      [
        "Summary", "Description", "Issue Type", "Priority", "Labels", "Labels", "Labels", "Labels",
        "Assignee", "Due Date",
      ]
    }
  }

  /// Jira's priority names for ours.
  static func jiraPriority(_ priority: Backlog.Priority) -> String {
    switch priority {
    case .target: "High"
    case .nextLevel: "Medium"
    case .later, .confirm: "Low"
    case .recommended: "Lowest"
    }
  }

  /// `owner` as a GitHub login (`ana-lima` for `ana-lima` or `@ana-lima`):
  /// 1 to 39 letters, digits and single inner hyphens, as GitHub allows;
  /// `nil` for anything else, such as a name with spaces or commas.
  public static func githubLogin(_ owner: String) -> String? {
    let name = owner.trimmingWhitespace()
    let login = name.hasPrefix("@") ? String(name.dropFirst()) : name
    guard (1...39).contains(login.count), login.first != "-", login.last != "-",
      !login.contains("--"),
      login.unicodeScalars.allSatisfy({
        $0.isASCII
          && ($0 == "-" || $0.properties.isAlphabetic
            || ("0"..."9").contains($0))
      })
    else { return nil }
    return login
  }

  /// `owner` as Jira's `Assignee` (a user name): a handle such as
  /// `@ana-lima` (`@`, then a letter or digit, then letters, digits, `-`,
  /// `_` and `.`) without its `@`, as ``githubLogin(_:)`` does; any other
  /// owner as written.
  ///
  /// Written as it is, `@ana-lima` would get the CSV formula guard
  /// (`'@ana-lima`, see ``CSV``) and import as a user that does not exist;
  /// without the `@` it begins with a letter or digit, which no spreadsheet
  /// reads as a formula, so the guard has nothing to do.
  public static func jiraAssignee(_ owner: String) -> String {
    let name = owner.trimmingWhitespace()
    let handle = name.dropFirst()
    guard name.hasPrefix("@"), let first = handle.unicodeScalars.first,
      first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first),
      handle.unicodeScalars.allSatisfy({
        $0.isASCII
          && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
            || "-_.".unicodeScalars.contains($0))
      })
    else { return owner }
    return String(handle)
  }

  /// The CSV document for `preset`, one record per item, most urgent first.
  public static func csv(_ backlog: Backlog, scores: [FrameworkScore], preset: Preset) -> String {
    let rows = backlog.items.map { item -> [String] in
      let body =
        BacklogReport.description(item, scores: scores) + "\n\nPriority: \(item.priority.label)"
      let labels = item.labels + ["priority: \(item.priority.label)"]
      switch preset {
      case .github:
        let login = githubLogin(item.owner)
        let owner =
          login != nil || item.owner.isEmpty
          ? "" : "\n\nOwner: \(item.owner) (not a GitHub login, so not assigned)"
        return [item.summary, body + owner, labels.joined(separator: ","), login ?? "", item.due]
      case .jira:
        let four = Array((item.labels.map { $0.replacingSpaces() } + ["", "", "", ""]).prefix(4))
        return [item.summary, body, "Task", jiraPriority(item.priority)] + four + [
          jiraAssignee(item.owner), item.due,
        ]
      }
    }
    return CSV.document(header: header(preset), rows: rows)
  }
}

extension String {
  /// Jira labels cannot hold spaces: `target gap` → `target-gap`.
  fileprivate func replacingSpaces() -> String {
    String(map { $0 == " " ? "-" : $0 })
  }
}
