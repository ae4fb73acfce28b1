import MaturityTUI
import Testing

/// The wizard's background saves: coalesced, and "saved" only for the
/// newest state.
@Suite("Background saves: coalesced, and saved only when the newest state is written")
struct SaveQueueTests {
  @Test func requestsWhileOneIsWrittenCoalesceIntoTheLatest() {
    var queue = SaveQueue<String>()
    let startsTask = queue.submit("a")
    let first = queue.next()
    let startsAgainForB = queue.submit("b")
    let startsAgainForC = queue.submit("c")
    let second = queue.next()
    let busyWhileWriting = queue.isBusy
    let third = queue.next()
    #expect(startsTask && !startsAgainForB && !startsAgainForC)
    #expect(first?.request == "a")
    #expect(second?.request == "c")
    #expect(busyWhileWriting)
    #expect(third == nil)
    #expect(!queue.isBusy)
    let startsForD = queue.submit("d")
    #expect(startsForD)
  }

  /// A queue writing request "a" (whose number is returned) while "b"
  /// waits.
  private func writingAWhileBWaits() throws -> (SaveQueue<String>, Int) {
    var queue = SaveQueue<String>()
    _ = queue.submit("a")
    let taken = queue.next()
    let first = try #require(taken)
    _ = queue.submit("b")
    return (queue, first.number)
  }

  @Test func aSuccessIsToldOnlyForTheNewestRequest() throws {
    var (queue, first) = try writingAWhileBWaits()
    queue.finish(first, with: .saved(path: "s.json"))
    #expect(queue.needsAttention)
    let early = queue.takeOutcomes()
    #expect(early.isEmpty)
    let secondTaken = queue.next()
    let second = try #require(secondTaken)
    queue.finish(second.number, with: .saved(path: "s.json"))
    let late = queue.takeOutcomes()
    #expect(late == [.saved(path: "s.json")])
    let none = queue.next()
    #expect(none == nil)
    #expect(!queue.needsAttention)
  }

  @Test func aSuccessFinishedBeforeANewerRequestButTakenAfterItIsNotTold() throws {
    var queue = SaveQueue<String>()
    _ = queue.submit("a")
    let firstTaken = queue.next()
    let first = try #require(firstTaken)
    queue.finish(first.number, with: .saved(path: "s.json"))
    _ = queue.next()
    // A key asks for a newer save before the main loop takes the outcome.
    _ = queue.submit("b")
    let outcomes = queue.takeOutcomes()
    #expect(outcomes.isEmpty)
  }

  @Test func everyFailureIsTold() throws {
    var (queue, first) = try writingAWhileBWaits()
    queue.finish(first, with: .saveFailed("disk full"))
    let outcomes = queue.takeOutcomes()
    #expect(outcomes == [.saveFailed("disk full")])
  }
}
