import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// The wizard's edits go through the core's checks: what it saves, the
/// reader reads back; a typo keeps its dialog open instead of breaking the
/// file.
@Suite("Edits in the wizard: checked where typed, always readable")
struct EditCheckTests {
  static func readBack(_ session: Session) throws -> Session {
    try SessionFile.parse(Array(SessionFile.text(of: session).utf8), path: "s.json")
  }

  @Test(
    "evidence with a date that is not YYYY-MM-DD keeps the dialog open and saves nothing",
    arguments: ["20/11/2026", "2026-02-30"]
  )
  func aBadEvidenceDateIsRefused(date: String) throws {
    var model = Workshop.model()
    let id = model.currentID
    model.press(.character("e"))
    model.type("wiki | Zoë | \(date)")

    let effects = model.press(.control("D"))

    #expect(effects.saves.isEmpty)
    #expect(model.message?.contains("expected a date like 2026-11-26") == true)
    guard case .evidence(let window) = model.overlay, case let lines = window.lines else {
      Issue.record("the evidence dialog closed and the typed line was lost")
      return
    }
    #expect(lines.text == "wiki | Zoë | \(date)")
    #expect(model.session.answers[id] == nil)
    _ = try Self.readBack(model.session)
  }

  @Test("retyping the date saves the evidence, and the file reads back")
  func aRetypedDateIsSaved() throws {
    var model = Workshop.model()
    let id = model.currentID
    model.press(.character("e"))
    model.type("wiki | Zoë | 20/11/2026")
    model.press(.control("D"))
    model.press(Array(repeating: Key.backspace, count: 10))
    model.type("2026-11-20")

    let effects = model.press(.control("D"))

    #expect(model.overlay == nil)
    let saved = try #require(effects.saves.last?.session)
    #expect(try Self.readBack(saved).answers[id]?.evidence.first?.verified == "2026-11-20")
  }

  @Test("an evidence line without a link is refused, not silently dropped")
  func evidenceWithoutALinkIsRefused() {
    var model = Workshop.model()
    model.press(.character("e"))
    model.type(" | Bo | 2026-11-20")

    #expect(model.press(.control("D")).saves.isEmpty)
    #expect(model.message == "evidence line 1 needs a link or a path before the first |")
  }

  @Test("a different answer after a unanimous vote says so on screen and in the file")
  func anAnswerChangedAfterTheVoteIsShown() throws {
    var session = Wizard.session(frameworks: ["mlts"])
    session.participants = ["Ana", "Bo", "Chen"]
    let id = "mlts.data.1"
    var voted = Answer(value: "none")
    voted.votes = ["Ana": "none", "Bo": "none", "Chen": "none"]
    voted.rationale = "nothing is checked today"
    voted.confidence = .verified
    session.answers[id] = voted
    var model = WizardModel(session: session, path: Wizard.path, catalog: Wizard.catalog)
    model.press(.character("b"))
    #expect(model.currentID == id)

    let effects = model.press(.character("3"))

    let saved = try #require(effects.saves.last?.session.answers[id])
    #expect(saved.value == "automated")
    #expect(saved.agreed == "none")
    #expect(saved.confidence == .assumed)
    model.press(.character("b"))
    let screen = Wizard.screen(model, Wizard.wide)
    #expect(screen.contains("! the answer changed after the vote (agreed:"))
  }

  @Test("a target change can be undone")
  func aTargetChangeCanBeUndone() {
    var model = Workshop.model(frameworks: ["mlts"])
    model.press(.character("t"))
    model.type("3")
    model.press(.enter)
    #expect(model.session.targets["mlts"] == 3)

    let effects = model.press(.character("u"))

    #expect(model.session.targets["mlts"] == nil)
    #expect(effects.saves.count == 1)
    #expect(model.message == "undone: target of mlts")
  }

  @Test("voting without named participants keeps the P1…P5 grid and names them in the file")
  func placeholderVotersStayFive() {
    var model = Workshop.model(participants: [])
    model.vote("1", "2")
    #expect(model.voters == ["P1", "P2", "P3", "P4", "P5"])
    #expect(model.session.participants == ["P1", "P2", "P3", "P4", "P5"])
  }

  @Test("3,000 random keys: every session the wizard saves reads back")
  func randomKeysNeverWriteAnUnreadableFile() throws {
    var random = SeededRandom(seed: 11)
    var model = Workshop.model()
    let keys: [Key] =
      [
        .enter, .escape, .tab, .backTab, .up, .down, .left, .right, .backspace, .character(" "),
        .character("|"), .character("/"), .character("-"),
      ] + "0123456789abcdeghjklnmprstuvwxz".map { Key.character($0) }
    let typed = [
      "2026-02-30", "20/11/2026", "2026-11-20", "wiki | Zoë | ", "\n", "Zoë & Bo", "99",
    ]
    var saves = 0
    for _ in 0..<3000 {
      let effects: [WizardEffect]
      if Int.random(in: 0..<6, using: &random) == 0 {
        effects = model.type(random.pick(typed))
      } else {
        let key = random.pick(keys)
        effects = key == .character("q") ? [] : model.press(key)
      }
      for save in effects.saves {
        saves += 1
        _ = try Self.readBack(save.session)
      }
    }
    #expect(saves > 20)
  }
}
