import BundledBanks
import MaturityJSON

/// The keys each kind of object in a bank file may have, read from the bank
/// schema (`Resources/schema/bank.schema.json`, embedded at build time).
///
/// The schema is the one list of them: the decoder refuses any other key
/// before it reads an object (so a misspelt required key reads as an
/// unknown field, with the keys allowed), and a key a bank format adds goes
/// into the schema only.
enum BankSchema {
  /// A kind of object in a bank file.
  enum Object: CaseIterable {
    case bank, level, section, question, appliesWhen, option, change

    /// Where the schema lists its properties.
    fileprivate var path: [String] {
      switch self {
      case .bank: []
      case .level: ["$defs", "level"]
      case .section: ["$defs", "section"]
      case .question: ["$defs", "question"]
      case .appliesWhen: ["$defs", "question", "properties", "appliesWhen"]
      case .option: ["$defs", "option"]
      case .change: ["$defs", "change"]
      }
    }
  }

  /// The keys an object of kind `object` may have.
  static func keys(_ object: Object) -> Set<String> { keySets[object] ?? [] }

  private static let keySets: [Object: Set<String>] = {
    guard let text = BundledResources.text("schema/bank.schema.json"),
      let schema = try? JSONParser.parse(Array(text.utf8))
    else { fatalError("the embedded bank schema is missing or not JSON") }
    var sets: [Object: Set<String>] = [:]
    for object in Object.allCases {
      var node = schema
      for key in object.path + ["properties"] {
        guard let next = member(key, of: node) else {
          fatalError(
            "the bank schema has no \((object.path + ["properties"]).joined(separator: "."))"
          )
        }
        node = next
      }
      guard case .object(let properties) = node.value else {
        fatalError("the bank schema's properties of \(object) are not an object")
      }
      sets[object] = Set(properties.map(\.key))
    }
    return sets
  }()

  private static func member(_ key: String, of node: JSONNode) -> JSONNode? {
    guard case .object(let members) = node.value else { return nil }
    return members.first { $0.key == key }?.node
  }
}
