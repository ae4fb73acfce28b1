import Foundation
import TestSupport
import Testing

/// Crash safety, short version: `bench/stress_kill.py` answers questions in
/// the real wizard in tmux and kills it with SIGKILL at random moments (15
/// trials here; `bench/stress.sh` runs 200). After every kill the file must
/// parse, hold exactly the answers given in order, and keep every answer
/// the screen showed as saved.
@Suite("Crash safety under SIGKILL")
struct HardeningCrashTests {
  @Test(
    "15 random SIGKILLs while answering: every file parses and no answer shown as saved is lost",
    .enabled(if: TmuxDriver.shouldRun),
    .timeLimit(.minutes(2))
  )
  func randomKillsLoseNothing() throws {
    let script = Hardening.repository.appendingPathComponent("bench/stress_kill.py").path
    let result = ProcessRunner.run(
      "python3",
      [script, "--bin", Hardening.binary, "--trials", "15", "--max-keys", "25"]
    )
    let summary = result.stdout.split(separator: "\n").last { $0.hasPrefix("stress: 15 trials") }
    #expect(
      result.status == 0,
      "stress_kill.py exited \(result.status):\n\(result.stdout)\(result.stderr)"
    )
    #expect(
      summary?.contains(" 0 lost, 0 unparsable or invalid files, 0 with wrong content") == true
    )
    print(summary.map(String.init) ?? "stress: no summary\n\(result.stdout)\(result.stderr)")
  }
}
