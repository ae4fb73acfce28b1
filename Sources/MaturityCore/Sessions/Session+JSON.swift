import MaturityJSON

extension Session {
  /// Decodes a session from its parsed JSON.
  ///
  /// - Throws: ``MaturityError`` (`.badData`) naming the line, column and
  ///   field; a file from a newer mlmaturity gets its own message.
  public init(json node: JSONNode) throws(MaturityError) {
    do {
      try self.init(decoding: node)
    } catch {
      throw MaturityError(error)
    }
  }

  /// Decodes a session; the reader's errors as they are.
  init(decoding node: JSONNode) throws(JSONReadError) {
    let root = try JSONReader(node)
    guard let versionNode = root.optionalNode("formatVersion") else {
      throw JSONReader.error(
        at: node,
        path: "",
        "not an mlmaturity session: missing required field \"formatVersion\""
      )
    }
    let format = try JSONReader.int(versionNode, path: "formatVersion")
    guard format <= Session.formatVersion else {
      throw JSONReader.error(
        at: versionNode,
        path: "formatVersion",
        "made by a newer mlmaturity (session format \(format); this version reads format \(Session.formatVersion)); upgrade mlmaturity to open it"
      )
    }
    guard format >= 1 else {
      throw JSONReader.error(
        at: versionNode,
        path: "formatVersion",
        "unknown session format \(format)"
      )
    }
    self.init()
    formatVersion = format
    try root.rejectNull([
      "toolVersion", "team", "system", "facilitator", "date", "createdAt", "updatedAt",
    ])
    toolVersion = try root.optionalString("toolVersion") ?? ""
    team = try root.optionalString("team") ?? ""
    system = try root.optionalString("system") ?? ""
    facilitator = try root.optionalString("facilitator") ?? ""
    participants = try root.stringArray("participants")
    date = try root.optionalString("date") ?? ""
    if !date.isEmpty, Day(date) == nil {
      throw JSONReader.error(
        at: try root.node("date"),
        path: "date",
        "expected a date like 2026-11-26, found \(JSONReader.quoted(date))"
      )
    }
    createdAt = try Self.timestamp(root, "createdAt")
    updatedAt = try Self.timestamp(root, "updatedAt")
    frameworks = try root.stringArray("frameworks")
    if let banks = try root.optionalObject("banks") {
      for member in banks.allMembers {
        bankVersions[member.key] = try JSONReader.string(
          member.node,
          path: banks.childPath(member.key)
        )
      }
    }
    if let answerObject = try root.optionalObject("answers") {
      for member in answerObject.allMembers {
        let reader = try JSONReader(member.node, path: answerObject.childPath(member.key))
        answers[member.key] = try Self.answer(reader)
      }
    }
    if let targetObject = try root.optionalObject("targets") {
      for member in targetObject.allMembers {
        let level = try JSONReader.int(member.node, path: targetObject.childPath(member.key))
        guard (0...5).contains(level) else {
          throw JSONReader.error(
            at: member.node,
            path: targetObject.childPath(member.key),
            "expected a target level from 0 to 5, found \(level)"
          )
        }
        targets[member.key] = level
      }
    }
    if let minutes = try root.optionalInt("timeboxMinutes") {
      guard (1...600).contains(minutes) else {
        throw JSONReader.error(
          at: try root.node("timeboxMinutes"),
          path: "timeboxMinutes",
          "expected minutes from 1 to 600, found \(minutes)"
        )
      }
      timeboxMinutes = minutes
    }
    anonymousVotes = try root.optionalBool("anonymousVotes") ?? false
    previous = try Self.previousRound(root)
    prework = try Self.prework(root)
    context = try Self.context(root)
    // Whatever this version did not read is kept as it is.
    otherFields = root.unreadMembers()
  }

