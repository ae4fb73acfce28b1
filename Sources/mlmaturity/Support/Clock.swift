import MaturityCore

#if canImport(Glibc)
  import Glibc
#endif

/// The current time, overridable for reproducible outputs.
enum Clock {
  /// `MLMATURITY_NOW` (an ISO 8601 UTC time) when set, else the system clock.
  static func now() -> Timestamp {
    if let raw = getenv("MLMATURITY_NOW"), let fixed = Timestamp(iso8601: String(cString: raw)) {
      return fixed
    }
    return .now()
  }
}
