import MaturityTUI
import TerminalUI
import Testing

/// The note editor lays out only the rows it shows, and keeps its counts as
/// the text changes, so a key costs the same in a long note as in a short
/// one. These tests pin what it shows and counts to the whole-text layout.
@Suite("Text editor: the visible window and the kept counts")
struct TextEditorWindowTests {
  /// A note of `lines` lines, some wrapping, some wide, some empty.
  static func note(lines: Int) -> String {
    (0..<lines).map { index in
      switch index % 4 {
      case 0: "line \(index)"
      case 1: String(repeating: "wrap-me ", count: 6)
      case 2: "日本語のメモ \(index)"
      default: ""
      }
    }.joined(separator: "\n")
  }

  /// Rows of the whole layout that a view of `rows` shows, as the view did
  /// before it laid out only the window.
  static func expectedWindow(_ editor: TextEditor, width: Int, rows: Int) -> TextEditor.Layout {
    let full = editor.layout(width: width)
    let top = max(0, full.cursorRow - rows + 1)
    return (Array(full.lines.dropFirst(top).prefix(rows)), full.cursorRow - top, full.cursorColumn)
  }

  static func expectSameWindow(
    _ editor: TextEditor,
    width: Int,
    rows: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let window = editor.window(width: width, rows: rows)
    let expected = expectedWindow(editor, width: width, rows: rows)
    #expect(window.lines == expected.lines, sourceLocation: sourceLocation)
    #expect(window.cursorRow == expected.cursorRow, sourceLocation: sourceLocation)
    #expect(window.cursorColumn == expected.cursorColumn, sourceLocation: sourceLocation)
  }

  @Test("the window is the rows of the whole layout around the cursor, wherever the cursor is")
  func windowMatchesTheWholeLayout() {
    var editor = TextEditor(text: Self.note(lines: 40), multiline: true)
    for (width, rows) in [(20, 5), (13, 12), (76, 14), (8, 100)] {
      Self.expectSameWindow(editor, width: width, rows: rows)
    }
    // Walk the cursor to the top and back down, checking on the way.
    for _ in 0..<45 {
      editor.handle(.up)
      Self.expectSameWindow(editor, width: 20, rows: 5)
    }
    for step in 0..<60 {
      editor.handle(step % 3 == 0 ? .right : .down)
      Self.expectSameWindow(editor, width: 13, rows: 7)
    }
  }

  @Test("a short text shows from its first row, with the cursor where it is")
  func shortTextStartsAtTheTop() {
    let editor = TextEditor(text: "one\ntwo", multiline: true)
    let window = editor.window(width: 20, rows: 5)
    #expect(window.lines == ["one", "two"])
    #expect(window.cursorRow == 1)
    #expect(window.cursorColumn == 3)
  }

  @Test("the character and byte counts follow every kind of edit")
  func countsFollowEdits() {
    var editor = TextEditor(text: "café\n日本", multiline: true)
    func check(_ sourceLocation: SourceLocation = #_sourceLocation) {
      #expect(editor.characterCount == editor.text.count, sourceLocation: sourceLocation)
      #expect(editor.byteCount == editor.text.utf8.count, sourceLocation: sourceLocation)
    }
    check()
    let keys: [Key] = [
      .character("é"), .enter, .character("x"), .backspace, .backspace, .left, .left,
      .delete, .home, .backspace, .control("K"), .up, .end, .control("U"), .character("語"),
      .enter, .enter, .delete,
    ]
    for key in keys {
      editor.handle(key)
      check()
    }
    editor.insert("pasted\r\ntext")
    check()
  }

  @Test("typing stops at the limit in UTF-8 bytes, a multi-byte character included")
  func limitIsInBytes() {
    var editor = TextEditor(text: "ab", limit: 5)
    editor.handle(.character("é"))  // 2 bytes: 4 in all
    editor.handle(.character("é"))  // would make 6
    editor.handle(.character("c"))  // 5: fits
    #expect(editor.text == "abéc")
    #expect(editor.byteCount == 5)
  }
}
