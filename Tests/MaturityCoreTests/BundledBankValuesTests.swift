import MaturityCore
import Testing

/// The shipped banks are compiled in twice: as JSON text and as values
/// generated from the same files (fast to load). They must never differ.
@Suite("Shipped banks: the generated values equal the checked JSON")
struct BundledBankValuesTests {
  @Test("every generated bank equals the bank decoded, with every check, from its JSON file")
  func generatedBanksEqualDecodedJSON() throws {
    let fromValues = try BankLoader.bundled()
    let fromJSON = try BankLoader.bundledFromJSON()
    #expect(fromValues.map(\.id) == fromJSON.map(\.id))
    #expect(fromValues.count == 3)
    for (values, json) in zip(fromValues, fromJSON) {
      #expect(values == json, "bank \(values.id) differs between the generated values and JSON")
    }
  }

  @Test("the generated banks keep every question, option and reference id")
  func generatedBanksAreComplete() throws {
    let banks = try BankLoader.bundled()
    #expect(banks.reduce(0) { $0 + $1.questions.count } == 91)
    let options = banks.flatMap(\.questions).flatMap(\.options)
    #expect(options.allSatisfy { !$0.label.isEmpty })
    #expect(Set(banks.flatMap(\.referenceIDs)).count >= 152)
  }
}
