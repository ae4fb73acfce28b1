import BundledBanks
import MaturityJSON

/// Loads question banks: the ones shipped inside the binary, and user bank
/// files. The only place that knows where banks come from.
public enum BankLoader {
  /// The ids of the shipped frameworks in display order (their banks'
  /// `order`).
  public static var bundledOrder: [String] { ((try? bundled()) ?? []).map(\.id) }

  /// The banks shipped with mlmaturity, in their `order`.
  ///
  /// - Throws: when a shipped bank is broken, which the test suite rules out.
  public static func bundled() throws(MaturityError) -> [Bank] {
    var banks: [Bank] = []
    for data in EmbeddedBanks.all {
      banks.append(try Bank(data: data))
    }
    return inOrder(banks)
  }

  /// The shipped banks decoded from their embedded JSON files with every
  /// check of the format; the test suite compares them with ``bundled()``.
  public static func bundledFromJSON() throws(MaturityError) -> [Bank] {
    var banks: [Bank] = []
    for path in BundledResources.paths(in: "questions") {
      guard let text = BundledResources.text(path) else { continue }
      banks.append(try parse(Array(text.utf8), path: "Resources/\(path)"))
    }
    return inOrder(banks)
  }

  /// Reads and checks the bank file at `path`.
  public static func load(path: String) throws(MaturityError) -> Bank {
    try parse(try FileIO.read(path), path: path)
  }

  /// Parses and checks bank JSON; errors name `path`.
  public static func parse(_ bytes: [UInt8], path: String) throws(MaturityError) -> Bank {
    do {
      let node = try JSONParser.parse(bytes)
      return try Bank(json: node)
    } catch let error as JSONParseError {
      throw MaturityError(.badData, path: path, error.description)
    } catch let error as MaturityError {
      throw error.at(path: path)
    } catch {
      throw MaturityError(.badData, path: path, "\(error)")
    }
  }

  /// The shipped banks with user banks added; a user bank replaces a shipped
  /// one with the same id.
  public static func catalog(userBankPaths: [String] = []) throws(MaturityError) -> BankCatalog {
    var banks = try bundled()
    for path in userBankPaths {
      let bank = try load(path: path)
      if let existing = banks.firstIndex(where: { $0.id == bank.id }) {
        banks[existing] = bank
      } else {
        banks.append(bank)
      }
    }
    return try BankCatalog(banks)
  }

  /// `banks` sorted by their `order`; banks without one keep their place
  /// after those with one (the sort is stable).
  private static func inOrder(_ banks: [Bank]) -> [Bank] {
    banks.enumerated()
      .sorted {
        ($0.element.order ?? Int.max, $0.offset) < ($1.element.order ?? Int.max, $1.offset)
      }
      .map(\.element)
  }
}

/// The banks in use, with question ids unique across all of them.
public struct BankCatalog: Sendable {
  /// Banks in display order.
  public let banks: [Bank]
  private let questionIndex: [String: Int]

  /// Builds a catalog; throws when two banks share a question id.
  public init(_ banks: [Bank]) throws(MaturityError) {
    var index: [String: Int] = [:]
    for (position, bank) in banks.enumerated() {
      for question in bank.questions {
        if let other = index[question.id] {
          throw MaturityError(
            .badData,
            "question id \"\(question.id)\" is in both bank \"\(banks[other].id)\" and bank \"\(bank.id)\""
          )
        }
        index[question.id] = position
      }
    }
    self.banks = banks
    self.questionIndex = index
  }

  /// The bank with `id`.
  public func bank(_ id: String) -> Bank? { banks.first { $0.id == id } }

  /// The bank that has question `id`, and the question.
  public func lookup(_ questionID: String) -> (bank: Bank, question: Question)? {
    guard let position = questionIndex[questionID],
      let question = banks[position].question(questionID)
    else { return nil }
    return (banks[position], question)
  }
}
