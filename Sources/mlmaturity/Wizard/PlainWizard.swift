import MaturityCore
import MaturityTUI
import TerminalUI

/// The line-by-line wizard (`--plain`): one question at a time, numbered
/// options, typed answers. For screen readers, dumb terminals and pipes.
struct PlainWizard {
  var session: Session
  /// Holds the session's lock and writes it.
  let writer: SessionWriter
  let catalog: BankCatalog

  private var path: String { writer.path }

  /// Asks every unanswered question in order, saving after each answer;
  /// returns the exit code.
  mutating func run() throws(MaturityError) -> Int32 {
    let banks = Scorer.banks(of: session, in: catalog)
    let entries = QuestionEntry.flatten(banks).filter { session.value(of: $0.question.id) == nil }
    Console.out("mlmaturity: \(entries.count) unanswered question(s); saving to \(path)\n")
    Console.out(
      "Type an option's number or letter; Enter skips, n adds a note, q saves and quits.\n"
    )
    for (position, entry) in entries.enumerated() {
      let bank = banks[entry.bankIndex]
      let question = entry.question
      var lines = [
        "",
        "[\(position + 1)/\(entries.count)] \(bank.name) / \(bank.sections[entry.sectionIndex].title)",
        "\(question.title) (\(question.id))",
        question.prompt,
      ]
      for (index, option) in question.options.enumerated() {
        lines.append("  \(index + 1) (\(option.key)) \(option.label)")
      }
      Console.out(lines.joined(separator: "\n") + "\n")
      while true {
        Console.out("answer> ")
        guard let line = readLine() else {
          Console.out("\n")
          return finish()
        }
        let typed = line.trimmingWhitespace()
        if typed.isEmpty { break }
        if typed == "q" { return finish() }
        if typed == "?" || typed == "h" {
          Console.out(question.help + "\n")
          continue
        }
        if typed == "n" {
          Console.out("note (one line)> ")
          if let note = readLine() {
            session.setNote(question.id, note: note, now: Clock.now())
            try writer.save(session)
            Console.out("note saved\n")
          }
          continue
        }
        let option =
          typed.count == 1
          ? typed.first.flatMap { question.option(forKey: $0) } : question.option(typed)
        guard let option else {
          Console.out(
            "not an option: type 1-\(question.options.count), a letter, or an answer id\n"
          )
          continue
        }
        session.setAnswer(question.id, value: option.id, now: Clock.now())
        try writer.save(session)
        Console.out("saved: \(option.label)\n")
        break
      }
    }
    return finish()
  }

  private func finish() -> Int32 {
    let scores = Scorer.score(session, catalog: catalog)
    Console.out("\n" + ScoreText.render(session: session, scores: scores, catalog: catalog))
    Console.out("session saved to \(path)\n")
    return 0
  }
}
