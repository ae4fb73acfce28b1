import CursesBackend
import MaturityCore
import MaturityTUI
import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

/// The full-screen program: draws the current screen with curses, turns
/// keys into events, and carries out the effects the pure models ask for
/// (saving, `$EDITOR`, quitting). The only place where the wizard meets the
/// terminal and the disk.
final class TerminalApp {
  /// What is on screen.
  enum Screen {
    case start(StartModel)
    case wizard(WizardModel)
    /// Two sessions side by side (`mlmaturity diff --tui`).
    case compare(CompareModel)
  }

  private let terminal: any TerminalBackend = CursesTerminal()
  private let catalog: BankCatalog
  private var screen: Screen
  /// Lines printed to standard error once the terminal is restored.
  private var farewell: [String] = []
  /// Writes the open session (holding its lock) in the background, so
  /// typing never waits for a save; saves coalesce.
  private let saver: BackgroundSaver
  /// The start screen a comparison was opened from, shown again when it
  /// closes.
  private var startBeforeCompare: StartModel?

  init(screen: Screen, catalog: BankCatalog, writer: SessionWriter? = nil) {
    self.screen = screen
    self.catalog = catalog
    self.saver = BackgroundSaver(writer: writer)
  }

  /// Runs until the user quits or a signal arrives; returns the exit code.
  func run() throws(MaturityError) -> Int32 {
    do {
      try terminal.start()
    } catch {
      saver.release()
      throw MaturityError(.io, "cannot start the full-screen wizard: \(error); try --plain")
    }
    let code = loop()
    saver.release()
    terminal.stop()
    for line in farewell { Console.error(line) }
    return code
  }

  private func loop() -> Int32 {
    while true {
      let size = terminal.size
      let frame: Frame
      switch screen {
      case .start(let model): frame = StartView.render(model, size: size)
      case .wizard(let model): frame = WizardView.render(model, size: size)
      case .compare(let model): frame = CompareView.render(model, size: size)
      }
      terminal.draw(frame)
      // A save's outcome joins the next frame drawn anyway: the next key's,
      // or after 250 ms without keys. It is never a late write of its own
      // after a key's frame (one key, one burst of output).
      let key = terminal.readKey(timeoutMilliseconds: 250)
      deliverSaveOutcomes()
      if let signal = TerminalSignals.pendingSignal {
        _ = send(.quitRequested)
        farewell.append("mlmaturity: stopped by signal \(signal); terminal restored")
        return 128 + signal
      }
      let tooSmall = WizardView.isTooSmall(terminal.size)
      // On the "terminal too small" screen nothing is visible: only q acts.
      if tooSmall && !(key == .character("q") || key == .hangup) && !isWizard { continue }
      switch screen {
      case .start(var model):
        let effect = tooSmall && key == .character("q") ? .quit : model.update(key)
        screen = .start(model)
        if let effect, let code = perform(effect, model: model) { return code }
      case .wizard:
        let event: WizardEvent = tooSmall && key == .character("q") ? .quitRequested : .key(key)
        if send(event) { return 0 }
      case .compare(var model):
        let effect = model.update(key)
        screen = .compare(model)
        if effect == .quit { return 0 }
        if effect == .back, let start = startBeforeCompare { screen = .start(start) }
      }
    }
  }

  /// Whether the wizard is on screen (it handles a too-small terminal itself).
  private var isWizard: Bool {
    if case .wizard = screen { return true }
    return false
  }

