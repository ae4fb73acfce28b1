import MaturityJSON

extension Bank {
  /// Decodes and checks a question's options: 2 to 9, unique ids and keys,
  /// the fields the scoring rule needs, ordered from least to most mature.
  static func options(_ reader: JSONReader, rule: ScoringRule) throws(JSONReadError)
    -> [AnswerOption]
  {
    let nodes = try reader.array("options")
    let path = reader.childPath("options")
    guard (2...9).contains(nodes.count) else {
      throw JSONReader.error(
        at: try reader.node("options"),
        path: path,
        "a question needs 2 to 9 options, found \(nodes.count)"
      )
    }
    var options: [AnswerOption] = []
    for (position, node) in nodes.enumerated() {
      let option = try JSONReader(node, path: "\(path)[\(position)]")
      try option.rejectUnknownKeys(BankSchema.keys(.option))
      let optionID = try identifier(option, "id")
      let keyText = try option.string("key")
      guard keyText.count == 1, let key = keyText.first, optionKeyLetters.contains(key) else {
        let allowed = optionKeyLetters.sorted().map(String.init).joined(separator: " ")
        throw JSONReader.error(
          at: try option.node("key"),
          path: option.childPath("key"),
          "\(JSONReader.quoted(keyText)) is not an allowed option key (one of: \(allowed))"
        )
      }
      var points: Double?
      var level: Int?
      if rule.rule.fields.optionLevels {
        let value = try option.int("level")
        guard (0...4).contains(value) else {
          throw JSONReader.error(
            at: try option.node("level"),
            path: option.childPath("level"),
            "expected a level from 0 to 4, found \(value)"
          )
        }
        level = value
        if let stray = option.optionalNode("points") {
          throw JSONReader.error(
            at: stray,
            path: option.childPath("points"),
            "azure-levels options have \"level\", not \"points\""
          )
        }
      } else {
        guard let value = try option.optionalDouble("points") else {
          throw JSONReader.error(at: node, path: option.path, "missing required field \"points\"")
        }
        guard value == 0 || value == 0.5 || value == 1 else {
          throw JSONReader.error(
            at: try option.node("points"),
            path: option.childPath("points"),
            "points must be 0, 0.5 or 1"
          )
        }
        points = value
        if let stray = option.optionalNode("level") {
          throw JSONReader.error(
            at: stray,
            path: option.childPath("level"),
            "only azure-levels options have \"level\""
          )
        }
      }
      if let previous = options.last {
        let ordered =
          rule.rule.fields.optionLevels
          ? (previous.level ?? 0) <= (level ?? 0) : (previous.points ?? 0) < (points ?? 0)
        guard ordered else {
          throw JSONReader.error(
            at: node,
            path: option.path,
            rule.rule.fields.optionLevels
              ? "options must be ordered from least to most mature (each level at least the one before)"
              : "options must be ordered from least to most mature (each points higher than the one before)"
          )
        }
      }
      if options.contains(where: { $0.id == optionID }) {
        throw JSONReader.error(at: node, path: option.path, "duplicate option id \"\(optionID)\"")
      }
      if options.contains(where: { $0.key == key }) {
        throw JSONReader.error(at: node, path: option.path, "duplicate option key \"\(key)\"")
      }
      options.append(
        AnswerOption(
          id: optionID,
          key: key,
          label: try text(option, "label"),
          points: points,
          level: level,
          next: option.optionalNode("next") == nil ? nil : try text(option, "next")
        )
      )
    }
    if let last = nodes.last, let stray = try JSONReader(last).optionalNode("next") {
      throw JSONReader.error(
        at: stray,
        path: "\(path)[\(nodes.count - 1)].next",
        "the most mature option has no next step (give \"next\" to the options before it)"
      )
    }
    if rule.rule.fields.optionLevels, options.last?.level != 4 {
      throw JSONReader.error(
        at: try reader.node("options"),
        path: path,
        "the last option of an azure-levels question must be level 4"
      )
    }
    return options
  }
}
