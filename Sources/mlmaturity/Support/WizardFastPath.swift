import ArgumentParser

#if canImport(Glibc)
  import Glibc
#endif

/// The two command lines that start the wizard, `mlmaturity` and
/// `mlmaturity open FILE`, run without argument-parser.
///
/// argument-parser finds a command's options by reflection and protocol
/// casts, whose first use scans the binary's conformance tables: about
/// 8 M instructions, a quarter of the way to the first frame. These two
/// command lines have no options to find, so they go straight to the
/// command's work with its defaults; every other command line (options,
/// help, other commands) takes argument-parser's route, so its usage and
/// errors read as before.
enum WizardFastPath {
  /// Runs `arguments` (without the program name) when they are one of the
  /// two wizard command lines, and exits; returns otherwise.
  static func runIfWizard(_ arguments: [String]) {
    do {
      switch arguments.count {
      case 0:
        try StartCommand.start(usePlain: WizardOptions.usePlain(asked: false), bankPaths: [])
      case 2 where arguments[0] == "open" && !arguments[1].hasPrefix("-"):
        try OpenCommand.open(
          arguments[1],
          usePlain: WizardOptions.usePlain(asked: false),
          bankPaths: []
        )
      default:
        return
      }
    } catch let code as ExitCode {
      // How the commands end; argument-parser's exit(withError:) would
      // build the root command's help (reflection again) to print nothing.
      Glibc.exit(code.rawValue)
    } catch {
      MLMaturity.exit(withError: error)
    }
    Glibc.exit(ExitCode.success.rawValue)
  }
}
