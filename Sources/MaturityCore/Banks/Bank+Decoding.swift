import MaturityJSON

extension Bank {
  /// The bank file format this version reads.
  public static let formatVersion = 1
  /// Letters an option may use as its key; the others are wizard commands.
  public static let optionKeyLetters: Set<Character> = [
    "a", "c", "d", "f", "i", "m", "o", "p", "r", "x", "y", "z",
  ]

  /// Decodes and checks a bank from its parsed JSON.
  ///
  /// Checks everything `docs/bank-format.md` requires: types, unknown
  /// fields, id patterns, unique ids and keys, ordered options, and the
  /// fields each scoring rule needs. The first problem is thrown.
  public init(json node: JSONNode) throws(MaturityError) {
    do {
      try self.init(decoding: node)
    } catch {
      throw MaturityError(error)
    }
  }

  /// Decodes a bank; the reader's errors as they are.
  init(decoding node: JSONNode) throws(JSONReadError) {
    let root = try JSONReader(node)
    try root.rejectUnknownKeys(BankSchema.keys(.bank))
    let format = try root.int("format")
    guard format <= Self.formatVersion else {
      throw JSONReader.error(
        at: try root.node("format"),
        path: "format",
        "bank format \(format) was made by a newer mlmaturity (this version reads format \(Self.formatVersion)); upgrade mlmaturity"
      )
    }
    guard format == Self.formatVersion else {
      throw JSONReader.error(
        at: try root.node("format"),
        path: "format",
        "unknown bank format \(format)"
      )
    }
    id = try Self.identifier(root, "id")
    version = try root.string("version")
    guard Self.isSemanticVersion(version) else {
      throw JSONReader.error(
        at: try root.node("version"),
        path: "version",
        "expected a version like 1.0.0, found \(JSONReader.quoted(version))"
      )
    }
    name = try Self.text(root, "name")
    shortName = root.optionalNode("shortName") == nil ? nil : try Self.text(root, "shortName")
    order = try root.optionalInt("order")
    resultKey = root.optionalNode("resultKey") == nil ? nil : try Self.text(root, "resultKey")
    title = try Self.text(root, "title")
    citation = try root.string("citation")
    url = try root.string("url")
    let scoringText = try root.string("scoring")
    guard let rule = ScoringRule(rawValue: scoringText) else {
      let allowed = ScoringRule.allCases.map(\.rawValue).joined(separator: ", ")
      throw JSONReader.error(
        at: try root.node("scoring"),
        path: "scoring",
        "unknown scoring rule \(JSONReader.quoted(scoringText)) (allowed: \(allowed))"
      )
    }
    scoring = rule
    description = try root.string("description")
    notes = try root.stringArray("notes")
    levels = try Self.levels(root, rule: rule)
    var sections: [Section] = []
    var questionIDs = Set<String>()
    let sectionNodes = try root.array("sections")
    guard !sectionNodes.isEmpty else {
      throw JSONReader.error(
        at: try root.node("sections"),
        path: "sections",
        "a bank needs at least one section"
      )
    }
    for (position, sectionNode) in sectionNodes.enumerated() {
      let reader = try JSONReader(sectionNode, path: "sections[\(position)]")
      let section = try Self.section(reader, bankID: id, rule: rule, questionIDs: &questionIDs)
      if sections.contains(where: { $0.id == section.id }) {
        throw JSONReader.error(
          at: sectionNode,
          path: reader.path,
          "duplicate section id \"\(section.id)\""
        )
      }
      sections.append(section)
    }
    try Self.checkGroups(sections, root: root)
    self.sections = sections
    changes = try Self.changes(root)
  }

  // MARK: - Parts

  private static func levels(_ root: JSONReader, rule: ScoringRule) throws(JSONReadError) -> [Level]
  {
    let expected = rule.rule.ladderLength
    let nodes = try root.array("levels")
    guard nodes.count == expected else {
      throw JSONReader.error(
        at: try root.node("levels"),
        path: "levels",
        "the \(rule.rawValue) rule needs \(expected) levels (0 to \(expected - 1)), found \(nodes.count)"
      )
    }
    var levels: [Level] = []
    for (position, node) in nodes.enumerated() {
      let reader = try JSONReader(node, path: "levels[\(position)]")
      try reader.rejectUnknownKeys(BankSchema.keys(.level))
      let number = try reader.int("level")
      guard number == position else {
        throw JSONReader.error(
          at: try reader.node("level"),
          path: reader.childPath("level"),
          "levels must be listed in order: expected \(position), found \(number)"
        )
      }
      levels.append(
        Level(level: number, name: try text(reader, "name"), summary: try text(reader, "summary"))
      )
    }
    return levels
  }

