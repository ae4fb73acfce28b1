import Foundation
import Testing

@Suite("CLI end to end: set --context, score --json context, upgrade")
struct ContextUpgradeCommandTests {
  @Test func setContextIsStoredAndShownInScoreJSON() throws {
    try CompareCLI.withFolder { folder in
      let file = folder + "/team.json"
      let set = CompareCLI.run(["set", file, "--context", "serving=batch"])
      #expect(set.status == 0, "stderr: \(set.stderr)")
      let score = CompareCLI.run(["score", file, "--json"])
      #expect(score.status == 0, "stderr: \(score.stderr)")
      #expect(score.stdout.contains("\"context\": {\n    \"serving\": \"batch\"\n  }"))
      #expect(score.stdout.contains("\"id\": \"google.l1.online-validation\""))
      #expect(score.stdout.contains("\"reason\": \"batch serving\""))
      let text = CompareCLI.run(["score", file])
      #expect(
        text.stdout.contains(
          "Does not apply (left out): google.l1.online-validation (batch serving)"
        )
      )
    }
  }

  @Test func aBadContextIsRefusedWithOneLine() throws {
    try CompareCLI.withFolder { folder in
      let file = folder + "/team.json"
      let bad = CompareCLI.run(["set", file, "--context", "serving=sometimes"])
      #expect(bad.status != 0)
      #expect(
        bad.stderr.contains(
          "--context serving=sometimes: context serving must be one of online, batch, both"
        )
      )
      #expect(!FileManager.default.fileExists(atPath: file))
    }
  }

  @Test func upgradeMovesA010SessionAndSaysWhatNeedsAnAnswer() throws {
    try CompareCLI.withFolder { folder in
      let file = folder + "/before.json"
      try FileManager.default.copyItem(atPath: CompareCLI.fixture("before.json"), toPath: file)
      let dry = CompareCLI.run(["upgrade", file, "--dry-run"])
      #expect(dry.status == 0, "stderr: \(dry.stderr)")
      #expect(dry.stdout.contains("google: 1.0.0 → 2.1.0"))
      #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\"google\": \"1.0.0\""))
      let upgrade = CompareCLI.run(["upgrade", file])
      #expect(upgrade.status == 0, "stderr: \(upgrade.stderr)")
      #expect(
        upgrade.stdout.contains(
          "no longer asked (answer kept, not scored): google.l2.metadata-store"
        )
      )
      let saved = try String(contentsOfFile: file, encoding: .utf8)
      #expect(saved.contains("\"google\": \"2.1.0\""))
      #expect(saved.contains("google.l2.metadata-store"))
      let again = CompareCLI.run(["upgrade", file])
      #expect(again.stdout.contains("already at the current bank versions"))
    }
  }
}
