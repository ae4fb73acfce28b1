import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Every writer takes the session's lock: `set` against an open wizard,
/// two `set`s at once, and the ways around the lock (deleting the lock file
/// or the folder, replacing the file, saving elsewhere).
@Suite("One writer per session: set waits for the lock, nothing bypasses it")
struct SessionLockingTests {
  /// Whether the tmux tests run: always under `CI` (where a missing tmux
  /// must fail them, not skip them), else when tmux is installed.
  static let tmuxTests =
    TmuxDriver.isAvailable || ProcessInfo.processInfo.environment["CI"] != nil

  /// The answer the wizard gives with its first key in these tests.
  static let wizardAnswer = ("azure.people.data-scientists", "with-data-engineers")

  /// A scratch folder with a session `s.json` (one answer) and the
  /// wizard open on it, showing "opened".
  static func openWizard(_ name: String, sub: String = "") throws -> (
    URL, String, HardeningWizard
  ) {
    let folder = try Hardening.scratchFolder(name)
    let dir = sub.isEmpty ? folder : folder.appendingPathComponent(sub)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let session = dir.appendingPathComponent("s.json").path
    try Hardening.makeSession(at: session)
    let wizard = HardeningWizard()
    try wizard.startBinary(["open", session], in: folder)
    try wizard.tmux.waitFor("opened", timeout: 10)
    return (folder, session, wizard)
  }

  /// Quits a wizard whose last save failed (q, then q again to confirm).
  static func quitUnsaved(_ wizard: HardeningWizard) throws {
    try wizard.tmux.send("q")
    try wizard.tmux.waitFor("quit and lose them", timeout: 10)
    try wizard.tmux.send("q")
    _ = try wizard.waitForExit()
  }

  @Test(
    "set on a session the wizard holds exits 75 naming the wizard and leaves the file unchanged",
    .enabled(if: tmuxTests)
  )
  func setAgainstWizardIsRefused() throws {
    let (folder, session, wizard) = try Self.openWizard("lock-set")
    defer { Hardening.remove(folder) }
    let before = try Data(contentsOf: URL(fileURLWithPath: session))
    let refused = Hardening.run(["set", session, "mlts.monitor.7=automated"])
    #expect(refused.status == 75)
    #expect(refused.stderr.contains("another mlmaturity is writing this session"))
    #expect(refused.stderr.contains("pid \(try wizard.programPID())"), "\(refused.stderr)")
    #expect(refused.stderr.contains("open \(session)"), "\(refused.stderr)")
    #expect(refused.stderr.split(separator: "\n").count == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: session)) == before)
    try wizard.tmux.send("q")
    #expect(try wizard.waitForExit() == 0)
    #expect(Hardening.run(["set", session, "mlts.monitor.7=automated"]).status == 0)
  }

  @Test("two set runs at once on one file keep both answers, 30 times out of 30")
  func parallelSetsLoseNothing() throws {
    let folder = try Hardening.scratchFolder("lock-parallel")
    defer { Hardening.remove(folder) }
    var lost: [Int] = []
    let trials = 30
    for trial in 0..<trials {
      let session = folder.appendingPathComponent("s\(trial).json").path
      try Hardening.makeSession(at: session)
      let script = """
        "$0" set "$1" mlts.data.2=manual & a=$!
        "$0" set "$1" mlts.data.3=manual & b=$!
        wait $a; ra=$?; wait $b; echo "$ra $?"
        """
      let run = ProcessRunner.run("/bin/sh", ["-c", script, Hardening.binary, session])
      #expect(run.stdout == "0 0\n", "trial \(trial): \(run.stdout) \(run.stderr)")
      let answers = Hardening.answers(in: session) ?? [:]
      if answers["mlts.data.2"] != "manual" || answers["mlts.data.3"] != "manual" {
        lost.append(trial)
      }
    }
    #expect(lost.isEmpty, "an answer was lost in trials \(lost)")
    #expect(Hardening.listing(folder) == (0..<trials).map { "s\($0).json" }.sorted())
    print("parallel set: \(trials) trials, \(lost.count) lost answers")
  }

  @Test(
    "a lock file deleted under the wizard lets set in, and the wizard then refuses to overwrite",
    .enabled(if: tmuxTests)
  )
  func deletedLockFileDoesNotClobber() throws {
    let (folder, session, wizard) = try Self.openWizard("lock-deleted")
    defer { Hardening.remove(folder) }
    unlink(folder.appendingPathComponent(".s.json.lock").path)
    #expect(Hardening.run(["set", session, "mlts.monitor.7=automated"]).status == 0)
    try wizard.tmux.send("2")
    try wizard.tmux.waitFor("NOT SAVED", timeout: 10)
    let answers = Hardening.answers(in: session) ?? [:]
    #expect(answers["mlts.monitor.7"] == "automated", "the wizard dropped set's answer")
    #expect(answers[Self.wizardAnswer.0] == nil)
    try Self.quitUnsaved(wizard)
  }

