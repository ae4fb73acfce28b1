extension Rect {
  /// How much of a rectangle one part of a split takes.
  public enum Share: Hashable, Sendable {
    /// Exactly this many cells (less if the rectangle runs out).
    case fixed(Int)
    /// This fraction (0...1) of what the fixed parts leave over.
    case fraction(Double)
    /// An equal part of whatever the fixed and fractional parts leave over.
    case fill
  }

  /// Splits the rectangle into side-by-side parts, left to right.
  ///
  /// Fixed parts are served first, then fractions of the remaining width
  /// (rounded so that the parts add up without gaps), then `.fill` parts
  /// share what is left; earlier fill parts get the odd cells.
  ///
  /// ```swift
  /// // A 20-column sidebar and a main area that takes the rest.
  /// let parts = screen.splitColumns([.fixed(20), .fill])
  /// ```
  public func splitColumns(_ shares: [Share], spacing: Int = 0) -> [Rect] {
    let lengths = Self.lengths(of: shares, total: columns, spacing: spacing)
    var next = column
    return lengths.map { length in
      defer { next += length + spacing }
      return Rect(column: next, row: row, columns: length, rows: rows)
    }
  }

  /// Splits the rectangle into stacked parts, top to bottom.
  ///
  /// The shares are served as in ``splitColumns(_:spacing:)``.
  ///
  /// ```swift
  /// // A header row, a body, and a two-row footer.
  /// let parts = screen.splitRows([.fixed(1), .fill, .fixed(2)])
  /// ```
  public func splitRows(_ shares: [Share], spacing: Int = 0) -> [Rect] {
    let lengths = Self.lengths(of: shares, total: rows, spacing: spacing)
    var next = row
    return lengths.map { length in
      defer { next += length + spacing }
      return Rect(column: column, row: next, columns: columns, rows: length)
    }
  }

  /// The length of every part of a split of `total` cells.
  static func lengths(of shares: [Share], total: Int, spacing: Int) -> [Int] {
    guard !shares.isEmpty else { return [] }
    let gaps = max(0, spacing) * (shares.count - 1)
    var remaining = max(0, total - gaps)
    var lengths = Array(repeating: 0, count: shares.count)
    for (index, share) in shares.enumerated() {
      if case .fixed(let length) = share {
        lengths[index] = min(max(0, length), remaining)
        remaining -= lengths[index]
      }
    }
    let fractionalBase = Double(remaining)
    var cumulative = 0.0
    var assigned = 0
    for (index, share) in shares.enumerated() {
      if case .fraction(let fraction) = share {
        cumulative += min(max(fraction, 0), 1)
        let boundary = Int((min(cumulative, 1) * fractionalBase).rounded())
        lengths[index] = max(0, min(boundary - assigned, remaining))
        assigned += lengths[index]
        remaining -= lengths[index]
      }
    }
    let fillIndices = shares.indices.filter { shares[$0] == .fill }
    if !fillIndices.isEmpty {
      let each = remaining / fillIndices.count
      let extra = remaining % fillIndices.count
      for (position, index) in fillIndices.enumerated() {
        lengths[index] = each + (position < extra ? 1 : 0)
      }
    }
    return lengths
  }
}
