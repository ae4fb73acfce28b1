import MaturityCore
import Testing

@Suite("Timestamps: ISO 8601 UTC to the second")
struct TimestampTests {
  @Test(
    "known instants format as ISO 8601 and as a day",
    arguments: [
      (0, "1970-01-01T00:00:00Z", "1970-01-01"),
      (1_767_323_045, "2026-01-02T03:04:05Z", "2026-01-02"),
      (951_782_400, "2000-02-29T00:00:00Z", "2000-02-29"),
      (1_798_761_599, "2026-12-31T23:59:59Z", "2026-12-31"),
      (-1, "1969-12-31T23:59:59Z", "1969-12-31"),
    ]
  )
  func format(seconds: Int, iso: String, day: String) {
    let time = Timestamp(secondsSince1970: seconds)
    #expect(time.iso8601 == iso)
    #expect(time.day == day)
    #expect(Timestamp(iso8601: iso) == time)
  }

  @Test("a fraction of a second is accepted and dropped")
  func fraction() {
    #expect(
      Timestamp(iso8601: "2026-01-02T03:04:05.999Z") == Timestamp(secondsSince1970: 1_767_323_045)
    )
  }

  @Test(
    "other forms are rejected",
    arguments: [
      "", "2026-01-02", "2026-01-02T03:04:05", "2026-01-02T03:04:05+00:00", "2026-01-02 03:04:05Z",
      "2026-13-02T03:04:05Z", "2026-01-02T03:04:05.Z", "2026-01-02T03:04:05,5Z",
      "２０２６-01-02T03:04:05Z",
    ]
  )
  func rejected(text: String) {
    #expect(Timestamp(iso8601: text) == nil)
  }

  @Test(
    "a day the month does not have is rejected",
    arguments: [
      "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "1900-02-29T00:00:00Z",
      "2026-02-00T00:00:00Z",
    ]
  )
  func impossibleDay(text: String) {
    #expect(Timestamp(iso8601: text) == nil)
  }

  @Test("leap days exist in leap years")
  func leapDay() {
    #expect(Timestamp(iso8601: "2024-02-29T12:00:00Z")?.day == "2024-02-29")
    #expect(Timestamp(iso8601: "2000-02-29T00:00:00Z")?.iso8601 == "2000-02-29T00:00:00Z")
  }

  @Test("timestamps order by time")
  func ordering() {
    #expect(Timestamp(secondsSince1970: 1) < Timestamp(secondsSince1970: 2))
  }
}
