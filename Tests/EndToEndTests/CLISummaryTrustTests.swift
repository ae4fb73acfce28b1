import Foundation
import TestSupport
import Testing

/// Cold-test findings from the command line: `report --format summary`,
/// `backlog` filters and `new --from`.
@Suite("CLI: summary rounds, backlog filters, next-round dates")
struct CLISummaryTrustTests {
  static let rounds = ["platform-2026-06.json", "platform-2026-09.json", "platform-2026-12.json"]

  /// Copies the platform team's three rounds into `folder`.
  func copyRounds(to folder: String) throws {
    for name in Self.rounds {
      try FileManager.default.copyItem(
        atPath: ReportRendering.fixture("summary/\(name)"),
        toPath: "\(folder)/\(name)"
      )
    }
  }

  // Issue 15, cold test 1.
  @Test("-o over a later round of the team is refused, though the summary leaves it out")
  func laterRoundIsStillAnInput() throws {
    try CLI.withFolder { folder in
      try copyRounds(to: folder)
      let before = CLI.bytes(of: "\(folder)/platform-2026-12.json")
      let result = CLI.run(
        [
          "report", "platform-2026-09.json", "--format", "summary", "-o", "platform-2026-12.json",
        ],
        in: folder
      )
      #expect(result.status == 64, "\(result.stderr)")
      #expect(CLI.bytes(of: "\(folder)/platform-2026-12.json") == before)
    }
  }

  static let fixture = CompareCLI.repository
    .appendingPathComponent("Tests/Fixtures/workshop/team-search.json").path

}
