import MaturityCore
import MaturityTUI

/// Runs the line-by-line wizard (``PlainModel``): reads standard input a
/// line at a time, prints what the model says, and carries out its
/// effects (open, create, save), holding the session's lock while it
/// writes.
struct PlainRunner {
  var model: PlainModel
  private var lock: SessionLock?

  init(model: PlainModel) {
    self.model = model
  }

  /// Runs until the model quits or input ends; returns the exit code.
  mutating func run() -> Int32 {
    var pending = model.begin()
    while true {
      while !pending.isEmpty {
        let effect = pending.removeFirst()
        if case .quit(let code) = effect { return code }
        pending = carryOut(effect) + pending
      }
      let event: PlainModel.Event = readLine().map { .line($0) } ?? .endOfInput
      pending = model.update(event, now: Clock.now())
    }
  }

  /// Does `effect`; returns the model's answer to what happened.
  private mutating func carryOut(_ effect: PlainModel.Effect) -> [PlainModel.Effect] {
    switch effect {
    case .print(let text):
      Console.out(text)
      return []
    case .open(let path):
      do {
        let session = try SessionFile.load(path)
        try takeLock(path)
        return model.update(.opened(session, path: path), now: Clock.now())
      } catch {
        return model.update(.failed(error.description), now: Clock.now())
      }
    case .create(let session, let requested):
      let path = requested ?? SessionLauncher.newPath(team: session.team, now: Clock.now())
      do throws(MaturityError) {
        if requested != nil && FileIO.exists(path) {
          throw MaturityError(
            .usage,
            path: path,
            "already exists; open it with `mlmaturity open \(path)`"
          )
        }
        try takeLock(path)
        try SessionFile.save(session, to: path)
        return model.update(.created(path: path), now: Clock.now())
      } catch {
        return model.update(.failed(error.description), now: Clock.now())
      }
    case .save(let session, let path):
      do {
        try SessionFile.save(session, to: path)
        return []
      } catch {
        return model.update(.saveFailed(error.description), now: Clock.now())
      }
    case .quit:
      return []
    }
  }

  /// Takes the lock of `path`, failing when another mlmaturity holds it.
  private mutating func takeLock(_ path: String) throws(MaturityError) {
    let folder = FileIO.directoryName(path)
    if !FileIO.isDirectory(folder) { try FileIO.createDirectories(folder) }
    guard let taken = try SessionLock.acquire(for: path) else {
      throw MaturityError(
        .io,
        path: path,
        "another mlmaturity has this session open; close it first"
      )
    }
    lock = taken
    SessionFile.removeStaleTemporaryFiles(for: path)
  }
}
