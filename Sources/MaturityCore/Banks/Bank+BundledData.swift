import BundledBanks

extension Bank {
  /// A shipped bank from the values generated at build time (see
  /// `BankData`): no JSON to parse at start-up. The test suite checks that
  /// every generated bank equals the bank decoded from its JSON file, so
  /// the checks of the JSON decoder hold for these too.
  init(data: BankData) throws(MaturityError) {
    let path = "Resources/questions/\(data.id).json"
    guard let rule = ScoringRule(rawValue: data.scoring) else {
      throw MaturityError(.badData, path: path, "unknown scoring rule \"\(data.scoring)\"")
    }
    id = data.id
    version = data.version
    name = data.name
    shortName = data.shortName
    order = data.order
    resultKey = data.resultKey
    title = data.title
    citation = data.citation
    url = data.url
    scoring = rule
    description = data.description
    notes = data.notes
    levels = data.levels.map { Level(level: $0.level, name: $0.name, summary: $0.summary) }
    var sections: [Section] = []
    for section in data.sections {
      var dimension: AzureDimension?
      if let text = section.dimension {
        guard let parsed = AzureDimension(rawValue: text) else {
          throw MaturityError(.badData, path: path, "unknown dimension \"\(text)\"")
        }
        dimension = parsed
      }
      var questions: [Question] = []
      for question in section.questions {
        var options: [AnswerOption] = []
        for option in question.options {
          guard option.key.count == 1, let key = option.key.first else {
            throw MaturityError(.badData, path: path, "bad option key \"\(option.key)\"")
          }
          options.append(
            AnswerOption(
              id: option.id,
              key: key,
              label: option.label,
              points: option.points,
              level: option.level,
              next: option.next
            )
          )
        }
        questions.append(
          Question(
            id: question.id,
            title: question.title,
            prompt: question.prompt,
            help: question.help,
            improve: question.improve,
            source: question.source,
            level: question.level,
            optional: question.optional,
            options: options,
            recommended: question.recommended,
            anyOf: question.anyOf,
            appliesWhen: question.appliesKey.map {
              Applicability(
                key: $0,
                values: question.appliesValues,
                source: question.appliesSource ?? ""
              )
            },
            productDerived: question.productDerived
          )
        )
      }
      sections.append(
        Section(
          id: section.id,
          title: section.title,
          shortTitle: section.shortTitle,
          dimension: dimension,
          questions: questions
        )
      )
    }
    self.sections = sections
    changes = data.changes.map {
      BankChange(
        from: $0.from,
        added: $0.added,
        removed: $0.removed,
        reworded: $0.reworded,
        renamed: $0.renamed,
        options: $0.options
      )
    }
  }
}