  private static func section(
    _ reader: JSONReader,
    bankID: String,
    rule: ScoringRule,
    questionIDs: inout Set<String>
  ) throws(JSONReadError) -> Section {
    try reader.rejectUnknownKeys(BankSchema.keys(.section))
    let sectionID = try identifier(reader, "id")
    var dimension: AzureDimension?
    if rule.rule.fields.sectionDimensions {
      let text = try reader.string("dimension")
      guard let parsed = AzureDimension(rawValue: text) else {
        throw JSONReader.error(
          at: try reader.node("dimension"),
          path: reader.childPath("dimension"),
          "unknown dimension \(JSONReader.quoted(text)) (allowed: people, process, technology)"
        )
      }
      dimension = parsed
    } else if let node = reader.optionalNode("dimension") {
      throw JSONReader.error(
        at: node,
        path: reader.childPath("dimension"),
        "only azure-levels banks have dimensions"
      )
    }
    var questions: [Question] = []
    let nodes = try reader.array("questions")
    guard !nodes.isEmpty else {
      throw JSONReader.error(
        at: reader.node,
        path: reader.childPath("questions"),
        "a section needs at least one question"
      )
    }
    for (position, node) in nodes.enumerated() {
      let questionReader = try JSONReader(
        node,
        path: "\(reader.childPath("questions"))[\(position)]"
      )
      let question = try Self.question(questionReader, bankID: bankID, rule: rule)
      guard questionIDs.insert(question.id).inserted else {
        throw JSONReader.error(
          at: try questionReader.node("id"),
          path: questionReader.childPath("id"),
          "duplicate question id \"\(question.id)\""
        )
      }
      questions.append(question)
    }
    return Section(
      id: sectionID,
      title: try text(reader, "title"),
      shortTitle: reader.optionalNode("shortTitle") == nil ? nil : try text(reader, "shortTitle"),
      dimension: dimension,
      questions: questions
    )
  }

  private static func question(
    _ reader: JSONReader,
    bankID: String,
    rule: ScoringRule
  ) throws(JSONReadError) -> Question {
    try reader.rejectUnknownKeys(BankSchema.keys(.question))
    let questionID = try reader.string("id")
    let parts = questionID.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 2, parts.allSatisfy({ isIdentifier($0, allowLeadingDigit: true) }),
      isIdentifier(parts[0], allowLeadingDigit: false)
    else {
      throw JSONReader.error(
        at: try reader.node("id"),
        path: reader.childPath("id"),
        "\(JSONReader.quoted(questionID)) is not a valid question id (expected e.g. \(bankID).section.name)"
      )
    }
    guard parts[0] == bankID else {
      throw JSONReader.error(
        at: try reader.node("id"),
        path: reader.childPath("id"),
        "question id \(JSONReader.quoted(questionID)) must start with the bank id \"\(bankID).\""
      )
    }
    let source = try reader.stringArray("source")
    guard !source.isEmpty else {
      throw JSONReader.error(
        at: try reader.node("source"),
        path: reader.childPath("source"),
        "a question must cite at least one reference id"
      )
    }
    var level: Int?
    var optional = false
    if rule.rule.fields.questionLevels {
      let required = try reader.int("level")
      guard required == 1 || required == 2 else {
        throw JSONReader.error(
          at: try reader.node("level"),
          path: reader.childPath("level"),
          "expected level 1 or 2, found \(required)"
        )
      }
      level = required
      guard let flag = try reader.optionalBool("optional") else {
        throw JSONReader.error(
          at: reader.node,
          path: reader.path,
          "missing required field \"optional\""
        )
      }
      optional = flag
    } else {
      for key in ["level", "optional"] {
        if let node = reader.optionalNode(key) {
          throw JSONReader.error(
            at: node,
            path: reader.childPath(key),
            "only google-levels questions have \"\(key)\""
          )
        }
      }
    }
    let options = try Self.options(reader, rule: rule)
    let rules = try Self.questionRules(reader, rule: rule, optional: optional)
    return Question(
      id: questionID,
      title: try text(reader, "title"),
      prompt: try text(reader, "prompt"),
      help: try text(reader, "help"),
      improve: try text(reader, "improve"),
      source: source,
      level: level,
      optional: optional,
      options: options,
      recommended: rules.recommended,
      anyOf: rules.anyOf,
      appliesWhen: rules.appliesWhen,
      productDerived: rules.productDerived
    )
  }

  // MARK: - Field rules

  static func identifier(_ reader: JSONReader, _ key: String) throws(JSONReadError)
    -> String
  {
    let value = try reader.string(key)
    guard isIdentifier(Substring(value), allowLeadingDigit: false) else {
      throw JSONReader.error(
        at: try reader.node(key),
        path: reader.childPath(key),
        "\(JSONReader.quoted(value)) is not a valid id (lower-case letters, digits and '-', starting with a letter)"
      )
    }
    return value
  }

  static func text(_ reader: JSONReader, _ key: String) throws(JSONReadError) -> String {
    let value = try reader.string(key)
    // Any byte above ASCII space (or any non-ASCII byte) is content; this
    // avoids Unicode property look-ups on every text of every bank.
    guard value.utf8.contains(where: { $0 > 0x20 }) else {
      throw JSONReader.error(
        at: try reader.node(key),
        path: reader.childPath(key),
        "must not be empty"
      )
    }
    return value
  }

  static func isIdentifier(_ text: Substring, allowLeadingDigit: Bool) -> Bool {
    let bytes = text.utf8
    guard let first = bytes.first else { return false }
    let isLower: (UInt8) -> Bool = { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    let isDigit: (UInt8) -> Bool = { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    guard isLower(first) || (allowLeadingDigit && isDigit(first)) else { return false }
    return bytes.allSatisfy { isLower($0) || isDigit($0) || $0 == UInt8(ascii: "-") }
  }

  /// `MAJOR.MINOR.PATCH`, each a number without leading zeros (semver).
  static func isSemanticVersion(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 3
      && parts.allSatisfy { part in
        !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber }
          && (part == "0" || part.first != "0")
      }
  }

}
