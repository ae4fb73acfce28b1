import MaturityCore
import Testing

/// A change of the system's context is reported by every diff format: it
/// changes which questions apply.
@Suite("Compare: the system's context")
struct CompareContextTests {
  @Test("serving online → batch is named in text, Markdown and JSON")
  func contextChangeIsReported() throws {
    var old = Session.new(banks: Shipped.banks, now: Timestamp(secondsSince1970: 0))
    old.context = SystemContext(["serving": "online"])
    var new = old
    new.context = SystemContext(["serving": "batch"])
    let diff = SessionDiff(old: old, new: new, catalog: Shipped.catalog)

    #expect(diff.contextChanges == [ContextChange(key: "serving", old: "online", new: "batch")])
    let text = DiffText.render(diff, oldPath: "a.json", newPath: "b.json")
    #expect(text.contains("context changed: serving: online → batch"))
    let markdown = DiffMarkdown.render(diff, oldPath: "a.json", newPath: "b.json")
    #expect(markdown.contains("| Context | serving=online | serving=batch |"))
    let json = JSONWriter.write(DiffJSON.document(diff, oldPath: "a.json", newPath: "b.json"))
    #expect(json.contains("\"contextChanges\"") && json.contains("\"old\": \"online\""))
  }

  @Test("an unknown context that becomes known is a change; the same context is none")
  func unknownToKnown() {
    let known = SystemContext(["serving": "both"])
    #expect(
      ContextChange.all(old: SystemContext(), new: known).first?.text == "serving: unknown → both"
    )
    #expect(ContextChange.all(old: known, new: known).isEmpty)
  }
}
