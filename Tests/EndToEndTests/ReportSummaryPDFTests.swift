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
      try Self.expectOnePage(page, in: folder, chromium: chromium)
    }
  }

  // Issue 15, cold test 5.
  @Test(
    "a summary with many N/A answers, or very long names, still prints on one page unclipped",
    .enabled(
      if: ReportRendering.chromium != nil || ReportRendering.isCI,
      "Chromium is not installed (apt-get install -y chromium); with CI set this fails instead"
    ),
    arguments: ["many-not-applicable.json", "long-names.json"]
  )
  func unusualSessionsOnOnePage(name: String) throws {
    guard let chromium = ReportRendering.chromium else {
      Issue.record("CI is set but Chromium is not installed (apt-get install -y chromium)")
      return
    }
    try ReportRendering.withFolder { folder in
      try FileManager.default.copyItem(
        atPath: ReportRendering.fixture("summary/\(name)"),
        toPath: "\(folder)/\(name)"
      )
      let html = "\(folder)/summary.html"
      let report = ReportRendering.run([
        "report", "\(folder)/\(name)", "--format", "summary", "-o", html,
      ])
      #expect(report.status == 0, "\(report.stderr)")
      let page = try String(contentsOfFile: html, encoding: .utf8)
      try Self.expectOnePage(page, in: folder, chromium: chromium)
      #expect(try Self.overflowing(page, in: folder, chromium: chromium) == [])
    }
  }

  /// Prints `page` to PDF on A4 and on Letter paper and expects one page
  /// each time.
  static func expectOnePage(
    _ page: String,
    in folder: String,
    chromium: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let pdf = "\(folder)/summary.pdf"
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder
    for paper in ["A4", "letter"] {
      let sized = "\(folder)/summary-\(paper).html"
      try onPaper(page, paper).write(toFile: sized, atomically: true, encoding: .utf8)
      let result = ProcessRunner.run(
        chromium,
        [
          "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder)/profile",
          "--print-to-pdf=\(pdf)", "file://\(sized)",
        ],
        environment: environment
      )
      #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
      let data = try Data(contentsOf: URL(fileURLWithPath: pdf))
      #expect(data.starts(with: Array("%PDF-".utf8)), sourceLocation: sourceLocation)
      let pages = pageCount(data)
      #expect(
        pages == 1,
        "the summary printed to \(pages) \(paper) pages",
        sourceLocation: sourceLocation
      )
      try FileManager.default.removeItem(atPath: pdf)
    }
  }

  /// The elements of `page` whose content is wider than their box (text
  /// running out of a card or off the page; a box that cuts its text with
  /// an ellipsis is not counted), laid out at the width of an A4 sheet: a test copy without the page's script ban measures them
  /// and Chromium prints the resulting DOM.
  static func overflowing(_ page: String, in folder: String, chromium: String) throws
    -> [String]
  {
    let measure = """
      <script>
      const wide = [...document.querySelectorAll("main, header, h1, .byline, .card, .card *, td")]
        .filter((e) => (getComputedStyle(e).overflowX !== "hidden"
          && e.scrollWidth > e.clientWidth + 1)
          || e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => e.tagName.toLowerCase() + "." + e.className);
      document.body.setAttribute("data-overflow", JSON.stringify(wide));
      </script>
      """
    let measured =
      page
      .replacingOccurrences(of: "http-equiv=\"Content-Security-Policy\"", with: "name=\"x-csp\"")
      .replacingOccurrences(of: "</body>", with: measure + "\n</body>")
    let path = "\(folder)/measured.html"
    try measured.write(toFile: path, atomically: true, encoding: .utf8)
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder
    let result = ProcessRunner.run(
      chromium,
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder)/profile",
        "--window-size=794,1123", "--dump-dom", "file://\(path)",
      ],
      environment: environment
    )
    let found = result.stdout.firstMatch(of: /data-overflow="([^"]*)"/)
    let list = found.map { String($0.output.1) } ?? "missing"
    guard list != "missing" else { return ["no measurement: \(result.stderr)"] }
    let json = list.replacingOccurrences(of: "&quot;", with: "\"")
    return try JSONDecoder().decode([String].self, from: Data(json.utf8))
  }
}
