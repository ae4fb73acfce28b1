extension Session {
  private static let knownKeys: Set<String> = [
    "formatVersion", "toolVersion", "team", "system", "facilitator", "participants", "date",
    "createdAt", "updatedAt", "frameworks", "banks", "answers",
  ]

  /// Decodes a session from its parsed JSON.
  ///
  /// - Throws: ``MaturityError`` (`.badData`) naming the line, column and
  ///   field; a file from a newer mlmaturity gets its own message.
  public init(json node: JSONNode) throws(MaturityError) {
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
    toolVersion = try root.optionalString("toolVersion") ?? ""
    team = try root.optionalString("team") ?? ""
    system = try root.optionalString("system") ?? ""
    facilitator = try root.optionalString("facilitator") ?? ""
    participants = try root.stringArray("participants")
    date = try root.optionalString("date") ?? ""
    if !date.isEmpty, Timestamp(iso8601: date + "T00:00:00Z") == nil {
      throw JSONReader.error(
        at: try root.node("date"),
        path: "date",
        "expected a date like 2026-11-26, found \"\(date)\""
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
        var answer = Answer(
          value: try reader.optionalString("value"),
          note: try reader.optionalString("note"),
          answeredAt: try Self.optionalTimestamp(reader, "answeredAt")
        )
        answer.otherFields = reader.otherMembers(["value", "note", "answeredAt"])
        answers[member.key] = answer
      }
    }
    otherFields = root.otherMembers(Self.knownKeys)
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
      var fields: [JSONMember] = []
      if let value = answer.value { fields.append(JSONMember("value", .string(value))) }
      if let note = answer.note { fields.append(JSONMember("note", .string(note))) }
      if let time = answer.answeredAt { fields.append(JSONMember("answeredAt", .string(time))) }
      fields += answer.otherFields
      answerMembers.append(JSONMember(id, .object(fields)))
    }
    members.append(JSONMember("answers", .object(answerMembers)))
    members += otherFields
    return .object(members)
  }

  private static func timestamp(_ reader: JSONReader, _ key: String) throws(MaturityError) -> String
  {
    try optionalTimestamp(reader, key) ?? ""
  }

  private static func optionalTimestamp(_ reader: JSONReader, _ key: String) throws(MaturityError)
    -> String?
  {
    guard let text = try reader.optionalString(key) else { return nil }
    guard text.isEmpty || Timestamp(iso8601: text) != nil else {
      throw JSONReader.error(
        at: try reader.node(key),
        path: reader.childPath(key),
        "expected an ISO 8601 UTC time like 2026-11-26T18:52:09Z, found \"\(text)\""
      )
    }
    return text
  }
}