  /// Sends `event` to the wizard and carries out its effects; returns
  /// whether the wizard asked to quit.
  private func send(_ event: WizardEvent) -> Bool {
    guard case .wizard(var model) = screen else { return event == .quitRequested }
    model.screenSize = terminal.size
    var pending = model.update(event, now: Clock.now())
    var quit = false
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      let followUp: WizardEvent?
      switch effect {
      case .save(let session, let path):
        saver.submit(session, path: path)
        followUp = nil
      case .editExternally(let text):
        saver.waitUntilIdle()
        followUp = editExternally(text)
      case .quit:
        quit = true
        followUp = nil
      }
      if let followUp { pending += model.update(followUp, now: Clock.now()) }
    }
    screen = .wizard(model)
    if quit {
      saver.waitUntilIdle()
      deliverSaveOutcomes()
      if case .wizard(let saved) = screen { model = saved }
      if case .failed(let reason) = model.saveState {
        farewell.append("mlmaturity: quit without saving: \(reason)")
      } else if model.readOnly {
        farewell.append(
          "mlmaturity: read-only (another mlmaturity has \(model.path) open): nothing was changed"
        )
      } else {
        farewell.append("mlmaturity: session saved to \(model.path)")
      }
    }
    return quit
  }

  /// Tells the wizard how finished saves went.
  private func deliverSaveOutcomes() {
    for outcome in saver.takeOutcomes() { _ = send(outcome) }
  }

  /// Carries out a start-screen effect; returns an exit code to stop.
  private func perform(_ effect: StartModel.Effect, model: StartModel) -> Int32? {
    var model = model
    do {
      switch effect {
      case .quit:
        return 0
      case .open(let path):
        let session = try SessionFile.load(path)
        var (model, writer) = SessionLauncher.wizard(session: session, path: path, catalog: catalog)
        OpenWarnings.announce(OpenWarnings.lines(session, catalog: catalog), path: path, on: &model)
        saver.use(writer)
        screen = .wizard(model)
      case .compare(let old, let new):
        let diff = SessionDiff(
          old: try SessionFile.load(old),
          new: try SessionFile.load(new),
          catalog: catalog
        )
        startBeforeCompare = model
        screen = .compare(
          CompareModel(diff: diff, oldPath: old, newPath: new, openedFromStart: true)
        )
      case .nextRound(let previousPath):
        let now = Clock.now()
        let previous = try SessionFile.load(previousPath)
        let session = Session.nextRound(
          from: previous,
          file: previousPath,
          date: Day(now),
          catalog: catalog,
          now: now
        )
        let path = SessionLauncher.newPath(team: previous.team, now: now)
        let writer = try SessionWriter.create(session, at: path)
        saver.use(writer)
        var wizard = WizardModel(session: session, path: path, catalog: catalog)
        wizard.announce(
          "next round of \(FileIO.baseName(previousPath)): = accepts last time's answer"
        )
        screen = .wizard(wizard)
      case .create(let request):
        let (session, path, writer) = try SessionLauncher.create(
          request,
          catalog: catalog,
          now: Clock.now()
        )
        saver.use(writer)
        screen = .wizard(WizardModel(session: session, path: path, catalog: catalog))
      }
    } catch {
      model.message = error.description
      screen = .start(model)
    }
    return nil
  }

  /// Opens `$VISUAL` or `$EDITOR` (else `vi`) on a temporary file holding
  /// `text`, with curses suspended.
  private func editExternally(_ text: String) -> WizardEvent {
    let environment = SessionLauncher.environment
    let editor = environment["VISUAL"] ?? environment["EDITOR"] ?? "vi"
    var template = Array("/tmp/mlmaturity-note-XXXXXX.txt".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemps(base, 4)
    }
    guard fd >= 0 else {
      return .externalEditFinished(text: nil, message: "cannot create a temporary file")
    }
    close(fd)
    let path = String(
      decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) },
      as: UTF8.self
    )
    defer { unlink(path) }
    do {
      try FileIO.writeAtomically(text, to: path)
      var status: Int32 = -1
      terminal.suspend {
        status = ExternalProcess.run(["/bin/sh", "-c", "\(editor) \"$1\"", "sh", path])
      }
      guard status == 0 else {
        return .externalEditFinished(
          text: nil,
          message: "\(editor) exited with status \(status); note unchanged"
        )
      }
      var edited = String(decoding: try FileIO.read(path), as: UTF8.self)
      if edited.hasSuffix("\n") { edited.removeLast() }
      return .externalEditFinished(text: edited, message: "note taken from \(editor)")
    } catch {
      return .externalEditFinished(text: nil, message: error.description)
    }
  }
}
