import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

@Suite("Workshop: not applicable, evidence and targets")
struct WorkshopRecordTests {
  @Test func zeroOpensTheNotApplicablePrompt() {
    var model = Workshop.model()
    let id = model.currentID
    model.press(.character("0"))
    guard case .notApplicable(let window) = model.overlay,
      case (let promptID, let reason) = (window.id, window.reason)
    else {
      Issue.record("expected the not-applicable prompt")
      return
    }
    #expect(promptID == id)
    #expect(reason.text.isEmpty)
    #expect(Wizard.screen(model).contains("Not applicable"))
  }

  @Test func notApplicableWithoutAReasonStaysOpenAndSaysWhy() {
    var model = Workshop.model()
    let id = model.currentID
    model.press(.character("0"))
    model.type("   ")

    let effects = model.press(.enter)

    #expect(effects.isEmpty)
    #expect(model.message?.hasSuffix("not applicable needs a reason") == true)
    #expect(model.session.answers[id] == nil)
    guard case .notApplicable = model.overlay else {
      Issue.record("the prompt closed")
      return
    }
  }

  @Test func notApplicableWithAReasonIsStoredAndCountsAsNotMet() throws {
    var model = Workshop.model(frameworks: ["mlts"])
    let id = model.currentID
    let start = model.current
    let before = try #require(model.scores.first)
    guard let old = before.result as? MLTestScoreResult else {
      Issue.record("expected an ML Test Score result")
      return
    }
    model.press(.character("0"))
    model.type("no models served online")

    let effects = model.press(.enter)

    #expect(model.overlay == nil)
    #expect(effects.saves.count == 1)
    #expect(model.session.value(of: id) == Answer.notApplicableValue)
    #expect(model.session.value(of: id) == "n/a")
    #expect(model.session.answers[id]?.notApplicableReason == "no models served online")
    #expect(model.current == start + 1)
    let after = try #require(model.scores.first)
    #expect(!after.sheet.unanswered.contains(id))
    #expect(after.sheet.notApplicable[id] == "no models served online")
    #expect(after.sheet.chosen[id] == nil)
    guard let new = after.result as? MLTestScoreResult else {
      Issue.record("expected an ML Test Score result")
      return
    }
    #expect(new.sections.map(\.points) == old.sections.map(\.points))
    #expect(new.final == old.final)
  }

  @Test func aNotApplicableQuestionShowsADashAndItsReason() {
    var model = Workshop.model(frameworks: ["mlts"])
    model.press(.character("0"))
    model.type("batch only")
    model.press(.enter)
    model.press(.character("b"))
    let screen = Wizard.screen(model, Wizard.wide)

    #expect(screen.contains("– Not applicable: batch only"))
    let indexRows = screen.split(separator: "\n").filter { $0.contains("–") }
    #expect(indexRows.count >= 2)
  }

  @Test func evidenceLinesAndConfidenceAreSavedWithControlD() {
    var model = Workshop.model()
    let id = model.currentID
    model.press(.character("e"))
    model.type("https://ci/job | Bo | 2026-11-20")
    model.press(.enter)
    model.type("docs/runbook.md")
    model.press(.tab)
    guard case .evidence(let window) = model.overlay, case let assumed = window.confidence else {
      Issue.record("expected the evidence overlay")
      return
    }
    #expect(assumed == .assumed)
    model.press(.tab)

    let effects = model.press(.control("D"))

    #expect(model.overlay == nil)
    #expect(effects.saves.count == 1)
    let answer = model.session.answers[id]
    #expect(answer?.evidence.count == 2)
    #expect(
      answer?.evidence.first
        == Evidence(reference: "https://ci/job", owner: "Bo", verified: "2026-11-20")
    )
    #expect(answer?.evidence.last?.reference == "docs/runbook.md")
    #expect(answer?.confidence == .verified)
    #expect(Wizard.screen(model, Wizard.wide).contains("Evidence (verified): 2 item(s)"))
  }

  @Test func escapeCancelsEvidenceAndKeepsItAsADraft() {
    var model = Workshop.model()
    model.press(.character("e"))
    model.type("wiki | Zoë | 2026-11-20")
    #expect(model.press(.escape).isEmpty)
    #expect(model.session.answers.isEmpty)
    #expect(Wizard.screen(model).contains("evidence not saved (Ctrl+D saves); e brings it back"))
    model.press(.character("e"))
    guard case .evidence(let window) = model.overlay, case let lines = window.lines else {
      Issue.record("expected the evidence overlay")
      return
    }
    #expect(lines.text == "wiki | Zoë | 2026-11-20")
  }

  @Test func tabCyclesConfidenceBackToNotSet() {
    var model = Workshop.model()
    model.press(.character("e"))
    model.press(.tab, .tab, .tab)
    guard case .evidence(let window) = model.overlay, case let confidence = window.confidence
    else {
      Issue.record("expected the evidence overlay")
      return
    }
    #expect(confidence == nil)
    #expect(Wizard.screen(model).contains("confidence: not set"))
  }

  @Test func aTargetInRangeIsStoredAndSaved() {
    var model = Workshop.model(frameworks: ["mlts"])
    model.press(.character("t"))
    model.type("3")

    let effects = model.press(.enter)

    #expect(model.overlay == nil)
    #expect(model.session.targets["mlts"] == 3)
    #expect(effects.saves.count == 1)
    #expect(effects.saves.first?.session.targets["mlts"] == 3)
  }

  @Test func aTargetOutOfRangeIsRefusedAndTheOverlayStays() {
    var model = Workshop.model(frameworks: ["mlts"])
    model.press(.character("t"))
    model.type("9")

    let effects = model.press(.enter)

    #expect(effects.isEmpty)
    #expect(model.message == "the target of mlts is a number from 0 to 5")
    #expect(model.session.targets["mlts"] == nil)
    guard case .target = model.overlay else {
      Issue.record("the target overlay closed")
      return
    }
  }
}
