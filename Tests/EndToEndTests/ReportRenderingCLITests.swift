import Foundation
import Testing

@Suite("report and backlog commands: formats, -o, the golden renderings")
struct ReportRenderingCLITests {
  let workshop = ReportRendering.fixture("workshop")

  func golden(_ name: String) throws -> Data {
    try Data(contentsOf: ReportRendering.fixtures.appendingPathComponent("golden/\(name)"))
  }

  @Test(
    "report -o writes exactly the golden rendering in every format",
    arguments: [("markdown", "md"), ("html", "html"), ("csv", "csv"), ("json", "json")]
  )
  func reportFormats(format: String, suffix: String) throws {
    try ReportRendering.withFolder { folder in
      let out = "\(folder)/report.\(suffix)"
      let result = ReportRendering.run(
        ["report", "team-search.json", "--format", format, "-o", out],
        in: workshop
      )
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.isEmpty)
      let written = try Data(contentsOf: URL(fileURLWithPath: out))
      #expect(written == (try golden("report-team-search.\(suffix)")))
    }
  }

  @Test(
    "backlog -o writes exactly the golden rendering in every format",
    arguments: [("markdown", "md"), ("csv", "csv"), ("json", "json")]
  )
  func backlogFormats(format: String, suffix: String) throws {
    try ReportRendering.withFolder { folder in
      let out = "\(folder)/backlog.\(suffix)"
      let result = ReportRendering.run(
        ["backlog", "team-search.json", "--format", format, "--output", out],
        in: workshop
      )
      #expect(result.status == 0, "\(result.stderr)")
      let written = try Data(contentsOf: URL(fileURLWithPath: out))
      #expect(written == (try golden("backlog-team-search.\(suffix)")))
    }
  }

  @Test("backlog prints the Markdown task list by default")
  func backlogDefault() throws {
    let result = ReportRendering.run(["backlog", "team-search.json"], in: workshop)
    #expect(result.status == 0)
    #expect(Data(result.stdout.utf8) == (try golden("backlog-team-search.md")))
  }

  @Test("backlog --format csv prints the tracker columns first")
  func backlogCSV() {
    let result = ReportRendering.run(
      ["backlog", "team-search.json", "--format", "csv"],
      in: workshop
    )
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Summary,Description,Labels,Owner,Due"))
  }

  @Test(
    "hostile text reaches no output raw: no ESC byte in any format",
    arguments: ["markdown", "html", "csv", "json"]
  )
  func hostile(format: String) {
    let result = ReportRendering.run(["report", "hostile.json", "--format", format], in: workshop)
    #expect(result.status == 0)
    #expect(!result.stdout.utf8.contains(0x1B))
    if format == "markdown" || format == "html" {
      #expect(!result.stdout.lowercased().contains("<script"))
    }
  }

  @Test("an unknown format is a usage error (64) and a missing file exits 66")
  func errors() {
    let pdf = ReportRendering.run(["backlog", "team-search.json", "--format", "pdf"], in: workshop)
    #expect(pdf.status == 64)
    let missing = ReportRendering.run(["backlog", "missing.json"], in: workshop)
    #expect(missing.status == 66)
    #expect(missing.stderr.hasPrefix("mlmaturity: "))
    let report = ReportRendering.run(
      ["report", "team-search.json", "--format", "pdf"],
      in: workshop
    )
    #expect(report.status == 64)
  }
}
