import ArgumentParser
import MaturityCore

/// `mlmaturity questions [--framework ID] [--json]`: every question id with
/// its allowed answers.
struct QuestionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "questions",
    abstract: "List every question id with its allowed answers."
  )

  @Option(name: .long, help: "Only this framework (azure, google, mlts, or a user bank's id).")
  var framework: String?

  @Flag(name: .long, help: "Print JSON.")
  var json = false

  @OptionGroup var banks: BankOptions

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      var selected = catalog.banks
      if let framework {
        guard let bank = catalog.bank(framework) else {
          let known = catalog.banks.map(\.id).joined(separator: ", ")
          throw MaturityError(.usage, "unknown framework \"\(framework)\" (known: \(known))")
        }
        selected = [bank]
      }
      if json {
        let list = selected.flatMap { bank in
          bank.sections.flatMap { section in
            section.questions.map { question in
              JSONNode(
                .object([
                  JSONMember("id", .string(question.id)),
                  JSONMember("framework", .string(bank.id)),
                  JSONMember("section", .string(section.id)),
                  JSONMember("title", .string(question.title)),
                  JSONMember("prompt", .string(question.prompt)),
                  JSONMember("answers", .array(question.options.map { JSONNode(.string($0.id)) })),
                  JSONMember("source", .array(question.source.map { JSONNode(.string($0)) })),
                ])
              )
            }
          }
        }
        Console.out(json: .array(list))
        return
      }
      var lines: [String] = []
      for bank in selected {
        for question in bank.questions {
          lines.append(
            "\(question.id)  [\(question.options.map(\.id).joined(separator: "|"))]  \(question.title)"
          )
        }
      }
      Console.out(lines.joined(separator: "\n") + "\n")
    }
  }
}
