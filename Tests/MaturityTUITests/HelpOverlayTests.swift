import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

@Suite("Help overlay and footer hints")
struct HelpOverlayTests {
  /// The text inside the help window, its rows joined by spaces with runs
  /// of spaces collapsed, so wrapped sentences read as one line.
  private func helpText(_ screen: String) -> String {
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    guard
      let top = rows.firstIndex(where: { String($0).contains("┌─ Keys") }),
      let left = rows[top].indices.first(where: { String(rows[top][$0...]).hasPrefix("┌─ Keys") }),
      let right = rows[top][left...].firstIndex(of: "┐")
    else { return "" }
    var parts: [String] = []
    for row in rows[(top + 1)...] {
      guard row.count > right, row[left] == "│" else { break }
      parts.append(String(row[(left + 1)..<right]))
    }
    return parts.joined(separator: " ").split(separator: " ").joined(separator: " ")
  }

  /// The help text at every scroll position, from the top to the end.
  private func helpPages(_ size: Size) -> [String] {
    var model = Wizard.model()
    model.press(.character("?"))
    var pages: [String] = []
    for _ in 0..<60 {
      pages.append(helpText(Wizard.screen(model, size)))
      model.press(.down)
    }
    return pages
  }

  /// What the help says for `binding`, as one line.
  private func line(_ binding: KeyBinding) -> String {
    "\(binding.label) \(binding.help)".split(separator: " ").joined(separator: " ")
  }

  @Test(arguments: [Key.character("?"), .function(1)])
  func theHelpKeysOpenTheOverlay(key: Key) {
    var model = Wizard.model()
    let effects = model.press(key)
    #expect(effects.isEmpty)
    #expect(model.overlay == .help(HelpWindow(scroll: 0)))
  }

  @Test func aWideTerminalShowsEveryKeyBindingAtOnce() {
    var model = Wizard.model()
    model.press(.character("?"))
    let text = helpText(Wizard.screen(model, Wizard.wide))
    #expect(!text.isEmpty)
    for binding in KeyBindings.questions {
      #expect(text.contains(line(binding)), "help explains \(binding.label)")
    }
  }

  @Test(arguments: [Wizard.standard, WizardView.minimumSize])
  func scrollingTheHelpReachesEveryKeyBindingInFull(size: Size) {
    let pages = helpPages(size)
    #expect(pages.allSatisfy { !$0.isEmpty })
    for binding in KeyBindings.questions {
      #expect(pages.contains { $0.contains(line(binding)) }, "help explains \(binding.label)")
    }
  }

  @Test func theHelpSaysWhenThereIsMoreBelow() {
    var model = Wizard.model()
    model.press(.character("?"))
    #expect(Wizard.screen(model).contains("more ↓"))
    model.press(Array(repeating: .pageDown, count: 20))
    #expect(!Wizard.screen(model).contains("more ↓"))
  }

  @Test func upDownAndPageKeysScrollTheHelpInsteadOfClosingIt() {
    var model = Wizard.model()
    model.press(.character("?"), .down, .character("j"))
    #expect(model.overlay == .help(HelpWindow(scroll: 2)))
    model.press(.up)
    #expect(model.overlay == .help(HelpWindow(scroll: 1)))
    model.press(.pageDown)
    #expect(model.overlay == .help(HelpWindow(scroll: 11)))
    model.press(.pageUp, .pageUp, .character("k"))
    #expect(model.overlay == .help(HelpWindow(scroll: 0)))
  }

  // Cold test: PgUp/PgDn/Space and Home scrolled the help, which did not
  // say so, and keys past its end kept counting, so ↑ seemed dead.
  @Test func theHelpListsItsOwnScrollKeys() {
    let help = WizardHelp.rows.first { $0.0 == "help" }?.1 ?? ""
    #expect(help.contains("PgUp/PgDn/Space scroll a page"), "\(help)")
    #expect(help.contains("Home back to the top"), "\(help)")
  }

  @Test(arguments: [Wizard.standard, WizardView.minimumSize])
  func theFirstUpAfterTheEndMovesTheHelp(size: Size) {
    var model = Wizard.model()
    model.screenSize = size
    model.press(.character("?"))
    model.press(Array(repeating: .pageDown, count: 30) + [.down, .character(" ")])
    let end = Wizard.screen(model, size)
    #expect(!end.contains("more ↓"), "not at the end:\n\(end)")
    model.press(.up)
    #expect(Wizard.screen(model, size) != end, "↑ did not move the help back")
  }

  @Test func anyOtherKeyClosesHelpWithoutActing() {
    var model = Wizard.model()
    model.press(.character("?"))
    let effects = model.press(.character("q"))
    #expect(effects.isEmpty)
    #expect(model.overlay == nil)
    model.press(.character("?"), .character("1"))
    #expect(model.overlay == nil)
    #expect(model.session.answers.isEmpty)
    #expect(model.current == 0)
  }

  @Test func theFooterIsGeneratedFromTheSameTable() {
    let model = Wizard.model()
    let size = Size(columns: 240, rows: 40)
    let footer = WizardView.render(model, size: size).buffer.text(row: size.rows - 1)
    #expect(footer == " " + KeyBindings.hints(KeyBindings.questions))
    for binding in KeyBindings.questions {
      guard let hint = binding.hint else { continue }
      #expect(footer.contains("\(binding.label) \(hint)"))
    }
  }

  @Test func everyFooterHintIsInTheHelp() {
    var model = Wizard.model()
    model.press(.character("?"))
    let help = helpText(Wizard.screen(model, Wizard.wide))
    for binding in KeyBindings.questions where binding.hint != nil {
      #expect(help.contains(binding.label + " "))
    }
  }

  @Test(arguments: [WizardView.minimumSize, Wizard.standard, Wizard.wide])
  func theFooterShowsHowToGetHelpAndQuitFirst(size: Size) {
    let model = Wizard.model()
    let footer = WizardView.render(model, size: size).buffer.text(row: size.rows - 1)
    #expect(footer.hasPrefix(" ? help  q quit"))
  }

  @Test func everyKeyBindingReachesItsAction() {
    for binding in KeyBindings.questions {
      for key in binding.keys {
        #expect(KeyBindings.action(for: key) == binding.action, "\(key) → \(binding.action)")
      }
    }
  }

  @Test func theFooterHidesWhileAnOverlayIsOpen() {
    var model = Wizard.model()
    model.press(.character("?"))
    let footer = WizardView.render(model, size: Wizard.wide).buffer.text(row: Wizard.wide.rows - 1)
    #expect(footer.isEmpty)
  }
}
