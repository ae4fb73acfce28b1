import MaturityCore
import TerminalUI

/// Draws a ``WizardModel`` into a screen buffer: `view(state, size)` in the
/// Elm architecture. Pure: the same model and size give the same frame.
public enum WizardView {
  /// The smallest terminal the wizard draws in.
  public static let minimumSize = Size(columns: 60, rows: 16)

  /// The area between the header and the two status rows.
  static func body(for size: Size) -> Rect {
    Rect(column: 0, row: 1, columns: size.columns, rows: max(0, size.rows - 3))
  }

  /// Whether `size` is below ``minimumSize``.
  public static func isTooSmall(_ size: Size) -> Bool {
    size.columns < minimumSize.columns || size.rows < minimumSize.rows
  }

  /// The frame for `model` at `size`.
  public static func render(_ model: WizardModel, size: Size) -> Frame {
    var buffer = ScreenBuffer(size: size)
    if isTooSmall(size) {
      drawTooSmall(&buffer, note: model.message)
      return Frame(buffer: buffer)
    }
    if model.projector && model.screen == .questions {
      ProjectorView.draw(model, into: &buffer)
      let cursor = model.overlay == nil ? nil : Overlays.draw(model, into: &buffer)
      return Frame(buffer: buffer, cursor: cursor)
    }
    let body = Self.body(for: size)
    drawHeader(model, into: &buffer)
    switch model.screen {
    case .questions:
      MainScreen.draw(model, in: body, into: &buffer)
    case .page(let page):
      page.draw(model, in: body, into: &buffer)
    }
    drawStatus(model, into: &buffer)
    var cursor: (column: Int, row: Int)?
    if model.overlay != nil {
      cursor = Overlays.draw(model, into: &buffer)
    }
    return Frame(buffer: buffer, cursor: cursor)
  }

  /// The "terminal too small" screen, with `note` (why a key did nothing)
  /// under it.
  static func drawTooSmall(_ buffer: inout ScreenBuffer, note: String? = nil) {
    let size = buffer.size
    let lines =
      [
        "terminal too small",
        "need \(minimumSize.columns)×\(minimumSize.rows), now \(size.columns)×\(size.rows)",
        "q quits",
      ] + (note.map { [$0] } ?? [])
    let top = max(0, (size.rows - lines.count) / 2)
    for (offset, line) in lines.enumerated() where top + offset < size.rows {
      buffer.writeCentered(line, row: top + offset, in: buffer.bounds, style: Theme.warning)
    }
  }

  private static func drawHeader(_ model: WizardModel, into buffer: inout ScreenBuffer) {
    let width = buffer.size.columns
    buffer.fill(Rect(column: 0, row: 0, columns: width, rows: 1), style: Theme.header)
    var title = "mlmaturity"
    for part in [model.session.team, model.session.system] where !part.isEmpty {
      title += " · " + part
    }
    let barWidth = min(32, width / 3)
    let counts = " \(model.answeredCount)/\(model.totalCount) "
    let right = width - barWidth - DisplayWidth.of(counts) - 1
    // Cut with … so a cut name is not taken for the whole one.
    buffer.write(
      DisplayWidth.truncate(" " + title, to: max(0, right - 1)),
      column: 0,
      row: 0,
      style: Theme.header
    )
    buffer.write(counts, column: right, row: 0, style: Theme.header)
    let fraction =
      model.totalCount == 0 ? 0 : Double(model.answeredCount) / Double(model.totalCount)
    buffer.drawProgressBar(
      column: width - barWidth - 1,
      row: 0,
      width: barWidth,
      fraction: fraction,
      style: Theme.header
    )
  }

  private static func drawStatus(_ model: WizardModel, into buffer: inout ScreenBuffer) {
    var right: (String, Style)?
    if let remaining = model.timeboxRemaining {
      let seconds = abs(remaining)
      let clock = "\(seconds / 60):\(seconds % 60 < 10 ? "0" : "")\(seconds % 60)"
      let label = remaining >= 0 ? " ⏱ \(clock) left in section " : " ⏱ over by \(clock) "
      right = (label, remaining >= 0 ? Theme.title : Theme.error)
    }
    let room = buffer.size.columns - 2 - (right.map { DisplayWidth.of($0.0) } ?? 0)
    let (text, style) = statusLine(model, width: room)
    StatusBar.draw(
      status: text,
      style: style,
      message: model.message != nil && !model.saveState.isFailed,
      hints: hints(model),
      right: right,
      into: &buffer
    )
  }

  /// The status bar's text: a message, else the save state (naming the
  /// file by its name alone when its path does not fit in `width`).
  static func statusLine(_ model: WizardModel, width: Int = .max) -> (String, Style) {
    if case .failed(let reason) = model.saveState {
      return (
        "NOT SAVED: \(shortReason(reason)) (answers kept; q then w saves elsewhere)", Theme.error
      )
    }
    if let message = model.message { return (message, Theme.warning) }
    let line: (String) -> String
    if model.readOnly {
      line = { "read-only: open in another mlmaturity; edits are refused · \($0)" }
    } else {
      switch model.saveState {
      case .unchanged: line = { "opened \($0)" }
      case .saving: line = { "saving to \($0)…" }
      case .saved(let time): line = { "saved \(time.clockTime) to \($0)" }
      case .failed: line = { _ in "" }
      }
    }
    let text = StatusBar.naming(model.path, width: width, line)
    return (text, model.readOnly ? Theme.warning : Theme.dim)
  }

  /// The last part of an error (`Read-only file system` from `PATH: cannot
  /// write (…): Read-only file system`): what fits on the status line. The
  /// whole message is on the quit prompt.
  static func shortReason(_ reason: String) -> String {
    let parts = reason.split(separator: ": ", omittingEmptySubsequences: true)
    return parts.last.map(String.init) ?? reason
  }

  /// The footer's key hints; none while an overlay is open.
  private static func hints(_ model: WizardModel) -> String {
    switch (model.overlay, model.screen) {
    case (.some, _): ""
    case (.none, .questions): KeyBindings.hints(KeyBindings.questions)
    case (.none, .page(let page)): page.keys.hints()
    }
  }
}

extension WizardModel.SaveState {
  /// Whether the last save failed (the status line then says so until a
  /// save succeeds).
  var isFailed: Bool {
    if case .failed = self { return true }
    return false
  }
}

extension Timestamp {
  /// `18:52:09` (UTC).
  var clockTime: String {
    String(iso8601.dropFirst(11).prefix(8))
  }
}
