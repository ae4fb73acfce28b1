import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// Start names every problem at once and moves to the first bad field
/// (found by a cold run: one error at a time, the focus left on Start).
@Suite("New-session form shows every problem")
struct NewSessionFormAllProblemsTests {
  @Test func badServingAndMinutesAreBothNamedAndTheFocusGoesToServing() throws {
    var model = StartModel(recent: [], banks: Wizard.catalog.banks, openForm: true)
    func fill(_ field: NewSessionForm.Field, _ text: String) {
      while let focus = model.form?.focus, focus != field.rawValue {
        _ = model.update(focus < field.rawValue ? .tab : .backTab)
      }
      for character in text { _ = model.update(.character(character)) }
    }
    fill(.serving, "sometimes")
    fill(.timebox, "ten")
    for _ in 0..<20 { _ = model.update(.tab) }
    let form = try #require(model.form)
    #expect(form.focus == form.startRow)
    #expect(model.update(.enter) == nil)
    let problem = try #require(model.form?.problem)
    #expect(problem.hasPrefix("2 problems: "), "\(problem)")
    #expect(problem.contains("serving"), "\(problem)")
    #expect(problem.contains("minutes per section"), "\(problem)")
    #expect(model.form?.focus == NewSessionForm.Field.serving.rawValue)
  }
}
