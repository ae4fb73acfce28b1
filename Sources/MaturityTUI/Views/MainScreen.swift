import MaturityCore
import TerminalUI

/// The questions screen: index pane, current question, live scores.
///
/// Wide terminals (120 columns or more) get three columns; narrower ones
/// put the scores under the question.
enum MainScreen {
  /// Where each pane goes in `body`.
  struct Layout {
    var index: Rect
    var question: Rect
    var scores: Rect

    /// The layout of `model`'s questions screen: the score panel grows
    /// with the terminal, to what its lines need, and more while it has
    /// the focus. The panel's lines are measured (a second layout of its content)
    /// only in two columns: three columns give it every row anyway.
    init(model: WizardModel, body: Rect) {
      guard !Self.hasThreeColumns(body) else {
        self.init(body: body)
        return
      }
      let indexWidth = min(36, max(22, body.columns / 4))
      let scoreWidth = body.columns - indexWidth
      let needed =
        ScorePanel.lineCount(
          model,
          width: MainScreen.inside(
            Rect(column: 0, row: 0, columns: scoreWidth, rows: 3)
          ).columns
        ) + 2
      self.init(body: body, scoreLines: needed, scoresFocused: model.focus == .scores)
    }

    /// Whether `body` is wide enough (120 columns) for index, question
    /// and scores side by side.
    static func hasThreeColumns(_ body: Rect) -> Bool { body.columns >= 120 }

    /// `scoreLines`: the rows the score panel needs, frame included.
    init(body: Rect, scoreLines: Int = 0, scoresFocused: Bool = false) {
      let indexWidth = min(36, max(22, body.columns / 4))
      index = Rect(column: body.column, row: body.row, columns: indexWidth, rows: body.rows)
      let rest = Rect(
        column: body.column + indexWidth,
        row: body.row,
        columns: body.columns - indexWidth,
        rows: body.rows
      )
      if Self.hasThreeColumns(body) {
        let scoreWidth = max(40, min(64, rest.columns / 3))
        question = Rect(
          column: rest.column,
          row: rest.row,
          columns: rest.columns - scoreWidth,
          rows: rest.rows
        )
        scores = Rect(
          column: rest.endColumn - scoreWidth,
          row: rest.row,
          columns: scoreWidth,
          rows: rest.rows
        )
      } else {
        let base = rest.rows >= 27 ? 11 : (rest.rows >= 18 ? 9 : 5)
        // Never below the old fixed heights; up to two fifths of the rows,
        // or all but four rows of the question while the panel is focused.
        let cap = scoresFocused ? max(base, rest.rows - 4) : max(base, rest.rows * 2 / 5)
        let scoreHeight = min(max(base, scoreLines), cap)
        question = Rect(
          column: rest.column,
          row: rest.row,
          columns: rest.columns,
          rows: rest.rows - scoreHeight
        )
        scores = Rect(
          column: rest.column,
          row: rest.endRow - scoreHeight,
          columns: rest.columns,
          rows: scoreHeight
        )
      }
    }
  }

  static func draw(_ model: WizardModel, in body: Rect, into buffer: inout ScreenBuffer) {
    let layout = Layout(model: model, body: body)
    IndexPane.draw(model, in: layout.index, into: &buffer)
    QuestionPane.draw(model, in: layout.question, into: &buffer)
    ScorePanel.draw(model, in: layout.scores, into: &buffer)
  }

  /// Draws a pane's frame, highlighted when it has the focus; returns the
  /// inside.
  static func frame(
    _ title: String,
    _ rect: Rect,
    focused: Bool,
    into buffer: inout ScreenBuffer
  ) -> Rect {
    buffer.drawBox(
      rect,
      title: title,
      style: focused ? Theme.focusedFrame : Theme.frame,
      titleStyle: focused ? Theme.focusedFrame : Theme.title
    )
    return inside(rect)
  }

  /// The inside of a pane's frame.
  static func inside(_ rect: Rect) -> Rect {
    rect.inset(top: 1, left: 2, bottom: 1, right: 1)
  }
}
