#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A moment in UTC, to the second, as mlmaturity records it.
///
/// Kept as seconds since 1970 and formatted without Foundation; tests pass
/// fixed timestamps so outputs are reproducible.
public struct Timestamp: Sendable, Equatable, Comparable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var secondsSince1970: Int

  /// Creates a timestamp.
  public init(secondsSince1970: Int) {
    self.secondsSince1970 = secondsSince1970
  }

  /// The current time.
  public static func now() -> Timestamp {
    Timestamp(secondsSince1970: Int(time(nil)))
  }

  /// `2026-11-26T18:52:09Z`.
  public var iso8601: String {
    let (year, month, day, hour, minute, second) = components
    return "\(pad(year, 4))-\(pad(month))-\(pad(day))T\(pad(hour)):\(pad(minute)):\(pad(second))Z"
  }

  /// `2026-11-26`.
  public var day: String {
    let (year, month, day, _, _, _) = components
    return "\(pad(year, 4))-\(pad(month))-\(pad(day))"
  }

  /// Parses `YYYY-MM-DDTHH:MM:SSZ` (an optional fraction is accepted and
  /// dropped); `nil` for anything else.
  public init?(iso8601 text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
    func number(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[from..<from + count] {
        guard byte >= 48 && byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
      }
      return value
    }
    let separators: [(Int, UInt8)] = [(4, 45), (7, 45), (10, 84), (13, 58), (16, 58)]
    guard separators.allSatisfy({ bytes[$0.0] == $0.1 }),
      let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day),
      hour < 24, minute < 60, second < 61
    else { return nil }
    if bytes.count > 20 {
      guard bytes[19] == UInt8(ascii: "."), bytes.count > 21,
        bytes[20..<bytes.count - 1].allSatisfy({ $0 >= 48 && $0 <= 57 })
      else { return nil }
    }
    let days = Self.daysFromCivil(year: year, month: month, day: day)
    secondsSince1970 = days * 86400 + hour * 3600 + minute * 60 + second
  }

  /// Days in `month` of `year` (Gregorian calendar).
  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.secondsSince1970 < rhs.secondsSince1970
  }

  private var components: (Int, Int, Int, Int, Int, Int) {
    let days = Int((Double(secondsSince1970) / 86400).rounded(.down))
    let rest = secondsSince1970 - days * 86400
    let (year, month, day) = Self.civilFromDays(days)
    return (year, month, day, rest / 3600, rest % 3600 / 60, rest % 60)
  }

  private func pad(_ value: Int, _ width: Int = 2) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  // Howard Hinnant's days-from-civil algorithms (public domain).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day)
  }
}
