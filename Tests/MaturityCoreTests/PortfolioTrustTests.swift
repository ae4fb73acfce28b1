import Foundation
import MaturityCore
import TestSupport
import Testing

/// Trust bugs of `portfolio` found by cold testing.
@Suite("Portfolio: what a reader can trust")
struct PortfolioTrustTests {
  /// Payments fell from 4.0 to 3.0 in Tests for Features and Data; its
  /// team name starts like a formula.
  private static func falling(team: String = "-Payments") -> Portfolio {
    var trend = SessionTrend(catalog: CompareFixture.catalog)
    for (data, date) in [(4.0, "2026-01-15"), (3.0, "2026-04-15")] {
      let session = CompareFixture.session(
        CompareFixture.mlts(data, 4, 4, 4),
        frameworks: ["mlts"],
        team: team,
        date: date
      )
      trend.add(session, path: "\(date).json")
    }
    return Portfolio(trend)
  }

  @Test func aFallIsANumberInTheCSVAndOnlyTextGetsTheFormulaGuard() {
    let records = PortfolioCSV.render(Self.falling()).components(separatedBy: "\r\n")
    let framework = records[1]
    #expect(framework.hasPrefix("\"'-Payments\",fraud-scoring,2026-04-15,2026-04-15.json,2,mlts,,"))
    #expect(framework.hasSuffix(",3.0,7.0,0.43,,2026-01-15,4.0,-1.0"))
    let data = records[2]
    #expect(
      data.hasSuffix(",data,Tests for Features and Data,3.0,7.0,0.43,true,2026-01-15,4.0,-1.0")
    )
    #expect(!records.joined().contains("'-1"))
  }

  @Test(
    "a number column writes plain numbers bare and guards anything else",
    arguments: [
      ("-1", "-1"), ("-0.5", "-0.5"), ("12", "12"), ("-1+2", "\"'-1+2\""), ("--1", "\"'--1\""),
      ("-", "\"'-\""), ("1e5", "1e5"), ("=1", "\"'=1\""), ("-.5", "\"'-.5\""), ("١", "١"),
    ]
  )
  func numberColumns(cell: String, written: String) {
    #expect(
      CSV.record([cell, cell], numberColumns: [0]) == written + "," + CSV.field(cell) + "\r\n"
    )
  }
}
