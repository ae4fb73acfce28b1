import MaturityCore
import TerminalUI

/// The note editor's state (`n`): the note of question `id` as typed.
public struct NoteWindow: Sendable, Equatable, TextWindow {
  /// The question.
  public var id: String
  /// The note.
  public var editor: TextEditor

  /// An editor for the note of `id`.
  public init(id: String, editor: TextEditor) {
    self.id = id
    self.editor = editor
  }

  /// The note editor.
  public static let keys = KeyTable<OverlayKeys.Action>(
    "note editor",
    [
      OverlayKeys.row([.control("D")], "Ctrl+D", .save, "Save the note", "saves"),
      OverlayKeys.cancels,
      OverlayKeys.row([.enter], "Enter", .newLine, "A new line", "new line"),
      OverlayKeys.row(
        [.control("E")],
        "Ctrl+E",
        .externalEditor,
        "Edit the note in $EDITOR",
        "$EDITOR"
      ),
    ]
  )

  var draftKey: String { "note \(id)" }
  var typedContent: [String] { [editor.text] }
  var draftName: String { "note" }
  var draftHint: String { "note not saved (Ctrl+D saves); n brings your text back" }
}

extension NoteWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    switch Self.keys.action(for: key) {
    case .cancel:
      model.cancelOverlay()
    case .save:
      return model.saveWindow([.note(question: id, text: editor.text)], now: now) ?? []
    case .externalEditor:
      return [.editExternally(text: editor.text)]
    default:
      var next = self
      next.editor.handle(key)
      model.overlay = .note(next)
    }
    return []
  }

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let size = buffer.size
    let rect = Overlays.centered(
      columns: min(80, size.columns - 4),
      rows: min(16, size.rows - 2),
      in: size
    )
    let inner = Overlays.window("Note · \(id)", rect, into: &buffer)
    let hint = NoteWindow.keys.hints(separator: " · ")
    buffer.write(
      hint,
      column: inner.column,
      row: inner.endRow - 1,
      style: Theme.dim,
      maxWidth: inner.columns
    )
    let area = Rect(
      column: inner.column,
      row: inner.row,
      columns: inner.columns,
      rows: inner.rows - 1
    )
    return TextAreaView.draw(editor, in: area, into: &buffer)
  }
}
