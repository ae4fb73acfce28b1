import MaturityCore
import TerminalUI

/// How one framework's result was computed (Enter on the summary),
/// scrolled by whole lines; Esc goes back to the summary on it.
public struct ExplanationPage: WizardPage, Equatable {
  /// The framework (a position in ``WizardModel/banks``).
  public var bank: Int
  /// Lines scrolled past.
  public var scroll: ScrollState

  /// The explanation of bank `bank`, scrolled by `scroll` lines.
  public init(bank: Int, scroll: Int = 0) {
    self.bank = bank
    self.scroll = ScrollState(offset: scroll)
  }

  /// The explanation's keys.
  public static let keys = KeyTable<WizardKeys.ScreenAction>(
    "explanation",
    WizardKeys.moves(
      noun: "line",
      footer: "↑/↓ PgUp/PgDn Home/End",
      hint: "scroll",
      scrolls: true
    )
      + [
        WizardKeys.back([.enter], "Back to the summary (Enter, b, ← and Backspace too)"),
        KeyRow(
          keys: [.character("s")],
          label: "s",
          action: .questions,
          help: "Straight back to the questions",
          hint: "questions"
        ),
        WizardKeys.help, WizardKeys.quit,
      ]
  )

  public func handle(
    _ action: WizardKeys.ScreenAction?,
    key: Key,
    model: inout WizardModel,
    now: Timestamp
  ) -> [WizardEffect] {
    switch action {
    case .move(let move):
      var next = self
      next.scroll.apply(move, limit: Self.maxScroll(model, bank: bank))
      model.show(next)
    case .back:
      model.show(SummaryPage(selected: bank))
    default:
      return model.handleScreenAction(action, key: key)
    }
    return []
  }

  public func draw(_ model: WizardModel, in body: Rect, into buffer: inout ScreenBuffer) {
    guard model.banks.indices.contains(bank), let score = model.score(ofBank: bank) else { return }
    let inner = MainScreen.frame(
      "How was this computed: \(score.bank.name)",
      body,
      focused: true,
      into: &buffer
    )
    var content = ScreenBuffer(size: Size(columns: inner.columns, rows: 400))
    var pane = PaneWriter(content.bounds)
    Self.writeExplanation(score, into: &pane, buffer: &content)
    let top = min(max(0, scroll.offset), max(0, pane.line - inner.rows))
    buffer.draw(content, fromRow: top, into: inner)
    // The lines that decide the result come last: say when they are below.
    if pane.line - top > inner.rows {
      let hint = " more ↓ (↓, PgDn) "
      let width = DisplayWidth.of(hint)
      buffer.write(hint, column: body.endColumn - width - 1, row: body.endRow - 1, style: Theme.dim)
    }
  }

  /// The furthest the explanation of `bank` scrolls at the terminal's
  /// current size, so the first key back up always moves the text.
  static func maxScroll(_ model: WizardModel, bank: Int) -> Int {
    guard model.banks.indices.contains(bank), let score = model.score(ofBank: bank) else {
      return 0
    }
    let inner = MainScreen.inside(WizardView.body(for: model.screenSize))
    return max(0, Self.explanationLineCount(score, width: inner.columns) - inner.rows)
  }

  /// Lines the explanation of `score` needs at `width`.
  static func explanationLineCount(_ score: FrameworkScore, width: Int) -> Int {
    var scratch = ScreenBuffer(size: Size(columns: max(1, width), rows: 1))
    var pane = PaneWriter(Rect(column: 0, row: 0, columns: max(1, width), rows: 1))
    Self.writeExplanation(score, into: &pane, buffer: &scratch)
    return pane.line
  }

  private static func writeExplanation(
    _ score: FrameworkScore,
    into pane: inout PaneWriter,
    buffer content: inout ScreenBuffer
  ) {
    for line in Explanation.lines(for: score) {
      let indented = line.hasPrefix("  ")
      let style: Style = line.contains("<-") ? Theme.weak : (indented ? .plain : Theme.title)
      pane.wrapped(
        &content,
        indented ? String(line.dropFirst(2)) : line,
        style: style,
        prefix: indented ? "  " : "",
        indent: indented ? 7 : 0
      )
    }
  }
}
