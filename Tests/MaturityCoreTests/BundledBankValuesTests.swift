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
    // 28 ML Test Score tests, 26 Azure questions, 36 Google items (google
    // 2.0.0 asks the ML metadata store with level-1 metadata management).
    #expect(banks.reduce(0) { $0 + $1.questions.count } == 90)
    let questions = banks.flatMap(\.questions)
    #expect(questions.filter { $0.anyOf != nil }.count == 2)
    #expect(questions.filter(\.recommended).count == 12)
    #expect(questions.filter { $0.appliesWhen != nil }.count == 3)
    #expect(questions.filter(\.productDerived).count == 5)
    #expect(banks.allSatisfy { $0.changes.first?.from == "1.0.0" })
    let options = banks.flatMap(\.questions).flatMap(\.options)
    #expect(options.allSatisfy { !$0.label.isEmpty })
    #expect(Set(banks.flatMap(\.referenceIDs)).count >= 152)
  }
}
