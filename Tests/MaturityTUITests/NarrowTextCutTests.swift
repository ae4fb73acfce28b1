import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

/// Text cut at a narrow width says it was cut (found by a cold run: the
/// score panel at 100 columns ended `… in production and 11` with `more`
/// below its foot, and the header at 60×16 `Payments ML · fra`).
@Suite("Narrow widths cut text visibly")
struct NarrowTextCutTests {
  @Test(
    arguments: [
      Size(columns: 100, rows: 30), Size(columns: 100, rows: 24), Wizard.standard,
      Size(columns: 120, rows: 30), Size(columns: 60, rows: 16), Wizard.wide,
      Size(columns: 200, rows: 60),
    ]
  )
  func theScorePanelNeverSplitsAndNMore(size: Size) {
    var model = Wizard.model(team: "Payments ML", system: "fraud-scoring")
    model.screenSize = size
    let screen = Wizard.screen(model, size)
    for line in screen.split(separator: "\n") {
      let words = line.split(separator: " ", omittingEmptySubsequences: true)
      for (index, word) in words.enumerated() where word == "and" && index + 1 < words.count {
        guard Int(words[index + 1].filter(\.isNumber)) != nil else { continue }
        #expect(
          index + 2 < words.count && words[index + 2].hasPrefix("more"),
          "`and N` without `more` at \(size):\n\(screen)"
        )
      }
    }
  }

  @Test func aHeaderCutAt60ColumnsEndsWithAnEllipsis() {
    var model = Wizard.model(team: "Payments ML", system: "fraud-scoring")
    let size = Size(columns: 60, rows: 16)
    model.screenSize = size
    let header = Wizard.screen(model, size).split(separator: "\n").first.map(String.init) ?? ""
    #expect(header.contains("Payments ML · "), "\(header)")
    #expect(header.contains("…"), "\(header)")
  }
}
