/// A shipped question bank as plain values, generated at build time from
/// `Resources/questions/*.json` by the `EmbedResources` tool.
///
/// Building these values costs far less at start-up than parsing the JSON;
/// MaturityCore turns them into `Bank`s, and a test checks that they equal
/// the banks decoded from the JSON files.
public struct BankData: Sendable {
  public let id: String
  public let version: String
  public let name: String
  /// The optional `shortName`, `order` and `resultKey` of the bank file.
  public let shortName: String?
  public let order: Int?
  public let resultKey: String?
  public let title: String
  public let citation: String
  public let url: String
  public let scoring: String
  public let description: String
  public let notes: [String]
  public let levels: [LevelData]
  public let sections: [SectionData]
  /// The change log: each entry `from`, `added`, `removed`, `reworded`,
  /// `renamed` (old → new) and `options` (question → old → new).
  public let changes: [ChangeData]

  /// Creates bank data (used by the generated source).
  public init(
    id: String,
    version: String,
    name: String,
    shortName: String? = nil,
    order: Int? = nil,
    resultKey: String? = nil,
    title: String,
    citation: String,
    url: String,
    scoring: String,
    description: String,
    notes: [String],
    levels: [LevelData],
    sections: [SectionData],
    changes: [ChangeData] = []
  ) {
    self.id = id
    self.version = version
    self.name = name
    self.shortName = shortName
    self.order = order
    self.resultKey = resultKey
    self.title = title
    self.citation = citation
    self.url = url
    self.scoring = scoring
    self.description = description
    self.notes = notes
    self.levels = levels
    self.sections = sections
    self.changes = changes
  }
}

/// One entry of a bank's change log.
public struct ChangeData: Sendable {
  public let from: String
  public let added: [String]
  public let removed: [String]
  public let reworded: [String]
  public let renamed: [String: String]
  public let options: [String: [String: String]]

  /// Creates change data.
  public init(
    from: String,
    added: [String],
    removed: [String],
    reworded: [String],
    renamed: [String: String],
    options: [String: [String: String]]
  ) {
    self.from = from
    self.added = added
    self.removed = removed
    self.reworded = reworded
    self.renamed = renamed
    self.options = options
  }
}

/// One rung of a bank's ladder.
public struct LevelData: Sendable {
  public let level: Int
  public let name: String
  public let summary: String

  /// Creates level data.
  public init(level: Int, name: String, summary: String) {
    self.level = level
    self.name = name
    self.summary = summary
  }
}

/// One section of a bank.
public struct SectionData: Sendable {
  public let id: String
  public let title: String
  public let shortTitle: String?
  public let dimension: String?
  public let questions: [QuestionData]

  /// Creates section data.
  public init(
    id: String,
    title: String,
    shortTitle: String? = nil,
    dimension: String?,
    questions: [QuestionData]
  ) {
    self.id = id
    self.title = title
    self.shortTitle = shortTitle
    self.dimension = dimension
    self.questions = questions
  }
}

/// One question of a bank.
public struct QuestionData: Sendable {
  public let id: String
  public let title: String
  public let prompt: String
  public let help: String
  public let improve: String
  public let source: [String]
  public let level: Int?
  public let optional: Bool
  public let options: [OptionData]
  public let recommended: Bool
  public let anyOf: String?
  /// `appliesWhen` as key, values and source (all empty when absent).
  public let appliesKey: String?
  public let appliesValues: [String]
  public let appliesSource: String?
  public let productDerived: Bool

  /// Creates question data.
  public init(
    id: String,
    title: String,
    prompt: String,
    help: String,
    improve: String,
    source: [String],
    level: Int?,
    optional: Bool,
    options: [OptionData],
    recommended: Bool = false,
    anyOf: String? = nil,
    appliesKey: String? = nil,
    appliesValues: [String] = [],
    appliesSource: String? = nil,
    productDerived: Bool = false
  ) {
    self.id = id
    self.title = title
    self.prompt = prompt
    self.help = help
    self.improve = improve
    self.source = source
    self.level = level
    self.optional = optional
    self.options = options
    self.recommended = recommended
    self.anyOf = anyOf
    self.appliesKey = appliesKey
    self.appliesValues = appliesValues
    self.appliesSource = appliesSource
    self.productDerived = productDerived
  }
}

/// One option of a question.
public struct OptionData: Sendable {
  public let id: String
  public let key: String
  public let label: String
  public let points: Double?
  public let level: Int?
  /// The step to the next more mature option (`nil`: none given).
  public let next: String?

  /// Creates option data.
  public init(
    id: String,
    key: String,
    label: String,
    points: Double?,
    level: Int?,
    next: String? = nil
  ) {
    self.id = id
    self.key = key
    self.label = label
    self.points = points
    self.level = level
    self.next = next
  }
}
