import Foundation
import MaturityCore
import Testing

/// Compares `text` byte for byte with the golden file
/// `Tests/Fixtures/golden/<name>`.
///
/// When the file is missing, or the `RECORD_GOLDEN` environment variable is
/// `1`, the text is written as the new golden file and the test fails with
/// "recorded new golden", so a recording run never passes silently. A
/// difference is reported as the first line that differs.
///
/// ```swift
/// assertGolden(HTMLReport.render(…), named: "report-team-search.html")
/// // $ RECORD_GOLDEN=1 swift test   # to accept a new rendering
/// ```
func assertGolden(
  _ text: String,
  named name: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let path = Fixture.path("golden/\(name)")
  let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
  guard !recording, let stored = FileManager.default.contents(atPath: path) else {
    do {
      try FileManager.default.createDirectory(
        atPath: Fixture.path("golden"),
        withIntermediateDirectories: true
      )
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      Issue.record(
        "recorded new golden \(path); check it and run again without RECORD_GOLDEN",
        sourceLocation: sourceLocation
      )
    } catch {
      Issue.record("cannot record golden \(path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard stored != Data(text.utf8) else { return }
  let expected = String(decoding: stored, as: UTF8.self)
    .split(separator: "\n", omittingEmptySubsequences: false)
  let actual = text.split(separator: "\n", omittingEmptySubsequences: false)
  let line =
    zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    ?? min(expected.count, actual.count)
  let want = line < expected.count ? String(expected[line]).debugDescription : "end of file"
  let got = line < actual.count ? String(actual[line]).debugDescription : "end of file"
  let message =
    "golden \(name) differs at line \(line + 1):\n  expected \(want)\n  actual   \(got)\n"
    + "(RECORD_GOLDEN=1 re-records \(path))"
  Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}

/// A session from `Tests/Fixtures/workshop/`, scored with the shipped banks.
struct WorkshopFixture {
  /// The shipped banks.
  let catalog: BankCatalog
  /// The session.
  let session: Session
  /// Its scores.
  let scores: [FrameworkScore]
  /// Its action backlog.
  let backlog: Backlog

  /// Loads `Tests/Fixtures/workshop/<name>`.
  init(_ name: String) throws {
    catalog = try BankLoader.catalog()
    session = try SessionFile.load(Fixture.path("workshop/\(name)"))
    scores = Scorer.score(session, catalog: catalog)
    backlog = Backlog(session: session, scores: scores)
  }

  /// The Markdown report.
  var markdown: String {
    MarkdownReport.render(session: session, scores: scores, catalog: catalog)
  }

  /// The HTML report.
  var html: String { HTMLReport.render(session: session, scores: scores, catalog: catalog) }

  /// The CSV report.
  var csv: String { CSVReport.render(session: session, scores: scores) }

  /// The JSON report, naming the file `name`.
  func json(file name: String) -> String {
    JSONWriter.write(
      ReportJSON.document(session: session, path: name, scores: scores, catalog: catalog)
    )
  }
}
