import Foundation

/// The URL of an executable product built by SwiftPM, such as `mlmaturity`.
///
/// `swift build --build-tests` and `swift test` put executables next to the
/// test bundle (`.build/debug/<Package>PackageTests.xctest`), so this is the
/// folder of the running test binary plus `name`. It is not checked for
/// existence.
public func productURL(_ name: String) -> URL {
  let runner =
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    ?? CommandLine.arguments.first
    ?? name
  return URL(fileURLWithPath: runner).resolvingSymlinksInPath().deletingLastPathComponent()
    .appendingPathComponent(name)
}
