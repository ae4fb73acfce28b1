/// A calendar day written `YYYY-MM-DD`, the form of every date a user types
/// (the assessment date, due dates, when evidence was verified).
///
/// One rule for the wizard, `set` and the session reader: whatever one of
/// them accepts, the others accept too, so a session the tool wrote never
/// becomes unreadable because of a date.
public struct Day: Sendable, Equatable, Comparable, CustomStringConvertible {
  /// The day as `YYYY-MM-DD`.
  public let text: String

  /// Parses `YYYY-MM-DD` (a real day of the Gregorian calendar); `nil` for
  /// anything else, such as `20/11/2026`, `2026-02-30` or `2026-1-5`.
  public init?(_ text: String) {
    guard text.utf8.count == 10, Timestamp(iso8601: text + "T00:00:00Z") != nil else {
      return nil
    }
    self.text = text
  }

  /// The day of `timestamp` (UTC).
  public init(_ timestamp: Timestamp) {
    text = timestamp.day
  }

  /// The same as ``text``.
  public var description: String { text }

  /// Days compare in calendar order.
  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.text < rhs.text }

  /// The message for a text that is not a day, naming `what` it was for.
  /// What was typed and the expected form come first, so a status line cut
  /// at 80 columns still says what to fix.
  public static func invalidMessage(_ text: String, what: String) -> String {
    "\"\(text.prefix(60))\" is not a date: expected a date like 2026-11-26 (\(what))"
  }
}
