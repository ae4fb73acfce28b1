import TerminalUI

/// A screen as text with its styles, for snapshots that must also catch a
/// lost highlight or colour.
///
/// Every row is printed as `|text`; a row with any styled cell is followed
/// by `~marks`, one letter per column naming the cell's style (a space for
/// the plain style). The letters are explained at the end, in order of
/// first use: `a = fg blue`, `b = bold reverse`.
///
/// ```swift
/// assertSnapshot(styledText(frame.buffer), named: "main-styled-80x24")
/// ```
public func styledText(_ buffer: ScreenBuffer) -> String {
  var letters: [Style: Character] = [:]
  var legend: [String] = []
  var lines: [String] = []
  let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
  for row in 0..<buffer.size.rows {
    lines.append("|" + buffer.text(row: row))
    var marks = ""
    for column in 0..<buffer.size.columns {
      let style = buffer[column, row].style
      guard style != .plain else {
        marks.append(" ")
        continue
      }
      if letters[style] == nil {
        let letter = letters.count < alphabet.count ? alphabet[letters.count] : "?"
        letters[style] = letter
        legend.append("\(letter) = \(describe(style))")
      }
      marks.append(letters[style] ?? "?")
    }
    while marks.last == " " { marks.removeLast() }
    if !marks.isEmpty { lines.append("~" + marks) }
  }
  return (lines + ["", "styles:"] + legend).joined(separator: "\n")
}

/// A style in words: `fg cyan bg black bold dim underline reverse`.
private func describe(_ style: Style) -> String {
  var words: [String] = []
  if style.foreground != .default { words.append("fg \(style.foreground)") }
  if style.background != .default { words.append("bg \(style.background)") }
  if style.bold { words.append("bold") }
  if style.dim { words.append("dim") }
  if style.underline { words.append("underline") }
  if style.reverse { words.append("reverse") }
  return words.joined(separator: " ")
}
