import MaturityCore
import MaturityTUI

/// What `open` says about a session before the wizard starts, like `score`
/// does: answers to questions no bank has, answers that are no option of
/// their question, bank versions that differ from the ones the answers were
/// given against, frameworks this mlmaturity does not know.
enum OpenWarnings {
  /// One line per problem (see ``Diagnostics/warnings(session:scores:catalog:)``).
  static func lines(_ session: Session, catalog: BankCatalog) -> [String] {
    Diagnostics.warnings(
      session: session,
      scores: Scorer.score(session, catalog: catalog),
      catalog: catalog
    )
  }

  /// Prints each problem to standard error as `mlmaturity: warning: FILE: …`.
  static func print(_ warnings: [String], path: String) {
    for line in warnings { Console.error("mlmaturity: warning: \(path): \(line)") }
  }
}
