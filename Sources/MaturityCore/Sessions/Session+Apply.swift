extension Session {
  /// Applies `edit` at `now`, checking it first with the rules the session
  /// reader applies (known question ids and options, real dates, a reason
  /// for not applicable, text and file size limits).
  ///
  /// On an error the session is left as it was, and the message says what
  /// was refused and why, so the wizard can show it and `set` can print it.
  /// A question of a framework the session does not have yet adds that
  /// framework.
  ///
  /// - Throws: ``MaturityError`` with kind `.usage`.
  public mutating func apply(_ edit: SessionEdit, catalog: BankCatalog, now: Timestamp)
    throws(MaturityError)
  {
    var copy = self
    try copy.applyUnchecked(edit, catalog: catalog, now: now)
    if edit.carriesText, copy.estimatedTextBytes > SessionLimits.maximumSessionBytes / 2 {
      let size = SessionFile.text(of: copy).utf8.count
      if size > SessionLimits.maximumSessionBytes {
        throw MaturityError(
          .usage,
          "the session would grow to \(Self.sizeText(size)), past the limit of \(Self.sizeText(SessionLimits.maximumSessionBytes)); shorten a note or evidence first"
        )
      }
    }
    copy.updatedAt = now.iso8601
    self = copy
  }

  /// Applies every edit in order, all or nothing.
  public mutating func apply(_ edits: [SessionEdit], catalog: BankCatalog, now: Timestamp)
    throws(MaturityError)
  {
    var copy = self
    for edit in edits { try copy.apply(edit, catalog: catalog, now: now) }
    self = copy
  }

  private mutating func applyUnchecked(
    _ edit: SessionEdit,
    catalog: BankCatalog,
    now: Timestamp
  ) throws(MaturityError) {
    switch edit {
    case .answer(let id, let option):
      let question = try question(id, catalog: catalog)
      if let option { try Self.check(option, for: question, allowNotApplicable: false) }
      try change(id) { answer in answer.choose(option, now: now) }
    case .notApplicable(let id, let reason):
      _ = try question(id, catalog: catalog)
      let text = try Self.text(reason, "the reason \(id) does not apply")
      guard !text.isEmpty else {
        throw MaturityError(.usage, "\(id): not applicable needs a reason")
      }
      try change(id) { answer in
        answer.choose(Answer.notApplicableValue, now: now)
        answer.notApplicableReason = text
      }
    case .note(let id, let text):
      _ = try question(id, catalog: catalog)
      let note = try Self.text(text, "the note on \(id)", trim: false)
      try change(id) { $0.note = note.nonEmpty }
    case .vote(let id, let participant, let option):
      let question = try question(id, catalog: catalog)
      let name = try Self.text(participant, "a participant's name")
      guard !name.isEmpty else {
        throw MaturityError(.usage, "\(id): a vote needs a participant name")
      }
      if let option { try Self.check(option, for: question, allowNotApplicable: true) }
      if option != nil && !participants.contains(name) { try addParticipant(name) }
      try change(id) { $0.votes[name] = option }
    case .agree(let id, let option, let rationale, let dissent):
      let question = try question(id, catalog: catalog)
      try Self.check(option, for: question, allowNotApplicable: true)
      let why = try Self.text(rationale, "the rationale on \(id)")
      let against = try Self.text(dissent, "the dissent on \(id)")
      if option == Answer.notApplicableValue && why.isEmpty {
        throw MaturityError(.usage, "\(id): agreeing on not applicable needs a reason")
      }
      try change(id) { answer in
        answer.agreed = option
        answer.choose(option, now: now)
        if option == Answer.notApplicableValue { answer.notApplicableReason = why }
        answer.rationale = why.nonEmpty
        answer.dissent = against.nonEmpty
      }
    case .rationale(let id, let text):
      _ = try question(id, catalog: catalog)
      let why = try Self.text(text, "the rationale on \(id)")
      try change(id) { $0.rationale = why.nonEmpty }
    case .dissent(let id, let text):
      _ = try question(id, catalog: catalog)
      let against = try Self.text(text, "the dissent on \(id)")
      try change(id) { $0.dissent = against.nonEmpty }
    case .evidence(let id, let items):
      _ = try question(id, catalog: catalog)
      let checked = try items.map { item throws(MaturityError) in
        try Self.check(item, on: id, now: now)
      }
      try Self.checkEvidenceCount(checked.count, on: id)
      try change(id) { $0.evidence = checked }
    case .addEvidence(let id, let item):
      _ = try question(id, catalog: catalog)
      let checked = try Self.check(item, on: id, now: now)
      try Self.checkEvidenceCount((answers[id]?.evidence.count ?? 0) + 1, on: id)
      try change(id) { $0.evidence.append(checked) }
    case .confidence(let id, let level):
      _ = try question(id, catalog: catalog)
      try change(id) { $0.confidence = level }
    case .owner(let id, let name):
      _ = try question(id, catalog: catalog)
      let owner = try Self.text(name, "the owner of \(id)")
      try change(id) { $0.owner = owner.nonEmpty }
    case .due(let id, let day):
      _ = try question(id, catalog: catalog)
      let text = day.trimmingWhitespace()
      guard text.isEmpty || Day(text) != nil else {
        throw MaturityError(.usage, Day.invalidMessage(text, what: "due date of \(id)"))
      }
      try change(id) { $0.due = text.nonEmpty }
    case .target(let framework, let level):
      try setTarget(framework, level, catalog: catalog)
    case .timebox(let minutes):
      guard (0...600).contains(minutes ?? 0) else {
        throw MaturityError(.usage, "the timebox is minutes from 0 to 600, not \(minutes ?? 0)")
      }
      timeboxMinutes = minutes == 0 ? nil : minutes
    case .team(let name):
      team = try Self.text(name, "the team's name")
    case .system(let name):
      system = try Self.text(name, "the ML system's name")
    case .facilitator(let name):
      facilitator = try Self.text(name, "the facilitator's name")
    case .addParticipant(let name):
      let text = try Self.text(name, "a participant's name")
      guard !text.isEmpty else { throw MaturityError(.usage, "a participant needs a name") }
      if !participants.contains(text) { try addParticipant(text) }
    case .date(let text):
      let day = text.trimmingWhitespace()
      guard Day(day) != nil else {
        throw MaturityError(.usage, Day.invalidMessage(day, what: "assessment date"))
      }
      date = day
    case .renameParticipant(let old, let new):
      try renameParticipant(old, to: new)
    case .removeParticipant(let name, let keepVotes):
      guard let position = participants.firstIndex(of: name) else {
        throw MaturityError(.usage, "\"\(name.prefix(60))\" is not a participant")
      }
      participants.remove(at: position)
      if !keepVotes {
        for id in answers.keys where answers[id]?.votes[name] != nil {
          try change(id) { $0.votes[name] = nil }
        }
      }
    case .anonymousVotes(let on):
      anonymousVotes = on
    case .context(let key, let value):
      if let problem = setContext(key, value.trimmingWhitespace(), now: now) {
        throw MaturityError(.usage, "--context \(key.prefix(60))=\(value.prefix(60)): \(problem)")
      }
    }
  }

  private mutating func renameParticipant(_ old: String, to raw: String) throws(MaturityError) {
    let new = try Self.text(raw, "a participant's name")
    guard let position = participants.firstIndex(of: old) else {
      throw MaturityError(.usage, "\"\(old.prefix(60))\" is not a participant")
    }
    guard !new.isEmpty else { throw MaturityError(.usage, "a participant needs a name") }
    guard new == old || !participants.contains(new) else {
      throw MaturityError(.usage, "\"\(new.prefix(60))\" is already a participant")
    }
    participants[position] = new
    let attribution = "\(old) (pre-work): "
    for id in answers.keys {
      let vote = answers[id]?.votes[old]
      let note = answers[id]?.note
      guard vote != nil || note?.contains(attribution) == true else { continue }
      try change(id) { answer in
        if let vote {
          answer.votes[old] = nil
          answer.votes[new] = vote
        }
        // Notes merged from pre-work are attributed by name: they follow.
        answer.note = note.map { text in
          text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(attribution)
              ? "\(new) (pre-work): " + line.dropFirst(attribution.count) : String(line)
          }.joined(separator: "\n")
        }
      }
    }
  }

  // MARK: - Parts

  /// An upper bound of the bytes the session's free text takes in the
  /// file (escapes counted generously), cheap enough for every edit; the
  /// exact size is computed only when this comes near the limit.
  var estimatedTextBytes: Int {
    func bytes(_ text: String?) -> Int {
      guard let text else { return 0 }
      var total = 8
      for byte in text.utf8 {
        total += byte < 0x20 || byte == 0x22 || byte == 0x5C ? 6 : byte >= 0x80 ? 3 : 1
      }
      return total
    }
    var total = 4096 + bytes(team) + bytes(system) + bytes(facilitator)
    total += participants.reduce(0) { $0 + bytes($1) }
    for (id, answer) in answers {
      total +=
        256 + bytes(id) + bytes(answer.note) + bytes(answer.rationale)
        + bytes(answer.dissent) + bytes(answer.notApplicableReason) + bytes(answer.owner)
        + bytes(answer.agreed) + bytes(answer.value)
      for item in answer.evidence {
        total += 64 + bytes(item.reference) + bytes(item.owner) + bytes(item.verified)
      }
      for (name, vote) in answer.votes { total += bytes(name) + bytes(vote) }
    }
    return total
  }

  /// The question `id`, adding its framework to the session when missing.
  private mutating func question(_ id: String, catalog: BankCatalog) throws(MaturityError)
    -> Question
  {
    guard let (bank, question) = catalog.lookup(id) else {
      let prefix = id.split(separator: ".").first.map(String.init) ?? ""
      let hint =
        catalog.bank(prefix) != nil
        ? "run `mlmaturity questions --framework \(prefix)` for its ids"
        : "known frameworks: \(catalog.banks.map(\.id).joined(separator: ", "))"
      throw MaturityError(.usage, "unknown question id \"\(id.prefix(60))\" (\(hint))")
    }
    if !frameworks.contains(bank.id) { frameworks.append(bank.id) }
    if bankVersions[bank.id] == nil { bankVersions[bank.id] = bank.version }
    return question
  }

  private mutating func change(_ id: String, _ body: (inout Answer) throws(MaturityError) -> Void)
    throws(MaturityError)
  {
    var answer = answers[id] ?? Answer()
    try body(&answer)
    answers[id] = answer.isEmpty ? nil : answer
  }

  private mutating func addParticipant(_ name: String) throws(MaturityError) {
    guard participants.count < SessionLimits.maximumParticipants else {
      throw MaturityError(
        .usage,
        "a session names at most \(SessionLimits.maximumParticipants) participants"
      )
    }
    participants.append(name)
  }

  private mutating func setTarget(_ framework: String, _ level: Int?, catalog: BankCatalog)
    throws(MaturityError)
  {
    guard let bank = catalog.bank(framework) else {
      let known = catalog.banks.map(\.id).joined(separator: ", ")
      throw MaturityError(
        .usage,
        "unknown framework \"\(framework.prefix(60))\" (known: \(known))"
      )
    }
    guard let level else {
      targets[framework] = nil
      return
    }
    let top = bank.levels.count - 1
    guard (0...top).contains(level) else {
      throw MaturityError(.usage, "the target of \(framework) is a number from 0 to \(top)")
    }
    targets[framework] = level
  }

  private static func check(_ option: String, for question: Question, allowNotApplicable: Bool)
    throws(MaturityError)
  {
    if allowNotApplicable && option == Answer.notApplicableValue { return }
    guard question.option(option) == nil else { return }
    throw MaturityError(
      .usage,
      "\"\(option.prefix(60))\" is not an answer to \(question.id) (allowed: \(question.allowedAnswers), n/a)"
    )
  }

  private static func check(_ item: Evidence, on id: String, now: Timestamp) throws(MaturityError)
    -> Evidence
  {
    var checked = item
    checked.reference = try text(item.reference, "evidence on \(id)")
    guard !checked.reference.isEmpty else {
      throw MaturityError(.usage, "evidence on \(id) needs a link or a path first")
    }
    checked.owner = try item.owner.map { name throws(MaturityError) in
      try text(name, "the evidence owner on \(id)")
    }?.nonEmpty
    if let verified = item.verified?.trimmingWhitespace(), !verified.isEmpty {
      guard let day = Day(verified) else {
        throw MaturityError(
          .usage,
          Day.invalidMessage(verified, what: "date the evidence on \(id) was verified")
        )
      }
      // Evidence cannot have been checked in the future (a day of slack
      // for time zones).
      guard day <= Day(Timestamp(secondsSince1970: now.secondsSince1970 + 86_400)) else {
        throw MaturityError(
          .usage,
          "evidence on \(id) was verified on \(verified), which is in the future"
        )
      }
      checked.verified = verified
    } else {
      checked.verified = nil
    }
    return checked
  }

  private static func checkEvidenceCount(_ count: Int, on id: String) throws(MaturityError) {
    guard count <= SessionLimits.maximumEvidence else {
      throw MaturityError(
        .usage,
        "\(id) has \(count) pieces of evidence; the limit is \(SessionLimits.maximumEvidence)"
      )
    }
  }

  /// `raw` checked against the text limit, trimmed unless `trim` is false.
  /// Any character is kept: whatever a file holds, every output shows it
  /// sanitised.
  private static func text(_ raw: String, _ what: String, trim: Bool = true)
    throws(MaturityError) -> String
  {
    let bytes = raw.utf8.count
    guard bytes <= SessionLimits.maximumTextBytes else {
      throw MaturityError(
        .usage,
        "\(what) is \(sizeText(bytes)); the limit is \(sizeText(SessionLimits.maximumTextBytes))"
      )
    }
    return trim ? raw.trimmingWhitespace() : raw
  }

  /// `1.2 MB`, `256 KiB`-style sizes for messages.
  static func sizeText(_ bytes: Int) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10 && bytes % (1 << 10) == 0 && bytes < 1 << 20 { return "\(bytes >> 10) KiB" }
    if bytes >= 1_000_000 {
      let tenths = (bytes + 50_000) / 100_000
      return "\(tenths / 10).\(tenths % 10) MB"
    }
    if bytes >= 1000 { return "\((bytes + 500) / 1000) kB" }
    return "\(bytes) bytes"
  }
}

extension Answer {
  /// Chooses `option` at `now`. Changing an answer the team voted on keeps
  /// what was agreed (``agreed``), so the record shows it changed after the
  /// vote, and lowers a verified confidence to assumed.
  mutating func choose(_ option: String?, now: Timestamp) {
    guard option != value else { return }
    let voted = !votes.isEmpty || rationale != nil
    if voted, agreed == nil, let before = value { agreed = before }
    value = option
    answeredAt = option == nil ? nil : now.iso8601
    if option != Answer.notApplicableValue { notApplicableReason = nil }
    if let agreed, option != nil, option != agreed, confidence == .verified {
      confidence = .assumed
    }
  }
}
