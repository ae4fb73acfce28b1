/// A small seeded random number generator (SplitMix64), so a property test
/// that fails can be replayed with the same seed.
public struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  /// A generator that always gives the same numbers for `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// One element of `list` (which must not be empty).
  public mutating func pick<T>(_ list: [T]) -> T {
    list[Int.random(in: list.indices, using: &self)]
  }
}
