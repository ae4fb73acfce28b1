extension MarkdownReport {
  /// Escapes text from a session or bank for Markdown, touching only what
  /// would otherwise change how it renders, so the raw Markdown still reads
  /// well pasted as plain text (`Bo & Zoë`, `<- weakest`, `####....`).
  ///
  /// - Always: `\|` (table cells), `*`, `` ` ``, `[`, `~` (emphasis, code,
  ///   links, strikethrough); `_` unless inside a word (`snake_case`).
  /// - `&` only before something that reads as an entity (`&copy;`), `<`
  ///   only before something that reads as HTML or an autolink (`<b`,
  ///   `</`, `<!`, `<?`): those become `&amp;` and `&lt;`, so no HTML gets
  ///   through.
  /// - `\` only before punctuation or at the end, where it would escape.
  /// - At the start, what would begin a block (`#`, `>`, `-`, `+`, `1.`),
  ///   and a closing `#` run at the end (an ATX heading would drop it).
  /// - Line breaks become `<br>`; control characters are spelled visibly
  ///   (see ``VisibleText``).
  public static func escape(_ text: String) -> String {
    let characters = Array(VisibleText.spelled(text))
    let firstVisible = characters.firstIndex { $0 != " " } ?? characters.endIndex
    let closingHashes = closingHashRun(characters)
    var out = ""
    for index in characters.indices {
      let character = characters[index]
      let next = index + 1 < characters.count ? characters[index + 1] : nil
      let previous = index > 0 ? characters[index - 1] : nil
      switch character {
      case "\n", "\r\n": out += "<br>"
      case "|", "*", "`", "[", "~": out += "\\" + String(character)
      case "_" where !(isWordCharacter(previous) && isWordCharacter(next)):
        out += "\\_"
      case "&" where startsEntity(characters, after: index): out += "&amp;"
      case "<" where next.map(opensTag) ?? false: out += "&lt;"
      case "\\" where next.map { isASCIIPunctuation($0) || $0.isNewline } ?? true:
        out += "\\\\"
      case "#"
      where index == closingHashes || (index == firstVisible && opensHeading(characters[index...])):
        out += "\\#"
      case ">" where index == firstVisible:
        out += "\\>"
      case "-" where index == firstVisible && endsMarker(next, "-"),
        "+" where index == firstVisible && endsMarker(next, "+"):
        out += "\\" + String(character)
      case "." where endsListNumber(characters, at: index, from: firstVisible),
        ")" where endsListNumber(characters, at: index, from: firstVisible):
        out += "\\" + String(character)
      default: out.append(character)
      }
    }
    return out
  }

  /// Whether `character` is a letter or digit (an underscore between two is
  /// part of a word, not emphasis).
  private static func isWordCharacter(_ character: Character?) -> Bool {
    guard let character else { return false }
    return character.isLetter || character.isNumber
  }

  /// Whether a `<` before `character` would start an HTML tag, comment,
  /// declaration or autolink.
  private static func opensTag(_ character: Character) -> Bool {
    (character.isASCII && character.isLetter) || character == "/" || character == "!"
      || character == "?"
  }

  private static func isASCIIPunctuation(_ character: Character) -> Bool {
    character.isASCII && (character.isPunctuation || character.isSymbol)
  }

  /// Whether `&` at `index` is followed by `name;`, `#123;` or `#x1F;`.
  private static func startsEntity(_ characters: [Character], after index: Int) -> Bool {
    var position = index + 1
    if position < characters.count && characters[position] == "#" { position += 1 }
    let start = position
    while position < characters.count, characters[position].isASCII,
      characters[position].isLetter || characters[position].isNumber
    {
      position += 1
    }
    return position > start && position < characters.count && characters[position] == ";"
  }

  /// The index of the first `#` of a run that ends the text after a space
  /// (`Team #`), which an ATX heading would take as its closing sequence.
  private static func closingHashRun(_ characters: [Character]) -> Int? {
    var start = characters.endIndex
    while start > 0 && characters[start - 1] == "#" { start -= 1 }
    guard start < characters.endIndex, start > 0, characters[start - 1] == " " else { return nil }
    return start
  }

  /// Whether `text`, starting with `#`, reads as an ATX heading: one to six
  /// `#` followed by a space or the end.
  private static func opensHeading(_ text: ArraySlice<Character>) -> Bool {
    let run = text.prefix { $0 == "#" }
    let after = text.dropFirst(run.count).first
    return run.count <= 6 && (after == nil || after == " ")
  }

  /// Whether a block marker at the start is complete: followed by a
  /// space, the end, or the same character again (`##`, `---`).
  private static func endsMarker(_ next: Character?, _ marker: Character) -> Bool {
    next == nil || next == " " || next == marker
  }

  /// Whether the `.` or `)` at `index` ends an ordered-list number that
  /// starts the text (`1. text`).
  private static func endsListNumber(
    _ characters: [Character],
    at index: Int,
    from start: Int
  ) -> Bool {
    let next = index + 1 < characters.count ? characters[index + 1] : nil
    let prefix = characters[start..<index]
    return (next == nil || next == " ") && !prefix.isEmpty && prefix.count <= 9
      && prefix.allSatisfy { $0.isASCII && $0.isNumber }
  }
}
