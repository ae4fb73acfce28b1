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

  /// Shows the first of `warnings` on the wizard's status line as it opens,
  /// unless it opened read-only (that notice comes first).
  static func announce(_ warnings: [String], path: String, on model: inout WizardModel) {
    if !model.readOnly, let message = statusMessage(warnings, path: path) {
      model.announce(message)
    }
  }

  /// The wizard's first status message: the first problem, and how many
  /// more there are and where to read them all.
  static func statusMessage(_ warnings: [String], path: String) -> String? {
    guard let first = warnings.first else { return nil }
    let more =
      warnings.count == 1
      ? "" : " (and \(warnings.count - 1) more: `mlmaturity validate \(path)` lists them)"
    return "warning: \(first)\(more)"
  }
}
