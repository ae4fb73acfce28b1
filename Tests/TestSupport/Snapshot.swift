import Foundation
import Testing

/// Compares `text` with the baseline `Snapshots/<name>.txt` stored next to
/// the calling test file.
///
/// When the baseline is missing, or the `RECORD_SNAPSHOTS` environment
/// variable is set to a non-empty value, the text is written as the new
/// baseline and the test fails with "Recorded new baseline", so that a
/// recording run never passes silently. Otherwise a difference is reported
/// as the first row that differs.
///
/// Baselines hold the text plus one final line feed (so editors keep them
/// intact); compare ``ScreenBuffer``'s `plainText`, which trims trailing
/// spaces.
///
/// ```swift
/// assertSnapshot(buffer.plainText, named: "box-12x3")
/// // $ RECORD_SNAPSHOTS=1 swift test   # to accept a new look
/// ```
public func assertSnapshot(
  _ text: String,
  named name: String,
  file: StaticString = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  checkSnapshot(
    text,
    named: name,
    file: "\(file)",
    recording: !(ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] ?? "").isEmpty,
    sourceLocation: sourceLocation
  )
}

/// ``assertSnapshot(_:named:file:sourceLocation:)`` with the recording mode
/// given, not read from the environment: the helper's own tests pass
/// `recording: false`, so `RECORD_SNAPSHOTS=1` never overwrites the
/// baselines that check the helper itself.
func checkSnapshot(
  _ text: String,
  named name: String,
  file: String,
  recording: Bool,
  sourceLocation: SourceLocation
) {
  let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  let baseline = folder.appendingPathComponent("\(name).txt")
  guard !recording, let stored = try? String(contentsOf: baseline, encoding: .utf8) else {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data((text + "\n").utf8).write(to: baseline)
      Issue.record(
        "Recorded new baseline \(baseline.path); check it and run again",
        sourceLocation: sourceLocation
      )
    } catch {
      Issue.record("Cannot record \(baseline.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  let expected = stored.hasSuffix("\n") ? String(stored.dropLast()) : stored
  if let difference = firstScreenDifference(text, expected) {
    Issue.record(
      "Snapshot \(name) \(difference)\n(RECORD_SNAPSHOTS=1 re-records \(baseline.path))",
      sourceLocation: sourceLocation
    )
  }
}
