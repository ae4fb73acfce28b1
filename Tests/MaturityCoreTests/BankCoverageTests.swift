import Foundation
import MaturityCore
import Testing

/// The reference ids in `reference` that no question of `banks` cites, in
/// the order of `reference`.
func uncitedReferenceIDs(_ reference: [String], banks: [Bank]) -> [String] {
  let cited = Set(banks.flatMap(\.referenceIDs))
  return reference.filter { !cited.contains($0) }
}

/// The ids listed in `Tests/Fixtures/reference-ids.txt`, one a line (blank
/// lines and `#` comments skipped).
func referenceIDs() throws -> [String] {
  let text = String(decoding: try Fixture.bytes("reference-ids.txt"), as: UTF8.self)
  return text.split(whereSeparator: \.isNewline)
    .map { $0.trimmingCharacters(in: .whitespaces) }
    .filter { !$0.isEmpty && !$0.hasPrefix("#") }
}

@Suite("Coverage: the shipped banks cite every reference id")
struct BankCoverageTests {
  @Test("every id in Tests/Fixtures/reference-ids.txt is cited by some shipped question")
  func everyReferenceIDIsCited() throws {
    let reference = try referenceIDs()
    try #require(reference.count > 100, "reference-ids.txt looks truncated: \(reference.count) ids")
    let missing = uncitedReferenceIDs(reference, banks: try BankLoader.bundled())
    if !missing.isEmpty {
      Issue.record(
        "\(missing.count) reference id(s) no shipped question cites: \(missing.joined(separator: ", "))"
      )
    }
  }

  @Test("the reference list covers all three frameworks")
  func referenceListShape() throws {
    let reference = try referenceIDs()
    #expect(reference.filter { $0.hasPrefix("MLTS-") }.count == 28)
    #expect(reference.contains("AZ-L0-PEOPLE-1"))
    #expect(reference.contains("GC-L1-RAPID"))
    #expect(Set(reference).count == reference.count)
  }

  @Test("the coverage check names exactly the ids a bank leaves out")
  func checkNamesMissingIDs() throws {
    var mlts = try Shipped.bank("mlts")
    mlts.sections[0].questions[1].source = ["MLTS-D3"]
    mlts.sections[3].questions.removeLast()
    let reference = (1...7).map { "MLTS-D\($0)" } + ["MLTS-MON6", "MLTS-MON7", "MLTS-X1"]
    #expect(uncitedReferenceIDs(reference, banks: [mlts]) == ["MLTS-D2", "MLTS-MON7", "MLTS-X1"])
  }
}
