import MaturityCore
import Testing

/// Short names, order and result keys come from the bank files, not code.
@Suite("Banks: short name, order and result key come from the bank file")
struct BankPresentationTests {
  @Test func theShippedBanksGiveTheirShortNamesOrderAndResultKeys() {
    #expect(Shipped.banks.map(\.compactName) == ["Azure", "Google", "MLTS"])
    #expect(Shipped.banks.map(\.order) == [1, 2, 3])
    #expect(Shipped.banks.map(ScoreJSON.key(for:)) == ["azure", "google", "mlTestScore"])
  }

  @Test func aBankWithoutThemUsesItsNameAndIDAndFollowsTheShippedOnes() throws {
    let bank = try Fixture.bank("tiny-azure.json")
    #expect(bank.compactName == "Tiny Azure")
    #expect(ScoreJSON.key(for: bank) == "tinyaz")
    let catalog = try BankLoader.catalog(userBankPaths: [Fixture.path("banks/tiny-azure.json")])
    #expect(catalog.banks.map(\.id) == ["azure", "google", "mlts", "tinyaz"])
  }

  @Test func aGateNamesItsBankByID() throws {
    let catalog = try BankLoader.catalog(userBankPaths: [Fixture.path("banks/tiny-azure.json")])
    let gate = try ScoreGates.Gate.parse("tinyaz=3", catalog: catalog)
    #expect(gate.framework == "tinyaz")
    #expect(gate.minimum == 3)
    #expect(gate.option == "--min tinyaz")
    #expect(!gate.isPoints)
    #expect(try ScoreGates.Gate.parse("mlts=2.5", catalog: catalog).isPoints)
  }
}