  @Test("a session file replaced under the wizard is not overwritten", .enabled(if: tmuxTests))
  func replacedFileNotOverwritten() throws {
    let (folder, session, wizard) = try Self.openWizard("lock-replaced")
    defer { Hardening.remove(folder) }
    let other = folder.appendingPathComponent("other.json").path
    try Hardening.makeSession(at: other, extra: ["--team", "Replaced"])
    #expect(rename(other, session) == 0)
    let replaced = try Data(contentsOf: URL(fileURLWithPath: session))
    try wizard.tmux.send("2")
    let screen = try wizard.tmux.waitFor("NOT SAVED", timeout: 10)
    #expect(screen.contains("changed by another program"), "\(screen)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: session)) == replaced)
    try Self.quitUnsaved(wizard)
  }

  @Test(
    "a deleted folder is not made again; saving elsewhere works and moves the lock there",
    .enabled(if: tmuxTests)
  )
  func deletedFolderThenSaveElsewhere() throws {
    let (folder, session, wizard) = try Self.openWizard("lock-folder", sub: "team")
    defer { Hardening.remove(folder) }
    let team = folder.appendingPathComponent("team").path
    try FileManager.default.removeItem(atPath: team)
    try wizard.tmux.send("2")
    try wizard.tmux.waitFor("NOT SAVED", timeout: 10)
    #expect(!FileManager.default.fileExists(atPath: team), "the save made the folder again")
    try wizard.tmux.send("q")
    try wizard.tmux.waitFor("quit and lose them", timeout: 10)
    try wizard.tmux.send("w")
    try wizard.tmux.waitFor("Save to", timeout: 10)
    try wizard.tmux.run(
      ["send-keys", "-t", wizard.target] + Array(repeating: "BSpace", count: session.count + 5)
    )
    let copy = folder.appendingPathComponent("copy.json").path
    try wizard.tmux.sendLiteral(copy)
    try wizard.tmux.send("Enter")
    try wizard.tmux.waitFor("saved a copy", timeout: 10)
    #expect(Hardening.answers(in: copy)?[Self.wizardAnswer.0] == Self.wizardAnswer.1)
    let refused = Hardening.run(["set", copy, "mlts.monitor.7=automated"])
    #expect(refused.status == 75, "set got past the wizard on the saved copy: \(refused.stderr)")
    #expect(Hardening.answers(in: copy)?["mlts.monitor.7"] == nil)
    try wizard.tmux.send("q")
    #expect(try wizard.waitForExit() == 0)
    #expect(Hardening.listing(folder) == ["copy.json"])
  }

  @Test("no lock file stays after the wizard quits or set finishes", .enabled(if: tmuxTests))
  func noLockFileLeft() throws {
    let (folder, session, wizard) = try Self.openWizard("lock-left")
    defer { Hardening.remove(folder) }
    #expect(Hardening.listing(folder) == [".s.json.lock", "s.json"])
    try wizard.tmux.send("2")
    try wizard.tmux.waitFor("saved ", timeout: 10)
    try wizard.tmux.send("q")
    #expect(try wizard.waitForExit() == 0)
    #expect(Hardening.listing(folder) == ["s.json"])
    #expect(Hardening.answers(in: session)?[Self.wizardAnswer.0] == Self.wizardAnswer.1)
    #expect(Hardening.run(["set", session, "mlts.data.2=manual"]).status == 0)
    #expect(Hardening.listing(folder) == ["s.json"])
  }

  @Test("temporary files a killed set left are removed by the next set")
  func staleTemporaryFilesRemovedBySet() throws {
    let folder = try Hardening.scratchFolder("lock-temp")
    defer { Hardening.remove(folder) }
    let session = folder.appendingPathComponent("s.json").path
    try Hardening.makeSession(at: session)
    for name in [".s.json.tmp-Ab12Cd", ".s.json.tmp-zz99ZZ"] {
      try Data("{\"formatVer".utf8).write(to: folder.appendingPathComponent(name))
    }
    #expect(Hardening.run(["set", session, "mlts.data.2=manual"]).status == 0)
    #expect(Hardening.listing(folder) == ["s.json"])
  }
}
