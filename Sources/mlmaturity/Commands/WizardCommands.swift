import ArgumentParser
import MaturityCore
import MaturityTUI

#if canImport(Glibc)
  import Glibc
#endif

/// Options shared by the commands that open the wizard.
struct WizardOptions: ParsableArguments {
  @Flag(
    name: .long,
    help:
      "Line-by-line mode for screen readers and dumb terminals (automatic when TERM=dumb or not a terminal)."
  )
  var plain = false

  @OptionGroup var banks: BankOptions

  /// Whether to use the line-by-line mode.
  var usePlain: Bool {
    let term = SessionLauncher.environment["TERM"] ?? ""
    return plain || term == "dumb" || term.isEmpty || isatty(STDOUT_FILENO) != 1
      || isatty(STDIN_FILENO) != 1
  }
}

/// `mlmaturity` / `mlmaturity start`: the start screen.
struct StartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "start",
    abstract: "Open the start screen: resume a recent session or start a new one (the default)."
  )

  @OptionGroup var options: WizardOptions

  func run() throws {
    try Console.run {
      let catalog = try options.banks.catalog()
      if options.usePlain {
        let now = Clock.now()
        let request = NewSessionRequest(
          team: "",
          system: "",
          facilitator: "",
          participants: [],
          frameworks: catalog.banks.map(\.id),
          path: ""
        )
        let (session, _, writer) = try SessionLauncher.create(request, catalog: catalog, now: now)
        var wizard = PlainWizard(session: session, writer: writer, catalog: catalog)
        throw ExitCode(try wizard.run())
      }
      let model = StartModel(recent: SessionLauncher.recent(catalog: catalog), banks: catalog.banks)
      throw ExitCode(try TerminalApp(screen: .start(model), catalog: catalog).run())
    }
  }
}

/// `mlmaturity new [--file F]`: straight to the new-session form.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Start a new assessment."
  )

  @Option(
    name: .long,
    help: "Where to save the session (default: a new file in the default folder)."
  )
  var file: String?

  @OptionGroup var options: WizardOptions

  func run() throws {
    try Console.run {
      let catalog = try options.banks.catalog()
      if let file, FileIO.exists(file) {
        throw MaturityError(
          .usage,
          path: file,
          "already exists; open it with `mlmaturity open \(file)`"
        )
      }
      if options.usePlain {
        let request = NewSessionRequest(
          team: "",
          system: "",
          facilitator: "",
          participants: [],
          frameworks: catalog.banks.map(\.id),
          path: file ?? ""
        )
        let (session, _, writer) = try SessionLauncher.create(
          request,
          catalog: catalog,
          now: Clock.now()
        )
        var wizard = PlainWizard(session: session, writer: writer, catalog: catalog)
        throw ExitCode(try wizard.run())
      }
      let model = StartModel(recent: [], banks: catalog.banks, openForm: true, filePath: file)
      throw ExitCode(try TerminalApp(screen: .start(model), catalog: catalog).run())
    }
  }
}

/// `mlmaturity open FILE`: resume a session.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Resume a session in the wizard."
  )

  @Argument(help: "The session file.")
  var file: String

  @OptionGroup var options: WizardOptions

  func run() throws {
    try Console.run {
      let catalog = try options.banks.catalog()
      let session = try SessionFile.load(file)
      if options.usePlain {
        guard let (writer, locked) = try SessionWriter.open(file, waitingUpTo: 1) else {
          throw SessionLock.busy(file)
        }
        var wizard = PlainWizard(session: locked, writer: writer, catalog: catalog)
        throw ExitCode(try wizard.run())
      }
      let (model, writer) = SessionLauncher.wizard(session: session, path: file, catalog: catalog)
      throw ExitCode(
        try TerminalApp(screen: .wizard(model), catalog: catalog, writer: writer).run()
      )
    }
  }
}
