import MaturityCore
import MaturityTUI
import TerminalUI
import Testing

@Suite("A full solo pass by keys")
struct FullPassTests {
  /// The digit chosen for the `position`-th question: varied so that every
  /// framework ends on an interesting result, always a valid option.
  private func digit(for position: Int, options: Int) -> Character {
    Character(String((position * 7 + position / 5) % options + 1))
  }

  @Test func everyQuestionIsAnsweredWithAboutOneKeyEach() throws {
    var model = Wizard.model()
    let total = model.totalCount
    #expect(total == 90)
    var keys = 0
    var expected: [String: String] = [:]
    var saves = 0

    while model.screen == .questions, keys < total * 2 {
      let entry = try #require(model.currentEntry)
      let key = digit(for: keys, options: entry.question.options.count)
      expected[entry.question.id] = entry.question.option(forKey: key)?.id
      saves += model.press(.character(key)).saves.count
      keys += 1
    }

    #expect(keys == total)
    #expect(Double(keys) <= 1.1 * Double(total))
    #expect(model.keyCount == keys)
    #expect(saves == total)
    #expect(model.screen == .page(SummaryPage(selected: 0)))
    #expect(model.answeredCount == total)
    #expect(expected.count == total)
    for (id, value) in expected {
      #expect(model.session.value(of: id) == value, "answer of \(id)")
    }
  }

  @Test func theLiveScoresAfterAFullPassMatchTheScorer() {
    var model = Wizard.model()
    var position = 0
    while model.screen == .questions, let entry = model.currentEntry, position < 200 {
      model.press(.character(digit(for: position, options: entry.question.options.count)))
      position += 1
    }

    let scored = Scorer.score(model.session, catalog: Wizard.catalog)

    #expect(model.scores.map(\.bank.id) == ["azure", "google", "mlts"])
    #expect(model.scores.sameResults(as: scored))
    #expect(model.scores.map(\.rung) == scored.map(\.rung))
    #expect(model.scores.allSatisfy { !$0.provisional })
    let summary = Wizard.screen(model)
    for score in scored {
      #expect(summary.contains(score.rungName), "summary shows \(score.bank.id) \(score.rungName)")
    }
  }
}
