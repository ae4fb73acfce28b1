import MaturityCore

extension ScoreGates {
  /// Gates on the shipped frameworks as the older options set them
  /// (`--min-mlts`, `--min-azure`, `--min-google`, in that order).
  init(minimumMLTestScore: Double? = nil, minimumAzure: Int? = nil, minimumGoogle: Int? = nil) {
    let banks = (try? BankLoader.bundled()) ?? []
    let minimums: [(String, Double?)] = [
      ("mlts", minimumMLTestScore), ("azure", minimumAzure.map(Double.init)),
      ("google", minimumGoogle.map(Double.init)),
    ]
    self.init(
      minimums.compactMap { id, minimum in
        guard let minimum, let bank = banks.first(where: { $0.id == id }) else { return nil }
        return Gate(bank: bank, minimum: minimum, option: "--min-\(id)")
      }
    )
  }
}
