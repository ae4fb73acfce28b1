import ArgumentParser
import MaturityCore
import TerminalUI

/// `mlmaturity frameworks`: the banks, versions, question counts and the
/// reference ids they cover.
struct FrameworksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "frameworks",
    abstract: "List the question banks with their versions, question counts and reference ids."
  )

  @Flag(name: .long, help: "Print JSON.")
  var json = false

  @OptionGroup var banks: BankOptions

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      if json {
        let list = catalog.banks.map { bank in
          JSONNode(
            .object([
              JSONMember("id", .string(bank.id)),
              JSONMember("version", .string(bank.version)),
              JSONMember("name", .string(bank.name)),
              JSONMember("title", .string(bank.title)),
              JSONMember("scoring", .string(bank.scoring.rawValue)),
              JSONMember("sections", .number(Double(bank.sections.count))),
              JSONMember("questions", .number(Double(bank.questions.count))),
              JSONMember("references", .array(bank.referenceIDs.map { JSONNode(.string($0)) })),
            ])
          )
        }
        Console.out(json: .array(list))
        return
      }
      var lines: [String] = []
      for bank in catalog.banks {
        lines.append(
          "\(bank.id)  \(bank.version)  \(bank.name): "
            + "\(Plural.count(bank.questions.count, "question")) in "
            + "\(Plural.count(bank.sections.count, "section"))"
        )
        lines.append("  \(bank.title)")
        lines.append("  \(bank.citation)  \(bank.url)")
        for section in bank.sections {
          lines.append("  - \(section.title): \(section.questions.count)")
        }
        lines.append("  covers \(bank.referenceIDs.count) reference ids:")
        lines += TextWrap.wrap(bank.referenceIDs.joined(separator: " "), width: 76).map {
          "    " + $0
        }
        lines.append("")
      }
      Console.out(lines.joined(separator: "\n"))
    }
  }

}
