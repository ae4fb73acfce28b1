/// Catches a mistyped command before argument-parser reads it: without this,
/// `mlmaturity frobnicate` is taken as an argument to the default `start`
/// command ("Unexpected argument" with `start`'s usage), and `mlmaturity
/// help frobnicate` prints the top help and exits 0.
enum UnknownCommand {
  /// The one-line error for `arguments` (the command line without the
  /// program name) when its first word, or the word after `help`, is no
  /// command in `commands`; `nil` when the command line names a command or
  /// starts with an option.
  static func message(for arguments: [String], commands: [String]) -> String? {
    guard var word = arguments.first, !word.hasPrefix("-") else { return nil }
    var context = ""
    if word == "help" {
      guard arguments.count > 1, !arguments[1].hasPrefix("-") else { return nil }
      word = arguments[1]
      context = " for help"
    }
    guard !commands.contains(word), word != "help" else { return nil }
    let suggestion = closest(to: word, in: commands).map { "; did you mean '\($0)'?" } ?? ""
    return "unknown command '\(word)'\(context)\(suggestion) "
      + "(commands: \(commands.joined(separator: ", ")); `mlmaturity --help` describes them)"
  }

  /// The command `word` is most likely a typo of: at most two letters
  /// changed, added or removed (and fewer than half of them).
  static func closest(to word: String, in commands: [String]) -> String? {
    let scored = commands.map { ($0, editDistance(word, $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }),
      best.1 <= 2, best.1 * 2 < max(word.count, best.0.count)
    else { return nil }
    return best.0
  }

  /// Levenshtein distance between two words.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    return previous[b.count]
  }
}
