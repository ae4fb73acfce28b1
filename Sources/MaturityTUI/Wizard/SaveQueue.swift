/// The bookkeeping of the wizard's background saves, without the thread:
/// which request is newest, which one to write next, and which outcomes the
/// wizard may be told.
///
/// - Saves coalesce: while one is written, newer requests replace each
///   other and only the latest is written next.
/// - "saved" stays honest: a success is handed over only when it is for the
///   newest request at the moment the outcomes are taken (a key may have
///   asked for a newer save after the write ended); a failure always is.
///
/// The runner keeps it behind a lock and calls ``submit(_:)`` from the main
/// loop, ``next()`` and ``finish(_:with:)`` from the saving task.
public struct SaveQueue<Request: Sendable>: Sendable {
  /// How many requests were submitted; the newest one's number.
  public private(set) var submitted = 0
  /// Whether a request is queued or being written.
  public private(set) var isBusy = false
  private var waiting: (number: Int, request: Request)?
  private var finished: [(number: Int, event: WizardEvent)] = []

  /// An empty queue.
  public init() {}

  /// Whether the main loop should look again soon: a save is queued or
  /// running, or an outcome waits to be taken.
  public var needsAttention: Bool { isBusy || !finished.isEmpty }

  /// Queues `request` in place of any waiting one; returns whether a
  /// saving task must be started (none runs).
  public mutating func submit(_ request: Request) -> Bool {
    submitted += 1
    waiting = (submitted, request)
    defer { isBusy = true }
    return !isBusy
  }

  /// The request to write now, or `nil` when there is none (the saving
  /// task then ends).
  public mutating func next() -> (number: Int, request: Request)? {
    guard let request = waiting else {
      isBusy = false
      return nil
    }
    waiting = nil
    return request
  }

  /// Records how writing request `number` went (`.saved` or `.saveFailed`).
  public mutating func finish(_ number: Int, with event: WizardEvent) {
    finished.append((number, event))
  }

  /// The outcomes to tell the wizard, oldest first: every failure, and a
  /// success only for the newest request.
  public mutating func takeOutcomes() -> [WizardEvent] {
    defer { finished = [] }
    return finished.compactMap { outcome in
      if case .saved = outcome.event, outcome.number != submitted { return nil }
      return outcome.event
    }
  }
}
