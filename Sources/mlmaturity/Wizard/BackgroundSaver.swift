import MaturityCore
import MaturityTUI
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Writes the wizard's saves on a background task, so a key never waits
/// for the disk. Which request is written and which outcomes are told is
/// decided by a ``SaveQueue`` (saves coalesce; "saved" only for the newest
/// state); this class adds the task and the lock around it.
///
/// The ``writer`` is used by the background task while a save runs and by
/// the main thread only when none does (``waitUntilIdle()``), which is why
/// the class can be `@unchecked Sendable`.
final class BackgroundSaver: @unchecked Sendable {
  /// One save: the session and where to write it.
  struct Request: Sendable {
    var session: Session
    var path: String
  }

  private let queue = Mutex(SaveQueue<Request>())
  /// The writer of the open session; `nil` when this process holds none
  /// (e.g. a read-only wizard: then a save elsewhere creates one).
  private var writer: SessionWriter?

  init(writer: SessionWriter? = nil) {
    self.writer = writer
  }

  /// Whether a save is queued or running.
  var isBusy: Bool { queue.withLock { $0.isBusy } }

  /// Replaces the writer (opening or creating another session); waits for
  /// saves in flight first.
  func use(_ newWriter: SessionWriter?) {
    waitUntilIdle()
    writer = newWriter
  }

  /// Asks for `session` to be saved to `path` (another path than the
  /// writer's is a save elsewhere, which moves the lock there).
  func submit(_ session: Session, path: String) {
    let start = queue.withLock { $0.submit(Request(session: session, path: path)) }
    if start { Task.detached { self.work() } }
  }

  /// The outcomes (`.saved` / `.saveFailed`) to tell the app.
  func takeOutcomes() -> [AppEvent] {
    queue.withLock { $0.takeOutcomes() }.compactMap { outcome in
      switch outcome {
      case .saved(let path): .saved(path: path)
      case .saveFailed(let reason): .saveFailed(reason)
      default: nil
      }
    }
  }

  /// Blocks until no save is queued or running.
  func waitUntilIdle() {
    while isBusy { usleep(2_000) }
  }

  /// Gives up the session's lock (after the last save).
  func release() {
    waitUntilIdle()
    writer?.release()
    writer = nil
  }

  private func work() {
    while let (number, request) = queue.withLock({ $0.next() }) {
      let outcome = write(request)
      queue.withLock { $0.finish(number, with: outcome) }
    }
  }

  private func write(_ request: Request) -> WizardEvent {
    do {
      if let writer {
        try writer.save(request.session, to: request.path)
      } else {
        writer = try SessionWriter.create(request.session, at: request.path)
      }
      return .saved(path: request.path)
    } catch {
      return .saveFailed(error.description)
    }
  }
}
