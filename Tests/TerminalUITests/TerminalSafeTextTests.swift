import Testing

@testable import TerminalUI

/// A hostile input and how it must look; test logs show only the escaped
/// form, so running the tests never sends the raw sequence to a terminal.
struct HostileText: Sendable, CustomTestStringConvertible {
  let input: String
  let shown: String

  var testDescription: String { shown }
}

@Suite("Hostile text is shown escaped, never raw")
struct TerminalSafeTextTests {
  static let cases: [HostileText] = [
    HostileText(input: "\u{1B}[2J\u{1B}[31mred", shown: "^[[2J^[[31mred"),
    HostileText(input: "\u{1B}]52;c;ZWNobyBwd25lZA==\u{7}", shown: "^[]52;c;ZWNobyBwd25lZA==^G"),
    HostileText(input: "\u{1B}]0;title\u{1B}\\", shown: "^[]0;title^[\\"),
    HostileText(input: "ding\u{7}", shown: "ding^G"),
    HostileText(input: "Score: 1\rScore: 5", shown: "Score: 1^MScore: 5"),
    HostileText(input: "line\nbreak", shown: "line^Jbreak"),
    HostileText(input: "tab\there", shown: "tab^Ihere"),
    HostileText(input: "del\u{7F}", shown: "del^?"),
    HostileText(input: "nul\u{0}", shown: "nul^@"),
    HostileText(input: "csi\u{9B}31m", shown: "csi<U+009B>31m"),
    HostileText(input: "\u{9D}osc", shown: "<U+009D>osc"),
    HostileText(input: "abc\u{202E}fed", shown: "abc<U+202E>fed"),
    HostileText(
      input: "\u{202A}\u{202B}\u{202C}\u{202D}",
      shown: "<U+202A><U+202B><U+202C><U+202D>"
    ),
    HostileText(
      input: "\u{2066}x\u{2067}y\u{2068}z\u{2069}",
      shown: "<U+2066>x<U+2067>y<U+2068>z<U+2069>"
    ),
    HostileText(input: "para\u{2029}sep", shown: "para<U+2029>sep"),
    HostileText(input: "Pay\u{200B}ments", shown: "Pay<U+200B>ments"),
    HostileText(
      input: "a\u{200C}b\u{200D}c\u{200E}d\u{200F}e",
      shown: "a<U+200C>b<U+200D>c<U+200E>d<U+200F>e"
    ),
    HostileText(input: "arabic\u{061C}mark", shown: "arabic<U+061C>mark"),
    HostileText(input: "\u{FEFF}bom", shown: "<U+FEFF>bom"),
    HostileText(
      input: "w\u{2060}j\u{2061}f\u{2062}t\u{2063}s\u{2064}p",
      shown: "w<U+2060>j<U+2061>f<U+2062>t<U+2063>s<U+2064>p"
    ),
    HostileText(input: "soft\u{00AD}hyphen", shown: "soft<U+00AD>hyphen"),
    HostileText(input: "tag\u{E0001}\u{E0041}\u{E007F}", shown: "tag<U+E0001><U+E0041><U+E007F>"),
  ]

  @Test(arguments: cases)
  func sanitizeShowsControlsVisibly(text: HostileText) {
    #expect(TerminalSafeText.sanitize(text.input) == text.shown)
  }

  @Test(arguments: cases)
  func noUnsafeScalarReachesABufferCell(text: HostileText) {
    var screen = ScreenBuffer(size: Size(columns: 60, rows: 1))
    screen.write(text.input, column: 0, row: 0)
    #expect(screen.plainText == text.shown)
    for column in 0..<60 {
      for scalar in screen[column, 0].text.unicodeScalars {
        #expect(!TerminalSafeText.needsEscaping(scalar), "raw U+\(scalar.value) in a cell")
      }
    }
  }

  @Test("names that differ only by an invisible mark never look the same")
  func invisibleMarksMakeNamesLookDifferent() {
    #expect(TerminalSafeText.sanitize("Payments") != TerminalSafeText.sanitize("Pay\u{200B}ments"))
    #expect(DisplayWidth.of("Pay\u{200B}ments") == DisplayWidth.of("Pay<U+200B>ments"))
  }

  @Test func printableTextIsUnchanged() {
    let text = "Évaluation 日本 — naïve café ✓ 👍 ½"
    #expect(TerminalSafeText.sanitize(text) == text)
  }

  @Test func lineBreaksCanBeAllowedForMultiLineOutput() {
    let text = "a\nb\r\nc\rd\te\u{1B}"
    #expect(TerminalSafeText.sanitize(text, allowing: .lineBreaks) == "a\nb\nc^Md^Ie^[")
    #expect(TerminalSafeText.sanitize(text, allowing: [.lineBreaks, .tabs]) == "a\nb\nc^Md\te^[")
  }

  @Test func escapedTextHasTheWidthOfItsEscape() {
    #expect(DisplayWidth.of("\u{1B}[0m") == 5)
    #expect(DisplayWidth.of("\u{202E}") == 8)
  }

  @Test func keyDescriptionsOfControlCharactersAreEscaped() {
    #expect(Key.character("\u{1B}").description == "^[")
  }
}
