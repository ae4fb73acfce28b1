import Foundation
import TestSupport
import Testing

@Suite("CLI report --format summary: the previous session, the trend, and --previous errors")
struct CLISummaryTests {
  /// Copies the platform team's rounds named `names` (and the workshop
  /// session of another team) into `folder`.
  func copyRounds(_ names: [String], to folder: String) throws {
    for name in names {
      try FileManager.default.copyItem(
        atPath: ReportRendering.fixture("summary/\(name)"),
        toPath: "\(folder)/\(name)"
      )
    }
    try FileManager.default.copyItem(
      atPath: ReportRendering.fixture("workshop/team-search.json"),
      toPath: "\(folder)/other-team.json"
    )
  }

  let december = "platform-2026-12.json"

  @Test("the previous session and the trend are found in the session's folder")
  func previousFromTheFolder() throws {
    try CLI.withFolder { folder in
      try copyRounds(["platform-2026-06.json", "platform-2026-09.json", december], to: folder)
      try CLI.write("{ not a session", to: folder + "/broken.json")
      let result = CLI.run(
        [
          "report", "\(folder)/\(december)", "--format", "summary-markdown",
        ],
        in: folder
      )
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stderr == "")
      #expect(
        result.stdout.contains(
          "Compared with the session of 15 September 2026 (platform-2026-09.json, found in the "
            + "same folder)."
        )
      )
      #expect(result.stdout.contains("Trend: `▄▅▇` 3 sessions since 10 June 2026: 3.0 → 4.0 → 5.5"))
    }
  }

  @Test("alone in its folder, the summary says there is no earlier session")
  func noPreviousInTheFolder() throws {
    try CLI.withFolder { folder in
      try copyRounds([december], to: folder)
      let result = CLI.run(["report", december, "--format", "summary"], in: folder)
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        result.stdout.contains(
          "No earlier session of Platform ML · recommendations in this folder"
        )
      )
      #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
    }
  }

  @Test("--previous names the session to compare with, from any folder")
  func namedPrevious() throws {
    try CLI.withFolder { folder in
      try copyRounds([december], to: folder)
      let june = ReportRendering.fixture("summary/platform-2026-06.json")
      let result = CLI.run(
        ["report", december, "--format", "summary-markdown", "--previous", june],
        in: folder
      )
      #expect(result.status == 0, "\(result.stderr)")
      #expect(
        result.stdout.contains(
          "Compared with the session of 10 June 2026 (platform-2026-06.json, named with --previous)."
        )
      )
      #expect(result.stdout.contains("2 sessions since 10 June 2026: 3.0 → 5.5"))
    }
  }

  @Test(
    "--previous that is missing, not a session, another team's or the session itself: one line",
    arguments: [
      ("missing.json", Int32(66), "missing.json: --previous: cannot open: no such file or folder"),
      ("broken.json", 65, "broken.json: --previous: line 1, column 3:"),
      ("other-team.json", 65, "other-team.json: --previous: this session is for team \"Search "),
      ("platform-2026-12.json", 64, "platform-2026-12.json: --previous: this is the session being"),
      (".", 64, ".: --previous: is a folder; name one session file in it"),
    ]
  )
  func previousErrors(name: String, status: Int32, message: String) throws {
    try CLI.withFolder { folder in
      try copyRounds([december], to: folder)
      try CLI.write("{ not a session", to: folder + "/broken.json")
      let result = CLI.run(
        ["report", december, "--format", "summary", "--previous", name, "-o", "out.html"],
        in: folder
      )
      #expect(result.status == status)
      #expect(result.stderrLines.count == 1, "\(result.stderr)")
      #expect(result.stderr.hasPrefix("mlmaturity: " + message), "\(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: folder + "/out.html"))
    }
  }

  @Test("--previous with a format other than a summary is a usage error")
  func previousNeedsASummary() throws {
    try CLI.withFolder { folder in
      try copyRounds([december], to: folder)
      let result = CLI.run(
        ["report", december, "--format", "html", "--previous", "other-team.json"],
        in: folder
      )
      #expect(result.status == 64)
      #expect(
        result.stderr.hasPrefix("Error: --previous is for --format summary or summary-markdown\n")
      )
    }
  }
}
