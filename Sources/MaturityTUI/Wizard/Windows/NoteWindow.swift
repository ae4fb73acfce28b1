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

  var draftKey: String { "note \(id)" }
  var typedContent: [String] { [editor.text] }
  var draftName: String { "note" }
  var draftHint: String { "note not saved (Ctrl+D saves); n brings your text back" }
}
