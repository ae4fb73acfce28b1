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
  var usePlain: Bool { Self.usePlain(asked: plain) }

  /// Whether to use the line-by-line mode when `--plain` was `asked` or
  /// not: also when the terminal cannot show the full-screen wizard.
  static func usePlain(asked: Bool) -> Bool {
    let term = SessionLauncher.environment["TERM"] ?? ""
    return asked || term == "dumb" || term.isEmpty || isatty(STDOUT_FILENO) != 1
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
    try Self.start(usePlain: options.usePlain, bankPaths: options.banks.paths)
  }

  /// The start screen, or the plain mode's start, with the shipped banks
  /// and those at `bankPaths`.
  static func start(usePlain: Bool, bankPaths: [String]) throws {
    try Console.run {
      let catalog = try BankLoader.catalog(userBankPaths: bankPaths)
      if usePlain {
        let plain = PlainModel(catalog: catalog, recent: SessionLauncher.recent(catalog: catalog))
        var runner = PlainRunner(model: plain)
        throw ExitCode(runner.run())
      }
      let model = StartModel(recent: SessionLauncher.recent(catalog: catalog), banks: catalog.banks)
      throw ExitCode(try TerminalApp(screen: model, catalog: catalog).run())
    }
  }
}

/// `mlmaturity new [--file F]`: straight to the new-session form; with
/// `--from F`, the next round of an earlier session; with `--prework --as
/// NAME`, one participant's pre-work for a workshop.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Start a new assessment, the next round of one, or a participant's pre-work.",
    discussion: """
      Examples:
        mlmaturity new
        mlmaturity new --from 2026-q3.json --date 2026-12-01
        mlmaturity new --prework --as Bo --from workshop.json
      """
  )

  @Option(
    name: .long,
    help: "Where to save the session (default: a new file in the default folder).",
    completion: .jsonFile
  )
  var file: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "An earlier session: start its next round (answers shown as last time), or with --prework the workshop to prepare for.",
      valueName: "SESSION"
    ),
    completion: .jsonFile
  )
  var from: String?

  @Flag(name: .long, help: "A pre-work file: one participant answers alone before the workshop.")
  var prework = false

  @Option(name: .customLong("as"), help: "The participant answering the pre-work.")
  var participant: String?

  @Option(
    name: .long,
    help: "The day of the new round, YYYY-MM-DD, after the earlier round's (default: today)."
  )
  var date: String?

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
      if from != nil || prework || participant != nil || date != nil {
        let (session, path, writer) = try startRound(catalog: catalog)
        if options.usePlain {
          var runner = PlainRunner(
            model: PlainModel(session: session, path: path, catalog: catalog),
            writer: writer
          )
          throw ExitCode(runner.run())
        }
        let model = WizardModel(session: session, path: path, catalog: catalog)
        throw ExitCode(
          try TerminalApp(screen: model, catalog: catalog, writer: writer).run()
        )
      }
      if options.usePlain {
        var plain = PlainModel(catalog: catalog, recent: [], newSession: true)
        plain.presetPath(file)
        var runner = PlainRunner(model: plain)
        throw ExitCode(runner.run())
      }
      let model = StartModel(recent: [], banks: catalog.banks, openForm: true, filePath: file)
      throw ExitCode(try TerminalApp(screen: model, catalog: catalog).run())
    }
  }

  /// Creates and saves the next round or the pre-work file.
  private func startRound(catalog: BankCatalog) throws(MaturityError) -> (
    Session, String, SessionWriter
  ) {
    let now = Clock.now()
    if prework != (participant != nil) {
      throw MaturityError(.usage, "--prework and --as NAME go together")
    }
    let day: Day
    if let date {
      guard let parsed = Day(date) else {
        throw MaturityError(.usage, Day.invalidMessage(date, what: "--date"))
      }
      day = parsed
    } else {
      day = Day(now)
    }
    let earlier = try from.map { path throws(MaturityError) in try SessionFile.load(path) }
    var session: Session
    var path: String
    if let participant {
      let name = participant.trimmingWhitespace()
      guard !name.isEmpty, !name.contains("\n") else {
        throw MaturityError(.usage, "--as needs the participant's name on one line")
      }
      let workshop = earlier ?? Session.new(banks: catalog.banks, now: now)
      session = Session.prework(for: name, from: workshop, file: from, catalog: catalog, now: now)
      path = file ?? Self.preworkPath(workshop: from, name: name, now: now)
    } else if let earlier, let from {
      if let prework = earlier.prework {
        throw MaturityError(
          .usage,
          path: from,
          "is \(prework.participant)'s pre-work, not a workshop; start the next round from the workshop's file"
        )
      }
      // A next round comes after the earlier one: otherwise trend, diff and
      // the summary would take them in the wrong order.
      if let problem = earlier.nextRoundDayProblem(day) {
        let named = date.map { "--date \($0)" } ?? "today, \(day.text),"
        throw MaturityError(.usage, path: from, "\(named) \(problem); name a later day with --date")
      }
      session = Session.nextRound(from: earlier, file: from, date: day, catalog: catalog, now: now)
      path =
        file
        ?? SessionLauncher.newPath(
          team: earlier.team,
          system: earlier.system,
          day: day.text
        )
    } else {
      throw MaturityError(.usage, "--date goes with --from SESSION (the next round)")
    }
    session.date = day.text
    if FileIO.exists(path) {
      throw MaturityError(.usage, path: path, "already exists; name another file with --file")
    }
    let writer = try SessionWriter.create(session, at: path)
    return (session, path, writer)
  }

  /// `<workshop folder>/<workshop name>-prework-<name>.json`, or a new file
  /// in the default folder without a workshop.
  private static func preworkPath(workshop: String?, name: String, now: Timestamp) -> String {
    let slug = SessionLauncher.slug(name)
    guard let workshop else { return SessionLauncher.newPath(team: "prework-" + slug, now: now) }
    let base = FileIO.baseName(workshop)
    let stem = base.hasSuffix(".json") ? String(base.dropLast(5)) : base
    return "\(FileIO.directoryName(workshop))/\(stem)-prework-\(slug).json"
  }
}

/// `mlmaturity open FILE`: resume a session.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Resume a session in the wizard."
  )

  @Argument(help: "The session file.", completion: .jsonFile)
  var file: String

  @OptionGroup var options: WizardOptions

  func run() throws {
    try Self.open(file, usePlain: options.usePlain, bankPaths: options.banks.paths)
  }

  /// Resumes the session at `file` with the shipped banks and those at
  /// `bankPaths`, full screen or in the plain mode.
  static func open(_ file: String, usePlain: Bool, bankPaths: [String]) throws {
    try Console.run {
      let catalog = try BankLoader.catalog(userBankPaths: bankPaths)
      let session = try SessionFile.load(file)
      let warnings = OpenWarnings.lines(session, catalog: catalog)
      OpenWarnings.print(warnings, path: file)
      if usePlain {
        guard let (writer, locked) = try SessionWriter.open(file, waitingUpTo: 1) else {
          throw SessionLock.busy(file)
        }
        var runner = PlainRunner(
          model: PlainModel(session: locked, path: file, catalog: catalog),
          writer: writer
        )
        throw ExitCode(runner.run())
      }
      var (model, writer) = SessionLauncher.wizard(session: session, path: file, catalog: catalog)
      model.announceWarnings(warnings)
      throw ExitCode(
        try TerminalApp(screen: model, catalog: catalog, writer: writer).run()
      )
    }
  }
}
