import Foundation
import TestSupport
import Testing

/// Shared by the report rendering tests: the binary, the fixtures, Chromium.
enum ReportRendering {
  /// `Tests/Fixtures`.
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The absolute path of `relative` below `Tests/Fixtures`.
  static func fixture(_ relative: String) -> String {
    fixtures.appendingPathComponent(relative).path
  }

  /// Runs the built `mlmaturity` with `arguments`.
  static func run(_ arguments: [String], in folder: String? = nil) -> (
    status: Int32, stdout: String, stderr: String
  ) {
    ProcessRunner.run(productURL("mlmaturity").path, arguments, currentDirectory: folder)
  }

  /// Chromium on `PATH` (the apt package `chromium`), if installed.
  static let chromium: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      for name in ["chromium", "chromium-browser"] {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }()

  /// Whether the tests run in CI, where a missing Chromium is a failure.
  static let isCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

  /// Runs `body` in a new temporary folder that is removed afterwards.
  static func withFolder<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("mlmaturity-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
  }
}

@Suite("Report rendering: the HTML report in headless Chromium")
struct ReportRenderingTests {
  /// Writes the HTML report of `session`, screenshots it in headless
  /// Chromium at 1200×2000 and checks that the page logged nothing (a
  /// blocked script or remote asset logs a content-security-policy
  /// violation) and that the screenshot is a real image of that size.
  func render(_ session: String) throws {
    guard let chromium = ReportRendering.chromium else {
      Issue.record("CI is set but Chromium is not installed (apt-get install -y chromium)")
      return
    }
    try ReportRendering.withFolder { folder in
      let html = "\(folder)/report.html"
      let png = "\(folder)/report.png"
      let report = ReportRendering.run([
        "report", ReportRendering.fixture("workshop/\(session)"), "--format", "html", "-o", html,
      ])
      #expect(report.status == 0, "\(report.stderr)")
      var environment = ProcessInfo.processInfo.environment
      environment["HOME"] = folder
      let result = ProcessRunner.run(
        chromium,
        [
          "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
          "--user-data-dir=\(folder)/profile", "--screenshot=\(png)", "--window-size=1200,2000",
          "file://\(html)",
        ],
        environment: environment
      )
      #expect(result.status == 0, "\(result.stderr)")
      let console = result.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
      #expect(console.isEmpty, "the page logged: \(console.joined(separator: "\n"))")
      let image = try Data(contentsOf: URL(fileURLWithPath: png))
      #expect(image.count > 50_000, "a blank page compresses to a few kilobytes")
      #expect(Array(image.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
      func bigEndian(_ offset: Int) -> Int {
        image.dropFirst(offset).prefix(4).reduce(0) { $0 << 8 | Int($1) }
      }
      #expect(bigEndian(16) == 1200 && bigEndian(20) == 2000, "not a 1200×2000 screenshot")
    }
  }

  @Test(
    "the workshop report opens in headless Chromium without errors and screenshots to a real image",
    .enabled(
      if: ReportRendering.chromium != nil || ReportRendering.isCI,
      "Chromium is not installed (apt-get install -y chromium); with CI set this fails instead"
    )
  )
  func workshopReport() throws {
    try render("team-search.json")
  }

  @Test(
    "the report of hostile text opens in Chromium with nothing blocked: no script got through",
    .enabled(
      if: ReportRendering.chromium != nil || ReportRendering.isCI,
      "Chromium is not installed (apt-get install -y chromium); with CI set this fails instead"
    )
  )
  func hostileReport() throws {
    try render("hostile.json")
  }
}
