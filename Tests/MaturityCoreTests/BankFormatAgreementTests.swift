import MaturityCore
import Testing

/// The tiny ML Test Score bank with its first occurrence of `old` replaced.
func tinyBank(replacing old: String, with new: String) throws -> [UInt8] {
  var text = String(decoding: try Fixture.bytes("banks/tiny-mlts.json"), as: UTF8.self)
  let range = try #require(text.range(of: old))
  text.replaceSubrange(range, with: new)
  return Array(text.utf8)
}

// docs/bank-format.md and Resources/schema/bank.schema.json give the
// patterns; the loader must accept and reject the same texts.
@Suite("Bank format: the loader agrees with the documented patterns")
struct BankFormatAgreementTests {
  @Test(
    "question ids matching ^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$ are accepted",
    arguments: ["tiny.data.x-", "tiny.1.2", "tiny.a-b.c-d"]
  )
  func documentedQuestionIDs(id: String) throws {
    let bytes = try tinyBank(replacing: #""id": "tiny.data.one""#, with: #""id": "\#(id)""#)
    #expect(try BankLoader.parse(bytes, path: "x").questions[0].id == id)
  }

  @Test(
    "question id parts starting with '-' are rejected, as the documented pattern requires",
    arguments: ["tiny.-x", "tiny.data.-"]
  )
  func leadingHyphenInQuestionID(id: String) throws {
    let bytes = try tinyBank(replacing: #""id": "tiny.data.one""#, with: #""id": "\#(id)""#)
    let error = caught { try BankLoader.parse(bytes, path: "x") }
    #expect(error?.kind == .badData)
    #expect(error?.message.contains("is not a valid question id") == true)
  }

  @Test(
    "a version with a leading zero is rejected, as the schema pattern requires",
    arguments: ["01.0.0", "1.00.0"]
  )
  func leadingZeroVersion(version: String) throws {
    let bytes = try tinyBank(replacing: #""version": "1.0.0""#, with: #""version": "\#(version)""#)
    #expect(
      caught { try BankLoader.parse(bytes, path: "x") }
        == MaturityError(
          .badData,
          path: "x",
          #"line 4, column 14: version: expected a version like 1.0.0, found "\#(version)""#
        )
    )
  }
}
