import MaturityCore
import MaturityTUI
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Writes the wizard's saves on a background task, so a key never waits
/// for the disk, and coalesces them: while a save runs, newer requests
/// replace each other and only the latest is written next.
///
/// Outcomes are collected for the main loop (``takeOutcomes()``). A success
/// is handed over only when it is for the newest request at the moment it
/// is taken, so "saved HH:MM:SS" never shows while a newer state is still
/// unwritten; a failure is always handed over.
///
/// The ``writer`` is used by the background task while a save runs and by
/// the main thread only when none does (``waitUntilIdle()``), which is why
/// the class can be `@unchecked Sendable`.
final class BackgroundSaver: @unchecked Sendable {
  private struct Request: Sendable {
    var session: Session
    var path: String
    var number: Int
  }

  private struct State {
    var next: Request?
    var running = false
    var submitted = 0
    /// Finished saves: the request's number and how it went.
    var outcomes: [(number: Int, event: WizardEvent)] = []
  }

  private let state = Mutex(State())
  /// The writer of the open session; `nil` when this process holds none
  /// (e.g. a read-only wizard: then a save elsewhere creates one).
  private var writer: SessionWriter?

  init(writer: SessionWriter? = nil) {
    self.writer = writer
  }

  /// Whether a save is queued or running.
  var isBusy: Bool { state.withLock { $0.running } }

  /// Whether a save is queued or running, or an outcome waits to be taken:
  /// then the main loop should look again soon.
  var needsAttention: Bool { state.withLock { $0.running || !$0.outcomes.isEmpty } }

  /// Replaces the writer (opening or creating another session); waits for
  /// saves in flight first.
  func use(_ newWriter: SessionWriter?) {
    waitUntilIdle()
    writer = newWriter
  }

  /// Asks for `session` to be saved to `path` (another path than the
  /// writer's is a save elsewhere, which moves the lock there).
  func submit(_ session: Session, path: String) {
    let start = state.withLock { state -> Bool in
      state.submitted += 1
      state.next = Request(session: session, path: path, number: state.submitted)
      if state.running { return false }
      state.running = true
      return true
    }
    if start { Task.detached { self.work() } }
  }

  /// The outcomes (`.saved` / `.saveFailed`) since the last call, oldest
  /// first; a success for anything but the newest request is left out (a
  /// newer state is still to be written).
  func takeOutcomes() -> [WizardEvent] {
    state.withLock { state in
      defer { state.outcomes = [] }
      let newest = state.submitted
      return state.outcomes.compactMap { outcome in
        if case .saved = outcome.event, outcome.number != newest { return nil }
        return outcome.event
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
    while true {
      let request = state.withLock { state -> Request? in
        guard let next = state.next else {
          state.running = false
          return nil
        }
        state.next = nil
        return next
      }
      guard let request else { return }
      let outcome = write(request)
      state.withLock { $0.outcomes.append((request.number, outcome)) }
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
