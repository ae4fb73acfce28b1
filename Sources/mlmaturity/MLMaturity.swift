import ArgumentParser
import MaturityCore

#if canImport(Glibc)
  import Glibc
#endif

/// The `mlmaturity` command: the wizard when run without a subcommand, and
/// batch subcommands for scripts.
@main
struct MLMaturity: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mlmaturity",
    abstract: "Assess how mature an ML system is against three public frameworks.",
    discussion: """
      Frameworks: the Azure MLOps maturity model, Google Cloud's MLOps levels and \
      The ML Test Score (Breck et al. 2017). Sessions are JSON files, by default in \
      $XDG_DATA_HOME/mlmaturity/sessions.

      Exit codes: 0 ok, 1 a gate or check failed, 64 usage, 65 bad data, 66 missing file, \
      74 I/O error, 75 the session is busy (another mlmaturity holds its lock).
      """,
    version: MaturityVersion.current,
    subcommands: [
      StartCommand.self, NewCommand.self, OpenCommand.self,
      ScoreCommand.self, ReportCommand.self, ValidateCommand.self, FrameworksCommand.self,
      BacklogCommand.self,
      QuestionsCommand.self, SetCommand.self, MergeCommand.self, DiffCommand.self,
      TrendCommand.self, PortfolioCommand.self, UpgradeCommand.self,
    ],
    defaultSubcommand: StartCommand.self
  )

  /// Starts the wizard's own command lines the short way
  /// (``WizardFastPath``); refuses an unknown command with the list of
  /// commands (exit 64) before argument-parser would take it as an argument
  /// of `start`; then runs.
  /// Output that cannot be written fails the run (74).
  static func main() {
    Console.checkOutputAtExit()
    let arguments = Array(CommandLine.arguments.dropFirst())
    WizardFastPath.runIfWizard(arguments)
    let names = configuration.subcommands.map { (command: ParsableCommand.Type) in
      command._commandName
    }
    if let message = UnknownCommand.message(for: arguments, commands: names) {
      Console.error("mlmaturity: " + message)
      Glibc.exit(ExitCode.validationFailure.rawValue)
    }
    main(nil)
  }
}
