import Foundation
import TestSupport
import Testing

@testable import TerminalUI

@Suite("Wrapping, truncation and alignment")
struct TextLayoutTests {
  @Test func wrapBreaksAtSpacesByDisplayWidth() {
    #expect(
      TextWrap.wrap("Première question très longue", width: 12)
        == ["Première", "question", "très longue"]
    )
  }

  @Test func wrapCountsAccentsAsOneColumn() {
    #expect(TextWrap.wrap("é\u{301}é é", width: 3) == ["é\u{301}é", "é"])
  }

  @Test func wrapCountsCJKAsTwoColumnsAndBreaksBetweenCharacters() {
    #expect(TextWrap.wrap("日本語のテキスト", width: 6) == ["日本語", "のテキ", "スト"])
    #expect(TextWrap.wrap("日本語", width: 5) == ["日本", "語"])
  }

  @Test func wrapHardBreaksLongWords() {
    #expect(
      TextWrap.wrap("a supercalifragilistic b", width: 8) == [
        "a", "supercal", "ifragili", "stic b",
      ]
    )
  }

  @Test func wrapKeepsExplicitNewlinesAndEmptyLines() {
    #expect(
      TextWrap.wrap("one\n\ntwo three\r\nfour", width: 9) == ["one", "", "two three", "four"]
    )
  }

  @Test func wrapKeepsIndentationAndDropsSpacesAtBreaks() {
    #expect(TextWrap.wrap("  indented text here", width: 11) == ["  indented", "text here"])
  }

  @Test func wrapOfEmptyTextIsOneEmptyLine() {
    #expect(TextWrap.wrap("", width: 10) == [""])
  }

  @Test func wrapEscapesControlCharacters() {
    #expect(TextWrap.wrap("a\u{1B}[1m b", width: 10) == ["a^[[1m b"])
  }

  @Test func wrapNeverExceedsTheWidth() {
    let text = "Évaluation — 日本語 mixed with long_identifier_names and 👍 emoji, e\u{301}tc."
    for width in 1...20 {
      for line in TextWrap.wrap(text, width: width) {
        #expect(DisplayWidth.of(line) <= max(width, 2), "width \(width): \(line)")
      }
    }
  }

  @Test func asciiTextWrapsAsTheSameTextWithAnAccentedLetterDoes() {
    // Printable ASCII takes a byte-wise path; an "é" sends the same shape
    // of text through the general one: both must break alike.
    var random = SeededRandom(seed: 16)
    for _ in 0..<300 {
      let length = Int(random.next() % 24)
      let ascii = String((0..<length).map { _ in random.pick(Array("ab  x")) })
      let accented = ascii.replacingOccurrences(of: "x", with: "é")
      guard accented != ascii else { continue }
      for width in [1, 2, 3, 5, 8] {
        let plain = TextWrap.wrap(ascii, width: width)
        let other = TextWrap.wrap(accented, width: width).map {
          $0.replacingOccurrences(of: "é", with: "x")
        }
        #expect(plain == other, "\(ascii.debugDescription) at width \(width)")
      }
    }
  }

  @Test func writeWrappedReturnsTheLinesNeeded() {
    var screen = ScreenBuffer(size: Size(columns: 10, rows: 3))
    let needed = screen.writeWrapped(
      "one two three four five",
      in: Rect(column: 1, row: 1, columns: 8, rows: 2)
    )
    #expect(needed == 4)
    #expect(screen.plainText == "\n one two\n three")
  }

  @Test func truncateAddsAnEllipsisOnlyWhenCutting() {
    #expect(DisplayWidth.truncate("Évaluation", to: 6) == "Évalu…")
    #expect(DisplayWidth.truncate("Évaluation", to: 10) == "Évaluation")
    #expect(DisplayWidth.truncate("日本語", to: 4) == "日…")
    #expect(DisplayWidth.truncate("abc", to: 0) == "")
  }

  @Test func alignedTextInASpan() {
    var screen = ScreenBuffer(size: Size(columns: 10, rows: 3))
    let rect = Rect(column: 0, row: 0, columns: 10, rows: 3)
    screen.writeCentered("mid", row: 0, in: rect)
    screen.writeRightAligned("日本", row: 1, in: rect)
    screen.write("much too long", alignment: .right, column: 0, row: 2, width: 10)
    #expect(screen.plainText == "   mid\n      日本\nmuch too …")
  }
}
