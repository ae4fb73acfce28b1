extension SessionTrend {
  /// Reads every file of `files` as a session and adds it; a file that
  /// cannot be read or is not a valid session is kept as a problem
  /// (``problems``) and passed to `warn`, and the rest are still read.
  ///
  /// The one reading loop of `trend` and `portfolio`: each file is parsed
  /// once and only its results are kept.
  ///
  /// Returns the error the command should exit with: the first missing file
  /// if any, else the first other problem; `nil` when every file was read.
  public mutating func read(
    _ files: [String],
    warn: (MaturityError) -> Void
  ) -> MaturityError? {
    var worst: MaturityError?
    for path in files {
      do throws(MaturityError) {
        add(try SessionFile.load(path), path: path)
      } catch {
        skip(path, problem: error.message)
        warn(error)
        if worst == nil || (error.kind == .missingFile && worst?.kind != .missingFile) {
          worst = error
        }
      }
    }
    return worst
  }
}
