import MaturityJSON

/// The file form of ``PreviousRound`` and ``Prework``.
extension Session {
  static func previousRound(_ root: JSONReader) throws(JSONReadError) -> PreviousRound? {
    guard let object = try root.optionalObject("previous") else { return nil }
    var record = PreviousRound(
      file: try object.optionalString("file") ?? "",
      date: try object.optionalString("date") ?? ""
    )
    if let answers = try object.optionalObject("answers") {
      for member in answers.allMembers {
        let entry = try JSONReader(member.node, path: answers.childPath(member.key))
        record.answers[member.key] = try entry.string("value")
        if let reason = try entry.optionalString("notApplicable") {
          record.reasons[member.key] = reason
        }
      }
    }
    return record
  }

  static func prework(_ root: JSONReader) throws(JSONReadError) -> Prework? {
    guard let object = try root.optionalObject("prework") else { return nil }
    let participant = try object.string("participant")
    guard !participant.trimmingWhitespace().isEmpty else {
      throw JSONReader.error(
        at: try object.node("participant"),
        path: object.childPath("participant"),
        "a pre-work file needs the participant's name"
      )
    }
    return Prework(participant: participant, workshop: try object.optionalString("workshop"))
  }

  static func json(_ previous: PreviousRound) -> JSONValue {
    let answers = previous.answers.sorted { $0.key < $1.key }.map { id, value in
      var fields = [JSONMember("value", .string(value))]
      if let reason = previous.reasons[id] {
        fields.append(JSONMember("notApplicable", .string(reason)))
      }
      return JSONMember(id, .object(fields))
    }
    return .object([
      JSONMember("file", .string(previous.file)),
      JSONMember("date", .string(previous.date)),
      JSONMember("answers", .object(answers)),
    ])
  }

  static func json(_ prework: Prework) -> JSONValue {
    var fields = [JSONMember("participant", .string(prework.participant))]
    if let workshop = prework.workshop { fields.append(JSONMember("workshop", .string(workshop))) }
    return .object(fields)
  }
}
