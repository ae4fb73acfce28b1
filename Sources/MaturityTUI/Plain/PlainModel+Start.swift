import MaturityCore

/// Choosing a recent session, and the new-session form, one field a line.
extension PlainModel {
  var startPrompt: String { "Type a session's number, n for a new session, or q to quit> " }

  func startText() -> String {
    var lines = ["Recent sessions:"]
    for (number, item) in recent.enumerated() {
      var parts = [safe(item.title)]
      if !item.date.isEmpty { parts.append(item.date) }
      if let (answered, total) = item.progress {
        parts.append("\(answered) of \(total) answered")
      }
      if let problem = item.problem { parts.append("cannot be opened: \(safe(problem))") }
      lines.append("\(number + 1). " + parts.joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  mutating func startLine(_ line: String) -> [Effect] {
    let typed = line.trimmingWhitespace().lowercased()
    switch typed {
    case "q":
      phase = .finished
      return [.print("Nothing changed.\n"), .quit(0)]
    case "n":
      phase = .form(.team)
      return [.print(formIntro + formPrompt(.team))]
    case "?", "h", "help":
      return [.print(startText() + startPrompt)]
    default:
      guard let number = Int(typed), recent.indices.contains(number - 1) else {
        return [.print("Not a session number: type 1 to \(recent.count), n or q.\n" + startPrompt)]
      }
      return [.open(path: recent[number - 1].path)]
    }
  }

  var formIntro: String {
    "New session. Each question below can be skipped with Enter.\n"
  }

  func formPrompt(_ field: FormField) -> String {
    switch field {
    case .team: return "Team> "
    case .system: return "ML system> "
    case .facilitator: return "Facilitator> "
    case .participants: return "Participants, separated by commas> "
    case .context:
      guard SystemContext.keys.indices.contains(contextKey) else { return "> " }
      let key = SystemContext.keys[contextKey]
      return
        "\(key.prompt) Type \(key.values.joined(separator: ", ")), or Enter if unknown (every question applies)> "
    case .frameworks:
      let list = catalog.banks.enumerated().map { "\($0.offset + 1) \($0.element.name)" }
      return
        "Frameworks: \(list.joined(separator: ", ")). Numbers separated by spaces, or Enter for all> "
    case .timebox: return "Minutes per section in a workshop, or Enter for no timebox> "
    case .path: return "Save to which file? Enter for a new file in the default folder> "
    }
  }

  mutating func formLine(_ line: String, field: FormField) -> [Effect] {
    let text = line.trimmingWhitespace()
    var confirmation: String
    switch field {
    case .team:
      request.team = text
      confirmation = text.isEmpty ? "No team name." : "Team: \(safe(text))."
    case .system:
      request.system = text
      confirmation = text.isEmpty ? "No system name." : "ML system: \(safe(text))."
    case .facilitator:
      request.facilitator = text
      confirmation = text.isEmpty ? "No facilitator." : "Facilitator: \(safe(text))."
    case .participants:
      var names: [String] = []
      for part in text.split(separator: ",") {
        let name = String(part).trimmingWhitespace()
        if !name.isEmpty && !names.contains(name) { names.append(name) }
      }
      request.participants = names
      confirmation =
        request.participants.isEmpty
        ? "No participants."
        : "Participants: \(safe(request.participants.joined(separator: ", ")))."
    case .context:
      let keys = SystemContext.keys
      guard keys.indices.contains(contextKey) else {
        confirmation = ""
        break
      }
      let key = keys[contextKey]
      let value = text.lowercased()
      if !value.isEmpty, let problem = SystemContext.check(key: key.name, value: value) {
        return [.print(problem + ".\n" + formPrompt(field))]
      }
      request.context[key.name] = value.nonEmpty
      confirmation =
        value.isEmpty
        ? "Context \(key.name): unknown, every question applies."
        : "Context \(key.name): \(value)."
      contextKey += 1
      if keys.indices.contains(contextKey) {
        return [.print(confirmation + "\n" + formPrompt(field))]
      }
    case .frameworks:
      guard let chosen = frameworks(text) else {
        return [
          .print(
            "Type numbers from 1 to \(catalog.banks.count), or Enter for all.\n" + formPrompt(field)
          )
        ]
      }
      request.frameworks = chosen
      let names = chosen.compactMap { catalog.bank($0)?.name }
      confirmation = "Frameworks: \(names.joined(separator: ", "))."
    case .timebox:
      guard text.isEmpty || (Int(text).map { (1...600).contains($0) } ?? false) else {
        return [.print("Type minutes from 1 to 600, or Enter for none.\n" + formPrompt(field))]
      }
      request.timeboxMinutes = Int(text)
      confirmation = text.isEmpty ? "No timebox." : "Timebox: \(text) minutes per section."
    case .path:
      request.path = text
      confirmation = text.isEmpty ? "A new file in the default folder." : "File: \(safe(text))."
    }
    if let next = FormField(rawValue: field.rawValue + 1), !(next == .path && presetFile) {
      phase = .form(next)
      return [.print(confirmation + "\n" + formPrompt(next))]
    }
    return startNewSession(confirmation)
  }

  /// Ids for `1 3`-style input (empty: all); `nil` when it is not valid.
  private func frameworks(_ text: String) -> [String]? {
    if text.isEmpty { return catalog.banks.map(\.id) }
    var chosen: [String] = []
    for part in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
      guard let number = Int(part), catalog.banks.indices.contains(number - 1) else { return nil }
      let id = catalog.banks[number - 1].id
      if !chosen.contains(id) { chosen.append(id) }
    }
    return chosen.isEmpty ? nil : chosen
  }

  private mutating func startNewSession(_ confirmation: String) -> [Effect] {
    let session: Session
    do {
      session = try request.session(catalog: catalog, now: now)
    } catch {
      phase = .form(.team)
      return [.print("\(safe(error.message)). Please start the form again.\n" + formPrompt(.team))]
    }
    load(session)
    var effects: [Effect] = [.print(confirmation + "\n")]
    if Self.hasContent(session) {
      effects.append(.create(session, path: request.path.nonEmpty))
    } else {
      effects.append(.print("The file is created with the first answer.\n"))
    }
    return effects + beginPass()
  }
}

extension PlainModel {
  /// Uses `path` for the new session's file (`new --file F`) instead of
  /// asking for one.
  public mutating func presetPath(_ path: String?) {
    guard let path, !path.isEmpty else { return }
    request.path = path
    presetFile = true
  }
}
