/// How to improve on a question from where the team stands: the banks give
/// each option but the most mature one a `next` step (to the next more
/// mature option); a bank without them gives one `improve` text per
/// question, the fallback.
extension Question {
  /// The per-option steps from option `start` to option `goal`, in order
  /// (empty when the bank gives none, or when `goal` is not above `start`).
  public func steps(from start: Int, to goal: Int) -> [String] {
    let first = max(start, 0)
    let last = min(goal, options.count - 1)
    guard first < last else { return [] }
    return options[first..<last].compactMap(\.next)
  }

  /// How to move from option `start` to option `goal`: the bank's steps in
  /// order (`Step one. Then: step two.`), or ``improve`` when it gives none.
  /// An unanswered or not-applicable question starts at option 0, as in
  /// scoring.
  public func advice(from start: Int, to goal: Int) -> String {
    let steps = steps(from: start, to: goal)
    return steps.isEmpty ? improve : steps.joined(separator: " Then: ")
  }

  /// The one step from option `start` to the next more mature option, or
  /// ``improve`` when the bank gives none (or `start` is the top option).
  public func nextStep(from start: Int) -> String {
    advice(from: start, to: start + 1)
  }
}
