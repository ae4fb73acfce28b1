/// A framework's question bank: its sections, questions and options, loaded
/// from a JSON file (see `docs/bank-format.md`).
///
/// Banks are data, never code: the shipped ones live in `Resources/questions/`
/// and a team may pass its own with `--bank FILE`.
public struct Bank: Sendable, Equatable {
  /// Framework id: `azure`, `google`, `mlts`, or a user bank's id.
  public var id: String
  /// Semantic version; sessions record which version they were answered with.
  public var version: String
  /// Short name for the UI, e.g. `ML Test Score`.
  public var name: String
  /// The shortest name, for the wizard's score panel and narrow panes,
  /// e.g. `MLTS` (`nil`: the bank gives none, ``compactName`` is the name).
  public var shortName: String? = nil
  /// Where a shipped bank sorts among the shipped banks, lowest first
  /// (`nil`: after those that give one). Banks given with `--bank` follow
  /// the shipped ones, or take the place of the one they replace.
  public var order: Int? = nil
  /// The key of the bank's result object in `score --json` (`nil`: the id).
  public var resultKey: String? = nil
  /// The framework's official title.
  public var title: String
  /// Where the framework comes from.
  public var citation: String
  /// Address of the source.
  public var url: String
  /// Which scoring rule applies.
  public var scoring: ScoringRule
  /// What the framework judges, in our words.
  public var description: String
  /// Notes on coverage choices.
  public var notes: [String]
  /// The result ladder: levels (Azure 0-4, Google 0-2) or bands (ML Test Score 0-5).
  public var levels: [Level]
  /// Sections in display order.
  public var sections: [Section]
  /// What changed from earlier versions, newest last (see ``BankChange``).
  public var changes: [BankChange] = []

  /// The short name, or the name when the bank gives none.
  public var compactName: String { shortName ?? name }

  /// Every question in display order.
  public var questions: [Question] { sections.flatMap(\.questions) }

  /// The question with `id`, if the bank has it.
  public func question(_ id: String) -> Question? {
    for section in sections {
      if let found = section.questions.first(where: { $0.id == id }) { return found }
    }
    return nil
  }

  /// The section that holds question `id`.
  public func section(ofQuestion id: String) -> Section? {
    sections.first { $0.questions.contains { $0.id == id } }
  }

  /// Every reference id the bank's questions cite, sorted and unique.
  public var referenceIDs: [String] {
    Array(Set(questions.flatMap(\.source))).sorted()
  }
}

/// One rung of a framework's ladder.
public struct Level: Sendable, Equatable {
  /// The number, equal to its position.
  public var level: Int
  /// Official name (or, for ML Test Score bands, the score range).
  public var name: String
  /// What it means, in our words.
  public var summary: String
}

/// A group of questions.
public struct Section: Sendable, Equatable {
  /// Unique in the bank.
  public var id: String
  /// Official title where there is one.
  public var title: String
  /// A short name for narrow screens (`nil`: the title is short enough).
  public var shortTitle: String? = nil
  /// The Azure dimension its questions count toward (Azure banks only).
  public var dimension: AzureDimension?
  /// Questions in display order.
  public var questions: [Question]

  /// The short title, or the title when the bank gives none.
  public var compactTitle: String { shortTitle ?? title }
}

/// The three dimensions the Azure model judges.
public enum AzureDimension: String, Sendable, CaseIterable, Comparable {
  case people, process, technology

  /// Display name.
  public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

  public static func < (lhs: AzureDimension, rhs: AzureDimension) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// One question with its ordered options.
public struct Question: Sendable, Equatable {
  /// Stable id; answers are keyed by it.
  public var id: String
  /// Short title (exact official title for ML Test Score tests).
  public var title: String
  /// The question asked.
  public var prompt: String
  /// What it means and how to tell.
  public var help: String
  /// A first step to improve on it.
  public var improve: String
  /// Reference ids covered.
  public var source: [String]
  /// Google only: the level that requires the item.
  public var level: Int?
  /// Google only: optional items never block a level.
  public var optional: Bool
  /// Options from least to most mature.
  public var options: [AnswerOption]
  /// Google only: one of the source's examples, counted as a recommended
  /// check ("9 of 12 recommended checks in place"); it never holds a level.
  public var recommended: Bool = false
  /// Google only: the any-of group the item belongs to. A group is in place
  /// when any one of its items is; the group, not each item, is required.
  public var anyOf: String?
  /// When the question applies, from the source's own condition; `nil`:
  /// always.
  public var appliesWhen: Applicability?
  /// Azure only: derived from a [2024+] bullet that names an Azure product.
  public var productDerived: Bool = false

  /// The option with `id`.
  public func option(_ id: String) -> AnswerOption? { options.first { $0.id == id } }

  /// The option typed with `key` (its letter, or its 1-based position as a digit).
  public func option(forKey key: Character) -> AnswerOption? {
    if let digit = key.wholeNumberValue, digit >= 1, digit <= options.count {
      return options[digit - 1]
    }
    return options.first { $0.key == key }
  }

  /// How a Google item counts, for display: `optional`, `recommended`,
  /// `any one of its group`; `nil` for a required gate (and other rules).
  public var roleNote: String? {
    if optional { return "optional" }
    if recommended { return "recommended" }
    if anyOf != nil { return "any one of its group" }
    return nil
  }

  /// AnswerOption ids joined for messages: `none, manual, automated`.
  public var allowedAnswers: String { options.map(\.id).joined(separator: ", ") }
}

/// One answer a question allows.
public struct AnswerOption: Sendable, Equatable {
  /// Stored in sessions.
  public var id: String
  /// The letter that chooses it in the wizard.
  public var key: Character
  /// Shown in the wizard.
  public var label: String
  /// ML Test Score and Google: 0, 0.5 or 1.
  public var points: Double?
  /// Azure: the highest level the statement is consistent with.
  public var level: Int?
  /// The concrete step from this answer to the next more mature option
  /// (`nil` for the most mature option, and in banks without per-option
  /// steps: then the question's ``Question/improve`` is the advice).
  public var next: String? = nil
}
