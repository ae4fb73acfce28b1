import CursesBackend
import MaturityCore
import MaturityTUI
import TerminalUI

#if canImport(Glibc)
  import Glibc
#endif

/// The full-screen program's runner: reads keys, sends them to the
/// ``AppModel``, carries out the effects it asks for (loading, creating and
/// saving sessions, `$EDITOR`, quitting) and draws the screen. It decides
/// nothing; the app model does.
final class TerminalApp {
  private let terminal: any TerminalBackend = CursesTerminal()
  private let catalog: BankCatalog
  private var app: AppModel
  /// Writes the open session (holding its lock) in the background, so
  /// typing never waits for a save; saves coalesce.
  private let saver: BackgroundSaver

  init(screen: any AppScreen, catalog: BankCatalog, writer: SessionWriter? = nil) {
    self.app = AppModel(screen, catalog: catalog)
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
    let (code, farewell) = loop()
    saver.release()
    terminal.stop()
    for line in farewell { Console.error(line) }
    return code
  }

  private func loop() -> (Int32, [String]) {
    if let end = send(.resize(terminal.size)) { return end }
    while true {
      for outcome in saver.takeOutcomes() {
        if let end = send(outcome) { return end }
      }
      draw(AppView.render(app, size: app.size))
      // A save's outcome joins the next frame drawn anyway: the next key's,
      // or after 250 ms without keys. It is never a late write of its own
      // after a key's frame (one key, one burst of output).
      let key = terminal.readKey(timeoutMilliseconds: 250)
      for outcome in saver.takeOutcomes() {
        if let end = send(outcome) { return end }
      }
      if let signal = TerminalSignals.pendingSignal {
        if let end = send(.signal(signal)) { return end }
      }
      if terminal.size != app.size, let end = send(.resize(terminal.size)) { return end }
      if key == .resize { continue }
      if let end = send(.key(key)) { return end }
    }
  }

  /// Shows `frame` on the terminal (only the cells that changed).
  private func draw(_ frame: Frame) {
    terminal.draw(frame)
  }

  /// Sends `event` to the app and carries out its effects, and theirs in
  /// turn; returns the exit code and farewell when the app quits.
  private func send(_ event: AppEvent) -> (Int32, [String])? {
    var pending = app.update(event, now: Clock.now())
    while !pending.isEmpty {
      let effect = pending.removeFirst()
      if case .quit(let code, let farewell) = effect { return (code, farewell) }
      if let outcome = perform(effect) { pending += app.update(outcome, now: Clock.now()) }
    }
    return nil
  }

  /// Carries out one effect; returns its outcome to send back, if any.
  private func perform(_ effect: AppEffect) -> AppEvent? {
    do throws(MaturityError) {
      switch effect {
      case .save(let session, let path):
        saver.submit(session, path: path)
      case .editExternally(let text):
        saver.waitUntilIdle()
        return editExternally(text)
      case .finishSaves:
        saver.waitUntilIdle()
        for outcome in saver.takeOutcomes() {
          for effect in app.update(outcome, now: Clock.now()) { _ = perform(effect) }
        }
        return .savesFinished
      case .open(let path):
        let session = try SessionFile.load(path)
        let (model, writer) = SessionLauncher.wizard(session: session, path: path, catalog: catalog)
        saver.use(writer)
        return .sessionOpened(
          model.session,
          path: path,
          readOnly: model.readOnly,
          warnings: OpenWarnings.lines(session, catalog: catalog)
        )
      case .compare(let old, let new):
        let diff = SessionDiff(
          old: try SessionFile.load(old),
          new: try SessionFile.load(new),
          catalog: catalog
        )
        return .diffLoaded(diff, old: old, new: new)
      case .nextRound(let previousPath):
        let now = Clock.now()
        let previous = try SessionFile.load(previousPath)
        let today = Day(now)
        if let problem = previous.nextRoundDayProblem(today) {
          // No path first: the status line is one row, and the
          // selected row already names the file; the command names it by
          // its file name alone, so the message fits.
          let file = TerminalSafeText.sanitize(FileIO.baseName(previousPath))
          throw MaturityError(
            .usage,
            "No next round today: \(today.text) \(problem). Open it to go on, or use "
              + "mlmaturity new --from \(file) --date DAY"
          )
        }
        let session = Session.nextRound(
          from: previous,
          file: previousPath,
          date: today,
          catalog: catalog,
          now: now
        )
        let path = SessionLauncher.newPath(team: previous.team, system: previous.system, now: now)
        saver.use(try SessionWriter.create(session, at: path))
        return .sessionCreated(session, path: path, nextRoundOf: previousPath)
      case .create(let request):
        let (session, path, writer) = try SessionLauncher.create(
          request,
          catalog: catalog,
          now: Clock.now()
        )
        saver.use(writer)
        return .sessionCreated(session, path: path, nextRoundOf: nil)
      case .quit, .back:
        break
      }
    } catch {
      return .loadFailed(error.description)
    }
    return nil
  }

  /// Opens `$VISUAL` or `$EDITOR` (else `vi`) on a temporary file holding
  /// `text`, with curses suspended; returns the file's text as left.
  private func editExternally(_ text: String) -> AppEvent {
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
      let edited = String(decoding: try FileIO.read(path), as: UTF8.self)
      return .externalEditFinished(text: edited, message: "note taken from \(editor)")
    } catch {
      return .externalEditFinished(text: nil, message: error.description)
    }
  }
}
