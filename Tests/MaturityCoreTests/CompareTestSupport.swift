import Foundation
import MaturityCore
import Testing

/// Hand-made sessions for the compare tests, answered against the shipped
/// banks.
enum CompareFixture {
  /// The shipped banks as a catalog.
  static let catalog: BankCatalog = {
    do {
      return try BankLoader.catalog()
    } catch {
      fatalError("the shipped banks do not load: \(error)")
    }
  }()

  /// The shipped bank `id`.
  static func bank(_ id: String) -> Bank {
    guard let bank = catalog.bank(id) else { fatalError("no shipped bank \(id)") }
    return bank
  }

  /// A session of every shipped framework at the shipped versions, with
  /// `values` as answers and `notes` as notes.
  static func session(
    _ values: [String: String],
    notes: [String: String] = [:],
    versions: [String: String] = [:],
    frameworks: [String] = ["azure", "google", "mlts"],
    team: String = "Payments ML",
    system: String = "fraud-scoring",
    date: String = "2026-01-15"
  ) -> Session {
    var session = Session.new(
      banks: frameworks.map(bank),
      now: Timestamp(iso8601: date + "T10:00:00Z") ?? Timestamp(secondsSince1970: 0)
    )
    session.team = team
    session.system = system
    for (id, version) in versions { session.bankVersions[id] = version }
    for (id, value) in values {
      session.answers[id] = Answer(value: value, answeredAt: date + "T10:00:00Z")
    }
    for (id, note) in notes {
      var answer = session.answers[id] ?? Answer()
      answer.note = note
      session.answers[id] = answer
    }
    return session
  }

  /// ML Test Score answers whose section sums are the given figures: the
  /// first tests of each section automated, then one manual for a half
  /// point, the rest `none`.
  static func mlts(_ data: Double, _ model: Double, _ infra: Double, _ monitor: Double)
    -> [String: String]
  {
    var values: [String: String] = [:]
    for (section, sum) in [
      ("data", data), ("model", model), ("infra", infra), ("monitor", monitor),
    ] {
      let automated = Int(sum)
      for number in 1...7 {
        let half = sum - Double(automated) == 0.5 && number == automated + 1
        values["mlts.\(section).\(number)"] =
          number <= automated ? "automated" : (half ? "manual" : "none")
      }
    }
    return values
  }

  /// Every Azure question answered with the option at `level` or the
  /// lowest option above it.
  static func azure(atLeast level: Int) -> [String: String] {
    var values: [String: String] = [:]
    for question in bank("azure").questions {
      let option =
        question.options.first { ($0.level ?? 0) >= level }
        ?? question.options[question.options.count - 1]
      values[question.id] = option.id
    }
    return values
  }

  /// The diff of two sessions with the shipped banks.
  static func diff(_ old: Session, _ new: Session) -> SessionDiff {
    SessionDiff(old: old, new: new, catalog: catalog)
  }

  /// `Tests/Fixtures/compare/<name>`, loaded.
  static func fixture(_ name: String) throws -> Session {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/compare/\(name)").path
    return try SessionFile.load(path)
  }
}
