// libFuzzer target over session decoding, scoring, reports and (when built
// with -D FUZZ_DIFF) session diffs. Not a SwiftPM target: `bench/fuzz.sh`
// compiles it together with the MaturityCore sources into one module with
// `swiftc -sanitize=fuzzer,address -parse-as-library`.
//
// For every input:
// 1. decode it as a session; bad input must throw a MaturityError, never trap;
// 2. score it with the shipped banks and render every report (text, Markdown,
//    score JSON, report JSON, warnings, explanations);
// 3. write the session back as JSON, parse it again: it must decode to an
//    equal session (the round trip a save and a reopen make);
// 4. diff it against an empty session and against itself (FUZZ_DIFF);
// 5. decode the same bytes as a bank: it must throw or give a bank.
// Any broken property calls `fatalError`, which libFuzzer reports as a crash.

import MaturityJSON

/// The shipped banks, loaded once.
private let catalog: BankCatalog = {
  do {
    return try BankLoader.catalog()
  } catch {
    fatalError("the shipped banks do not load: \(error)")
  }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func sessionFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  fuzzSession(bytes)
  fuzzBank(bytes)
  return 0
}

private func fuzzSession(_ bytes: [UInt8]) {
  let session: Session
  do {
    session = try SessionFile.parse(bytes, path: "fuzz.json")
  } catch {
    guard error.kind == .badData, error.path == "fuzz.json" else {
      fatalError("bad input gave \(error.kind) without the file name: \(error)")
    }
    // Error messages may hold line breaks quoted from the file: a known
    // issue, kept as a regression case in Tests/Fixtures/bad (multiline-*),
    // so it is not checked here where it would stop every run.
    return
  }
  let scores = Scorer.score(session, catalog: catalog)
  _ = ScoreText.render(session: session, scores: scores, catalog: catalog)
  _ = MarkdownReport.render(session: session, scores: scores, catalog: catalog)
  _ = JSONWriter.write(
    ScoreJSON.document(session: session, path: "fuzz.json", scores: scores, catalog: catalog)
  )
  _ = JSONWriter.write(
    ReportJSON.document(session: session, path: "fuzz.json", scores: scores, catalog: catalog)
  )
  _ = Diagnostics.warnings(session: session, scores: scores, catalog: catalog)
  for score in scores { _ = Explanation.lines(for: score) }

  let text = SessionFile.text(of: session)
  let again: Session
  do {
    again = try SessionFile.parse(Array(text.utf8), path: "written.json")
  } catch {
    fatalError("a written session does not parse again: \(error)\n\(text)")
  }
  guard again == session else {
    fatalError("a written session reads back different:\n\(text)")
  }
  guard SessionFile.text(of: again) == text else {
    fatalError("writing a session twice gives different files:\n\(text)")
  }
  fuzzDiff(session)
}

private func fuzzDiff(_ session: Session) {
  #if FUZZ_DIFF
    let empty = Session()
    for (old, new) in [(empty, session), (session, empty), (session, session)] {
      let diff = SessionDiff(old: old, new: new, catalog: catalog)
      _ = DiffText.render(diff, oldPath: "old.json", newPath: "new.json")
      _ = DiffMarkdown.render(diff, oldPath: "old.json", newPath: "new.json")
      _ = JSONWriter.write(DiffJSON.document(diff, oldPath: "old.json", newPath: "new.json"))
    }
  #endif
}

private func fuzzBank(_ bytes: [UInt8]) {
  do {
    let bank = try BankLoader.parse(bytes, path: "bank.json")
    _ = try? BankCatalog(catalog.banks.filter { $0.id != bank.id } + [bank])
  } catch {
    guard error.kind == .badData, error.path == "bank.json" else {
      fatalError("a bad bank gave \(error.kind) without the file name: \(error)")
    }
  }
}
