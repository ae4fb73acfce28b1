import ArgumentParser
import MaturityCore

/// `mlmaturity validate FILE...`: checks session and bank files.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check session and bank files and report every problem.",
    discussion:
      "Exits 0 when every file is valid, 65 when any has a problem, 66 when one is missing."
  )

  @Argument(help: "Session or bank files.", completion: .jsonFile)
  var files: [String]

  @OptionGroup var banks: BankOptions

  func validate() throws {
    guard !files.isEmpty else { throw ValidationError("name at least one file to check") }
  }

  func run() throws {
    try Console.run {
      let catalog = try banks.catalog()
      var worst: MaturityError?
      for file in files {
        do throws(MaturityError) {
          let problems = try FileCheck.check(file, catalog: catalog)
          if problems.isEmpty {
            Console.out("\(file): ok\n")
            continue
          }
          for problem in problems { Console.error("\(file): \(problem)") }
          worst = worst ?? MaturityError(.badData, path: file, "has problems")
        } catch {
          Console.error("\(error.description)")
          if worst == nil || error.kind == .missingFile { worst = error }
        }
      }
      if let worst {
        throw ExitCode(worst.exitCode)
      }
      Console.out("\(Plural.count(files.count, "file")) valid\n")
    }
  }
}

/// The checks behind `validate`.
enum FileCheck {
  /// Problems in the file at `path`; an empty list means it is valid. A
  /// file that cannot be read or parsed throws.
  static func check(_ path: String, catalog: BankCatalog) throws(MaturityError) -> [String] {
    let bytes = try FileIO.read(path)
    let node: JSONNode
    do {
      node = try JSONParser.parse(bytes)
    } catch {
      throw MaturityError(.badData, path: path, error.description)
    }
    if case .object(let members) = node.value, members.contains(where: { $0.key == "sections" }) {
      let bank = try BankLoader.parse(bytes, path: path)
      var problems: [String] = []
      for question in bank.questions
      where catalog.lookup(question.id).map({ $0.bank.id != bank.id }) ?? false {
        problems.append("question id \"\(question.id)\" is also in the shipped bank")
      }
      return problems
    }
    let session = try SessionFile.parse(bytes, path: path)
    let scores = Scorer.score(session, catalog: catalog)
    return Diagnostics.warnings(session: session, scores: scores, catalog: catalog)
  }
}