  /// The session as JSON, members in a fixed order and answers sorted by
  /// question id, so equal sessions give identical files.
  public var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember("formatVersion", .number(String(formatVersion))),
      JSONMember("toolVersion", .string(toolVersion)),
      JSONMember("team", .string(team)),
      JSONMember("system", .string(system)),
      JSONMember("facilitator", .string(facilitator)),
      JSONMember("participants", .array(participants.map { JSONNode(.string($0)) })),
      JSONMember("date", .string(date)),
      JSONMember("createdAt", .string(createdAt)),
      JSONMember("updatedAt", .string(updatedAt)),
      JSONMember("frameworks", .array(frameworks.map { JSONNode(.string($0)) })),
      JSONMember(
        "banks",
        .object(
          bankVersions.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) }
        )
      ),
    ]
    var answerMembers: [JSONMember] = []
    for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
      answerMembers.append(JSONMember(id, Self.json(answer)))
    }
    members.append(JSONMember("answers", .object(answerMembers)))
    if !targets.isEmpty {
      members.append(
        JSONMember(
          "targets",
          .object(
            targets.sorted { $0.key < $1.key }.map { JSONMember($0.key, .number(String($0.value))) }
          )
        )
      )
    }
    if let timeboxMinutes {
      members.append(JSONMember("timeboxMinutes", .number(String(timeboxMinutes))))
    }
    if anonymousVotes { members.append(JSONMember("anonymousVotes", .bool(true))) }
    if let previous { members.append(JSONMember("previous", Self.json(previous))) }
    if let prework { members.append(JSONMember("prework", Self.json(prework))) }
    if let context = contextJSON { members.append(JSONMember("context", context)) }
    members += otherFields
    return .object(members)
  }

  private static func answer(_ reader: JSONReader) throws(JSONReadError) -> Answer {
    var answer = Answer(
      value: try reader.optionalString("value"),
      note: try reader.optionalString("note"),
      answeredAt: try optionalTimestamp(reader, "answeredAt")
    )
    answer.notApplicableReason = try reader.optionalString("notApplicable")
    if answer.isNotApplicable, answer.notApplicableReason?.trimmingWhitespace().isEmpty ?? true {
      throw JSONReader.error(
        at: try reader.node("value"),
        path: reader.childPath("value"),
        "\"n/a\" needs a reason in \"notApplicable\""
      )
    }
    answer.rationale = try reader.optionalString("rationale")
    answer.dissent = try reader.optionalString("dissent")
    answer.agreed = try reader.optionalString("agreed")
    if let text = try reader.optionalString("confidence") {
      guard let confidence = Confidence(rawValue: text) else {
        throw JSONReader.error(
          at: try reader.node("confidence"),
          path: reader.childPath("confidence"),
          "expected \"assumed\" or \"verified\", found \(JSONReader.quoted(text))"
        )
      }
      answer.confidence = confidence
    }
    for (position, node) in try reader.optionalArray("evidence").enumerated() {
      let item = try JSONReader(node, path: "\(reader.childPath("evidence"))[\(position)]")
      var evidence = Evidence(reference: try item.string("reference"))
      evidence.owner = try item.optionalString("owner")
      evidence.verified = try optionalDay(item, "verified")
      answer.evidence.append(evidence)
    }
    if let votes = try reader.optionalObject("votes") {
      for member in votes.allMembers {
        answer.votes[member.key] = try JSONReader.string(
          member.node,
          path: votes.childPath(member.key)
        )
      }
    }
    answer.owner = try reader.optionalString("owner")
    answer.due = try optionalDay(reader, "due")
    answer.otherFields = reader.unreadMembers()
    return answer
  }

  /// One answer's JSON object; absent fields are left out.
  private static func json(_ answer: Answer) -> JSONValue {
    var fields: [JSONMember] = []
    func add(_ key: String, _ text: String?) {
      if let text { fields.append(JSONMember(key, .string(text))) }
    }
    add("value", answer.value)
    add("notApplicable", answer.notApplicableReason)
    add("note", answer.note)
    add("rationale", answer.rationale)
    add("dissent", answer.dissent)
    add("agreed", answer.agreed)
    add("confidence", answer.confidence?.rawValue)
    if !answer.evidence.isEmpty {
      let items = answer.evidence.map { item in
        var members = [JSONMember("reference", .string(item.reference))]
        if let owner = item.owner { members.append(JSONMember("owner", .string(owner))) }
        if let verified = item.verified {
          members.append(JSONMember("verified", .string(verified)))
        }
        return JSONNode(.object(members))
      }
      fields.append(JSONMember("evidence", .array(items)))
    }
    if !answer.votes.isEmpty {
      fields.append(
        JSONMember(
          "votes",
          .object(
            answer.votes.sorted { $0.key < $1.key }.map { JSONMember($0.key, .string($0.value)) }
          )
        )
      )
    }
    add("owner", answer.owner)
    add("due", answer.due)
    add("answeredAt", answer.answeredAt)
    return .object(fields + answer.otherFields)
  }

  private static func optionalDay(_ reader: JSONReader, _ key: String) throws(JSONReadError)
    -> String?
  {
    guard let text = try reader.optionalString(key) else { return nil }
    guard text.isEmpty || Day(text) != nil else {
      throw JSONReader.error(
        at: try reader.node(key),
        path: reader.childPath(key),
        "expected a date like 2026-11-26, found \(JSONReader.quoted(text))"
      )
    }
    return text.isEmpty ? nil : text
  }

  private static func timestamp(_ reader: JSONReader, _ key: String) throws(JSONReadError) -> String
  {
    try optionalTimestamp(reader, key) ?? ""
  }

  private static func optionalTimestamp(_ reader: JSONReader, _ key: String) throws(JSONReadError)
    -> String?
  {
    guard let text = try reader.optionalString(key) else { return nil }
    guard text.isEmpty || Timestamp(iso8601: text) != nil else {
      throw JSONReader.error(
        at: try reader.node(key),
        path: reader.childPath(key),
        "expected an ISO 8601 UTC time like 2026-11-26T18:52:09Z, found \(JSONReader.quoted(text))"
      )
    }
    return text
  }
}
