/// The text of one cell, a spacing scalar and up to four zero-width ones
/// after it, packed into two words: cells compare, copy and hash as plain
/// integers, with no `String` to allocate, retain or release.
///
/// Scalars take 21 bits each: the first three in `head`, the other two in
/// the low 42 bits of `tail`, whose bits 42 and up hold the count. A cell
/// never holds U+0000 (the sanitiser escapes it), so an empty slot is 0.
struct CellScalars: Hashable, Sendable {
  /// Scalars 0 to 2.
  private var head: UInt64 = 0
  /// Scalars 3 and 4, and the count from bit 42.
  private var tail: UInt64 = 0

  /// The most scalars a cell holds: one spacing scalar and
  /// ``CellText/maximumCombining`` zero-width ones.
  static let capacity = 5
  private static let bits: UInt64 = 21
  private static let mask: UInt64 = (1 << 21) - 1
  private static let countShift: UInt64 = 42

  /// No scalars: the right half of a two-column character.
  init() {}

  /// One scalar.
  init(_ scalar: Unicode.Scalar) {
    head = UInt64(scalar.value)
    tail = 1 << Self.countShift
  }

  /// How many scalars are held.
  var count: Int { Int(tail >> Self.countShift) }

  /// Adds `scalar` after the others; does nothing once ``capacity`` are held.
  mutating func append(_ scalar: Unicode.Scalar) {
    let index = UInt64(count)
    guard index < Self.capacity else { return }
    let value = UInt64(scalar.value)
    if index < 3 {
      head |= value << (Self.bits * index)
    } else {
      tail |= value << (Self.bits * (index - 3))
    }
    tail = (tail & ((1 << Self.countShift) - 1)) | ((index + 1) << Self.countShift)
  }

  /// The scalar at `index` (below ``count``).
  subscript(index: Int) -> Unicode.Scalar {
    let slot = UInt64(index)
    let value = slot < 3 ? head >> (Self.bits * slot) : tail >> (Self.bits * (slot - 3))
    return Unicode.Scalar(UInt32(value & Self.mask)) ?? "\u{FFFD}"
  }

  /// The scalars as a string.
  var string: String {
    var scalars = String.UnicodeScalarView()
    for index in 0..<count { scalars.append(self[index]) }
    return String(scalars)
  }
}
