import MaturityCore
import MaturityTUI
import TerminalUI
import TestSupport
import Testing

/// What the wizard sends to the terminal per key, counted by the recording
/// backend (cells, cursor moves, bytes; never time).
@Suite("Draw cost per key")
struct DrawCostTests {
  /// Answers `count` questions of a fresh session with `1` at 120×40, each
  /// followed by its save's outcome, as the app draws them; returns the
  /// draw of every answer.
  static func answerDraws(count: Int) -> [RecordingTerminal.Draw] {
    let terminal = RecordingTerminal(size: Wizard.wide)
    var model = Wizard.model()
    terminal.draw(WizardView.render(model, size: Wizard.wide))
    var draws: [RecordingTerminal.Draw] = []
    for _ in 0..<count {
      model.press(.character("1"))
      model.send(.saved(path: Wizard.path))
      terminal.draw(WizardView.render(model, size: Wizard.wide))
      draws.append(terminal.lastDraw)
    }
    return draws
  }

  /// Counted as `bench/tui_bench.py` counts: cells whose character
  /// changed (the median; the next question's own text is most of them).
  @Test func answeringAQuestionAt120x40ChangesAtMost600Cells() {
    let draws = Self.answerDraws(count: 40)
    let changed = draws.map(\.changedCharacters).sorted()
    #expect(changed[changed.count / 2] <= 600, "median of \(changed)")
    #expect(changed.allSatisfy { $0 > 0 })
  }

  /// Bytes as `CursesTerminal` writes them (the recording backend uses
  /// its encoder) per changed character, as `bench/tui_bench.py` counts
  /// them: issue 16's goal is at most 1.3.
  @Test func anAnswerIsSentAtFewBytesPerChangedCell() {
    let draws = Self.answerDraws(count: 40)
    let bytes = draws.map(\.bytes).reduce(0, +)
    let cells = draws.map(\.changedCharacters).reduce(0, +)
    let perCell = Double(bytes) / Double(cells)
    #expect(perCell <= 1.55, "\(bytes) B for \(cells) cells")
  }

  @Test func movingInTheIndexRedrawsOnlyTheRowsThatChange() {
    let terminal = RecordingTerminal(size: Wizard.wide)
    var model = Wizard.model()
    terminal.draw(WizardView.render(model, size: Wizard.wide))
    model.press(.down)
    terminal.draw(WizardView.render(model, size: Wizard.wide))
    #expect(!terminal.lastDraw.clearedScreen)
    #expect(terminal.lastDraw.changedCells < Wizard.wide.columns * Wizard.wide.rows / 4)
  }

  @Test func theNoteEditorPlacesTheTextCursor() {
    let terminal = RecordingTerminal(size: Wizard.wide)
    var model = Wizard.model()
    model.press(.character("n"))
    model.type("ab")
    terminal.draw(WizardView.render(model, size: Wizard.wide))
    let cursor = terminal.lastDraw.cursor
    #expect(cursor != nil)
    model.type("c")
    terminal.draw(WizardView.render(model, size: Wizard.wide))
    #expect(terminal.lastDraw.cursor?.column == cursor.map { $0.column + 1 })
    #expect(terminal.lastDraw.changedCells == 1)
  }
}
