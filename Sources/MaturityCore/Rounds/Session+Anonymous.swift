extension Session {
  /// The session as reports and exports may show it: with
  /// ``anonymousVotes`` on, every participant and voter becomes P1…Pn (in
  /// an order that does not follow the participant list), also where
  /// a name stands as a whole word in a note, rationale or dissent, so no
  /// voter's name is printed, nor as the owner of evidence; otherwise the
  /// session itself. Action owners and the facilitator stay named: they
  /// are assignments, not votes.
  public var forSharing: Session {
    guard anonymousVotes else { return self }
    var voters = participants
    for name in Set(answers.values.flatMap(\.votes.keys)).sorted() where !voters.contains(name) {
      voters.append(name)
    }
    // P-numbers in an order that does not follow the participant list (so
    // P1 is not whoever was named first, often the facilitator), stable
    // for one session: sorted by a hash of the name and the session's
    // creation time.
    func scramble(_ name: String) -> UInt64 {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in (createdAt + "\u{0}" + name).utf8 {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
      return hash
    }
    let order = voters.sorted { (scramble($0), $0) < (scramble($1), $1) }
    var alias: [String: String] = [:]
    for (position, name) in order.enumerated() { alias[name] = "P\(position + 1)" }
    var copy = self
    copy.participants = participants.compactMap { alias[$0] }.sorted {
      $0.count != $1.count ? $0.count < $1.count : $0 < $1
    }
    let longestFirst = voters.sorted { $0.count > $1.count }
    func hide(_ text: String?) -> String? {
      guard var text else { return nil }
      for name in longestFirst {
        text = Self.replacingWord(name, with: alias[name] ?? "", in: text)
      }
      return text
    }
    for (id, answer) in answers {
      var renamed = answer
      renamed.votes = Dictionary(
        uniqueKeysWithValues: answer.votes.map { (alias[$0.key] ?? $0.key, $0.value) }
      )
      renamed.note = hide(answer.note)
      renamed.rationale = hide(answer.rationale)
      renamed.dissent = hide(answer.dissent)
      // Who vouches for evidence is named only when not a voter.
      renamed.evidence = answer.evidence.map { item in
        var copy = item
        copy.owner = item.owner.map { alias[$0] ?? $0 }
        return copy
      }
      copy.answers[id] = renamed
    }
    return copy
  }

  /// `text` with every whole-word `word` replaced by `replacement`.
  static func replacingWord(_ word: String, with replacement: String, in text: String) -> String {
    guard !word.isEmpty, text.contains(word) else { return text }
    let characters = Array(text)
    let target = Array(word)
    var out = ""
    var index = 0
    while index < characters.count {
      let end = index + target.count
      if end <= characters.count, Array(characters[index..<end]) == target,
        index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber),
        end == characters.count || !(characters[end].isLetter || characters[end].isNumber)
      {
        out += replacement
        index = end
      } else {
        out.append(characters[index])
        index += 1
      }
    }
    return out
  }
}
