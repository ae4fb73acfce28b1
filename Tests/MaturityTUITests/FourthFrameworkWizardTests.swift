import Foundation
import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// A fourth framework given as one bank file
/// (`Tests/Fixtures/banks/fourth-levels.json`, reusing the Azure levels
/// rule) runs through the wizard with no code of its own.
@Suite("Wizard: a fourth framework from one bank file")
struct FourthFrameworkWizardTests {
  static let bankPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/banks/fourth-levels.json").path

  private func model() throws -> WizardModel {
    let catalog = try BankLoader.catalog(userBankPaths: [Self.bankPath])
    let bank = try #require(catalog.bank("fourth"))
    var session = Session.new(banks: [bank], now: Wizard.now)
    session.team = "Fraud Detection"
    session.system = "Card scoring"
    return WizardModel(session: session, path: Wizard.path, catalog: catalog)
  }

  @Test func itsQuestionsAreAskedAndItsLevelIsShownUnderItsShortName() throws {
    var model = try model()
    #expect(model.currentEntry?.question.id == "fourth.practice.runbook")
    model.press(.character("c"))
    assertSnapshot(Wizard.screen(model, Wizard.wide), named: "fourth-framework-question-120x40")
    model.press(.character("c"))
    let score = try #require(model.scores.first)
    #expect(score.bank.id == "fourth")
    #expect(score.rung == 1)
    assertSnapshot(Wizard.screen(model, Wizard.wide), named: "fourth-framework-summary-120x40")
  }
}
