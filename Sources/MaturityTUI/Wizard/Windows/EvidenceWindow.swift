import MaturityCore
import TerminalUI

/// The evidence window's state (`e`): question `id`'s evidence, one item
/// a line (`link | owner | date`), and its confidence (Tab steps it).
public struct EvidenceWindow: Sendable, Equatable, TextWindow {
  /// The question.
  public var id: String
  /// The evidence, one item a line.
  public var lines: TextEditor
  /// How sure the room is (`nil`: not set).
  public var confidence: Confidence?

  /// A window for `id`.
  public init(id: String, lines: TextEditor, confidence: Confidence?) {
    self.id = id
    self.lines = lines
    self.confidence = confidence
  }

  /// Evidence and confidence.
  public static let keys = KeyTable<OverlayKeys.Action>(
    "evidence",
    [
      OverlayKeys.row(
        [.tab],
        "Tab",
        .confidence,
        "Confidence: none, assumed, verified",
        "confidence"
      ),
      OverlayKeys.row([.control("D")], "Ctrl+D", .save, "Save the evidence", "saves"),
      OverlayKeys.cancels,
      OverlayKeys.row([.enter], "Enter", .newLine, "A new line (one item per line)", "new line"),
    ]
  )

  /// Steps the confidence: not set, assumed, verified, not set again.
  mutating func stepConfidence() {
    confidence =
      switch confidence {
      case .none: .assumed
      case .assumed: .verified
      case .verified: nil
      }
  }

  var draftKey: String { "evidence \(id)" }
  var typedContent: [String] { [lines.text, confidence?.rawValue ?? ""] }
  var draftName: String { "evidence" }
  var draftHint: String { "evidence not saved (Ctrl+D saves); e brings it back" }
}

extension EvidenceWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    var next = self
    switch Self.keys.action(for: key) {
    case .cancel:
      model.cancelOverlay()
    case .save:
      var items: [Evidence] = []
      for (number, line) in lines.text.split(separator: "\n").enumerated()
      where !line.allSatisfy(\.isWhitespace) {
        guard let item = Evidence(line: String(line)) else {
          model.message = "evidence line \(number + 1) needs a link or a path before the first |"
          return []
        }
        items.append(item)
      }
      let edits: [SessionEdit] = [
        .evidence(question: id, items: items), .confidence(question: id, level: confidence),
      ]
      return model.saveWindow(edits, now: now) ?? []
    case .confidence:
      next.stepConfidence()
      model.overlay = .evidence(next)
    default:
      next.lines.handle(key)
      model.overlay = .evidence(next)
    }
    return []
  }

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let size = buffer.size
    let rect = Overlays.centered(
      columns: min(84, size.columns - 4),
      rows: min(14, size.rows - 2),
      in: size
    )
    let inner = Overlays.window("Evidence · \(id)", rect, into: &buffer)
    buffer.write(
      "One per line: link or path | owner | date verified (YYYY-MM-DD)",
      column: inner.column,
      row: inner.row,
      style: Theme.dim,
      maxWidth: inner.columns
    )
    let confidenceText = confidence?.rawValue ?? "not set"
    buffer.write("confidence: ", column: inner.column, row: inner.endRow - 2, style: Theme.title)
    buffer.write(
      confidenceText,
      column: inner.column + 12,
      row: inner.endRow - 2,
      style: confidence == .verified ? Theme.good : Theme.warning
    )
    buffer.write(
      EvidenceWindow.keys.hints(separator: " · "),
      column: inner.column,
      row: inner.endRow - 1,
      style: Theme.dim,
      maxWidth: inner.columns
    )
    let area = Rect(
      column: inner.column,
      row: inner.row + 1,
      columns: inner.columns,
      rows: inner.rows - 4
    )
    return TextAreaView.draw(lines, in: area, into: &buffer)
  }
}
