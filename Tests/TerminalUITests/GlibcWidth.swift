import Glibc

/// glibc's own `wcwidth` in the C.UTF-8 locale, to check ``DisplayWidth``.
///
/// `wcwidth` is not imported by `Glibc` (it needs `_XOPEN_SOURCE`), so it is
/// looked up with `dlsym`. The locale is switched for the calling thread only
/// (`uselocale`), so tests running in parallel are not affected.
enum GlibcWidth {
  private typealias WidthFunction = @convention(c) (Int32) -> Int32

  private static let wcwidth: WidthFunction? = dlsym(nil, "wcwidth").map {
    unsafeBitCast($0, to: WidthFunction.self)
  }

  private typealias VersionFunction = @convention(c) () -> UnsafePointer<CChar>?

  /// The running glibc's version, e.g. `"2.36"` (`gnu_get_libc_version` is
  /// not imported either).
  static let version: String = {
    guard let symbol = dlsym(nil, "gnu_get_libc_version") else { return "unknown" }
    let function = unsafeBitCast(symbol, to: VersionFunction.self)
    return function().map { String(cString: $0) } ?? "unknown"
  }()

  /// Calls `body` with a function that returns glibc's width of a scalar
  /// value, or returns `nil` if glibc or the C.UTF-8 locale is missing.
  static func withWidths<Result>(_ body: ((UInt32) -> Int) -> Result) -> Result? {
    guard let wcwidth, let locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else { return nil }
    defer { freelocale(locale) }
    let previous = uselocale(locale)
    defer { uselocale(previous) }
    return body { Int(wcwidth(Int32(bitPattern: $0))) }
  }
}
