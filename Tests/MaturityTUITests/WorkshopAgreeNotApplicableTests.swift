import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

@Suite("Workshop: when the votes say N/A, the agree dialog proposes it")
struct WorkshopAgreeNotApplicableTests {
  @Test func mostVotesForNAProposeNA() {
    var model = Workshop.model()
    model.vote("0", "0", "2")
    model.press(.enter)
    guard case .agree(let optionWindow) = model.overlay else {
      Issue.record("expected the agree overlay, got \(String(describing: model.overlay))")
      return
    }
    let option = optionWindow.option
    #expect(option == Answer.notApplicableValue)
    #expect(Wizard.screen(model).contains("N/A (does not apply; the reason goes in why)"))
  }

  /// The cold tester's case: one option vote, one n/a vote, one voter
  /// silent: a tie, not most votes, so the option is proposed.
  @Test func aTieWithNAProposesTheOption() {
    var model = Workshop.model()
    model.vote("1", "0")
    model.press(.enter)
    guard case .agree(let optionWindow) = model.overlay else {
      Issue.record("expected the agree overlay, got \(String(describing: model.overlay))")
      return
    }
    #expect(optionWindow.option != Answer.notApplicableValue)
    #expect(optionWindow.option == Workshop.optionID(model, key: "1"))
  }

  @Test func naIsSelectableAndNeedsAReasonWhichIsStored() throws {
    var model = Workshop.model()
    let id = model.currentID
    model.vote("2", "2", "2")
    model.press(.enter)
    // N/A sits before the least mature option.
    model.press(.left, .left, .left, .left)
    guard case .agree(let optionWindow) = model.overlay else {
      Issue.record("expected the agree overlay")
      return
    }
    let option = optionWindow.option
    #expect(option == Answer.notApplicableValue)
    model.press(.tab, .tab, .enter)
    #expect(model.message == "N/A needs a reason: write why it does not apply")
    #expect(model.session.value(of: id) == nil)
    // The cursor is now in "why".
    model.type("no online traffic")
    model.press(.enter, .enter)
    #expect(model.session.value(of: id) == Answer.notApplicableValue)
    #expect(model.session.answers[id]?.notApplicableReason == "no online traffic")
  }
}
