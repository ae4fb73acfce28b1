import Testing

@testable import TerminalUI

@Suite("Colour policy")
struct StyleTests {
  @Test func monochromeDropsColoursAndKeepsEmphasis() {
    let title = Style(foreground: .yellow, bold: true, underline: true)
    #expect(title.monochrome == Style(bold: true, underline: true))
    #expect(Style(foreground: .cyan, dim: true).monochrome == Style(dim: true))
  }

  @Test func monochromeTurnsColouredBackgroundsIntoReverseVideo() {
    #expect(Style(foreground: .black, background: .cyan).monochrome == Style(reverse: true))
    #expect(Style(background: .blue, reverse: true).monochrome == Style(reverse: true))
    #expect(Style(reverse: true).monochrome == Style(reverse: true))
  }

  @Test func monochromeHasNoColour() {
    for foreground in TerminalColor.allCases {
      for background in TerminalColor.allCases {
        #expect(!Style(foreground: foreground, background: background).monochrome.hasColor)
      }
    }
  }

  @Test func colorModeAppliesTheMapping() {
    let selected = Style(foreground: .black, background: .cyan)
    #expect(ColorMode.color.apply(to: selected) == selected)
    #expect(ColorMode.monochrome.apply(to: selected) == Style(reverse: true))
  }

  @Test func noColorWithAnyValueTurnsColourOff() {
    #expect(ColorMode(noColor: nil, terminalHasColors: true) == .color)
    #expect(ColorMode(noColor: "", terminalHasColors: true) == .color)
    #expect(ColorMode(noColor: "1", terminalHasColors: true) == .monochrome)
    #expect(ColorMode(noColor: nil, terminalHasColors: false) == .monochrome)
  }
}
