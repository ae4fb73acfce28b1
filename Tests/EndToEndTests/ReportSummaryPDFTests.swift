import Foundation
import TestSupport
import Testing

@Suite("Report rendering: the one-page summary printed to PDF in headless Chromium")
struct ReportSummaryPDFTests {
  /// The number of pages in a PDF: its `/Type /Page` objects (Chromium
  /// writes them uncompressed; `/Type /Pages` is the page tree, not a page).
  static func pageCount(_ pdf: Data) -> Int {
    let text = String(decoding: pdf, as: UTF8.self)
    return text.matches(of: /\/Type\s*\/Page(?![A-Za-z])/).count
  }

  @Test("page counting sees every page of a PDF and not the page tree")
  func pageCounting() {
    let pdf = "<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page /Parent 1 0 R >>"
    #expect(Self.pageCount(Data(pdf.utf8)) == 2)
  }

  /// `html` with the paper set to `size` (`A4`, `letter`), as a user's
  /// print dialog would.
  static func onPaper(_ html: String, _ size: String) -> String {
    html.replacingOccurrences(
      of: "</head>",
      with: "<style>@page { size: \(size); }</style>\n</head>"
    )
  }

  @Test(
    "the summary of a fully answered session with ten actions prints on one A4 or Letter page",
    .enabled(
      if: ReportRendering.chromium != nil || ReportRendering.isCI,
      "Chromium is not installed (apt-get install -y chromium); with CI set this fails instead"
    )
  )
  func onePage() throws {
    guard let chromium = ReportRendering.chromium else {
      Issue.record("CI is set but Chromium is not installed (apt-get install -y chromium)")
      return
    }
    try ReportRendering.withFolder { folder in
      // Three rounds side by side: a change since last time and a trend of
      // three points, the fullest the summary gets.
      for name in ["platform-2026-06.json", "platform-2026-09.json", "platform-2026-12.json"] {
        try FileManager.default.copyItem(
          atPath: ReportRendering.fixture("summary/\(name)"),
          toPath: "\(folder)/\(name)"
        )
      }
      let html = "\(folder)/summary.html"
      let pdf = "\(folder)/summary.pdf"
      let report = ReportRendering.run([
        "report", "\(folder)/platform-2026-12.json", "--format", "summary", "-o", html,
      ])
      #expect(report.status == 0, "\(report.stderr)")
      let page = try String(contentsOfFile: html, encoding: .utf8)
      let backlog = ReportRendering.run([
        "backlog", "\(folder)/platform-2026-12.json", "--format", "json",
      ])
      // Ten actions with owners and due dates, and one N/A to confirm.
      #expect(backlog.stdout.components(separatedBy: "\"questionId\"").count - 1 == 11)
      var environment = ProcessInfo.processInfo.environment
      environment["HOME"] = folder
      for paper in ["A4", "letter"] {
        let sized = "\(folder)/summary-\(paper).html"
        try Self.onPaper(page, paper).write(toFile: sized, atomically: true, encoding: .utf8)
        let result = ProcessRunner.run(
          chromium,
          [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder)/profile",
            "--print-to-pdf=\(pdf)", "file://\(sized)",
          ],
          environment: environment
        )
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(data.starts(with: Array("%PDF-".utf8)))
        let pages = Self.pageCount(data)
        #expect(pages == 1, "the summary printed to \(pages) \(paper) pages")
        try FileManager.default.removeItem(atPath: pdf)
      }
    }
  }
}
