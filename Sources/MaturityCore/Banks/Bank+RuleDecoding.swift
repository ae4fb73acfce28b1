import MaturityJSON

/// Decoding of the bank fields that carry the sources' own conditions:
/// `recommended`, `anyOf`, `appliesWhen`, `productDerived` on questions,
/// and the bank's `changes` log.
extension Bank {
  /// The optional condition fields of one question.
  struct QuestionRules {
    var recommended = false
    var anyOf: String?
    var appliesWhen: Applicability?
    var productDerived = false
  }

  /// Reads a question's condition fields, checking that each belongs to
  /// the bank's scoring rule.
  static func questionRules(
    _ reader: JSONReader,
    rule: ScoringRule,
    optional: Bool
  ) throws(JSONReadError) -> QuestionRules {
    var rules = QuestionRules()
    rules.recommended = try reader.optionalBool("recommended") ?? false
    if let node = reader.optionalNode("anyOf") {
      rules.anyOf = try identifier(reader, "anyOf")
      _ = node
    }
    for key in ["recommended", "anyOf"] where !rule.rule.fields.questionLevels {
      if let node = reader.optionalNode(key) {
        throw JSONReader.error(
          at: node,
          path: reader.childPath(key),
          "only google-levels questions have \"\(key)\""
        )
      }
    }
    let exclusive = [optional, rules.recommended, rules.anyOf != nil].filter { $0 }.count
    if exclusive > 1 {
      throw JSONReader.error(
        at: reader.node,
        path: reader.path,
        "a question is at most one of optional, recommended or in an anyOf group"
      )
    }
    rules.productDerived = try reader.optionalBool("productDerived") ?? false
    if rules.productDerived, !rule.rule.fields.productDerived,
      let node = reader.optionalNode("productDerived")
    {
      throw JSONReader.error(
        at: node,
        path: reader.childPath("productDerived"),
        "only azure-levels questions have \"productDerived\""
      )
    }
    if let condition = try reader.optionalObject("appliesWhen") {
      rules.appliesWhen = try applicability(condition)
    }
    return rules
  }

  private static func applicability(_ reader: JSONReader) throws(JSONReadError) -> Applicability {
    try reader.rejectUnknownKeys(BankSchema.keys(.appliesWhen))
    let key = try reader.string("key")
    let values = try reader.stringArray("in")
    guard let known = SystemContext.key(key) else {
      throw JSONReader.error(
        at: try reader.node("key"),
        path: reader.childPath("key"),
        SystemContext.check(key: key, value: "") ?? "unknown context key"
      )
    }
    guard !values.isEmpty, values.allSatisfy(known.values.contains) else {
      throw JSONReader.error(
        at: try reader.node("in"),
        path: reader.childPath("in"),
        "expected some of \(known.values.joined(separator: ", "))"
      )
    }
    let source = try text(reader, "source")
    return Applicability(key: key, values: values, source: source)
  }

  /// Checks that every anyOf group has at least two items, all at one level.
  static func checkGroups(_ sections: [Section], root: JSONReader) throws(JSONReadError) {
    var levels: [String: Set<Int>] = [:]
    var counts: [String: Int] = [:]
    for question in sections.flatMap(\.questions) {
      guard let group = question.anyOf else { continue }
      levels[group, default: []].insert(question.level ?? 0)
      counts[group, default: 0] += 1
    }
    for (group, count) in counts.sorted(by: { $0.key < $1.key }) {
      if count < 2 || levels[group]?.count != 1 {
        throw JSONReader.error(
          at: try root.node("sections"),
          path: "sections",
          "anyOf group \"\(group)\" needs at least two questions, all at one level"
        )
      }
    }
  }

  /// Reads the bank's change log (absent: none).
  static func changes(_ root: JSONReader) throws(JSONReadError) -> [BankChange] {
    var changes: [BankChange] = []
    for (position, node) in try root.optionalArray("changes").enumerated() {
      let reader = try JSONReader(node, path: "changes[\(position)]")
      try reader.rejectUnknownKeys(BankSchema.keys(.change))
      var change = BankChange(from: try reader.string("from"))
      change.added = try reader.stringArray("added")
      change.removed = try reader.stringArray("removed")
      change.reworded = try reader.stringArray("reworded")
      change.renamed = try stringMap(reader, "renamed")
      if let options = try reader.optionalObject("options") {
        for member in options.allMembers {
          let inner = try JSONReader(member.node, path: options.childPath(member.key))
          change.options[member.key] = try stringMap(inner)
        }
      }
      changes.append(change)
    }
    return changes
  }

  private static func stringMap(_ reader: JSONReader, _ key: String) throws(JSONReadError)
    -> [String: String]
  {
    guard let object = try reader.optionalObject(key) else { return [:] }
    return try stringMap(object)
  }

  private static func stringMap(_ object: JSONReader) throws(JSONReadError) -> [String: String] {
    var map: [String: String] = [:]
    for member in object.allMembers {
      map[member.key] = try JSONReader.string(member.node, path: object.childPath(member.key))
    }
    return map
  }
}
