import MaturityCore
import MaturityTUI

/// Runs the line-by-line wizard (``PlainModel``): reads standard input a
/// line at a time, prints what the model says, and carries out its
/// effects (open, create, save), holding the session's lock while it
/// writes.
struct PlainRunner {
  var model: PlainModel
  /// The lock holder of the open session, once there is one.
  private var writer: SessionWriter?

  /// A runner for `model`, with `writer` when its session is already open.
  init(model: PlainModel, writer: SessionWriter? = nil) {
    self.model = model
    self.writer = writer
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
      do throws(MaturityError) {
        guard let (opened, session) = try SessionWriter.open(path, waitingUpTo: 1) else {
          throw SessionLock.busy(path)
        }
        writer = opened
        return model.update(.opened(session, path: path), now: Clock.now())
      } catch {
        return model.update(.failed(error.description), now: Clock.now())
      }
    case .create(let session, let requested):
      let path =
        requested
        ?? SessionLauncher.newPath(
          team: session.team,
          system: session.system,
          now: Clock.now()
        )
      do throws(MaturityError) {
        if requested != nil && FileIO.exists(path) {
          throw MaturityError(
            .usage,
            path: path,
            "already exists; open it with `mlmaturity open \(path)`"
          )
        }
        writer = try SessionWriter.create(session, at: path)
        return model.update(.created(path: path), now: Clock.now())
      } catch {
        return model.update(.failed(error.description), now: Clock.now())
      }
    case .save(let session, let path):
      do throws(MaturityError) {
        guard let writer, writer.path == path else {
          throw MaturityError(.io, path: path, "this session is not open for writing")
        }
        try writer.save(session)
        return []
      } catch {
        return model.update(.saveFailed(error.description), now: Clock.now())
      }
    case .quit:
      return []
    }
  }
}
