import TestSupport
import Testing

@Suite("mlmaturity score --min-*: gates for CI")
struct CompareScoreGateTests {
  private let after = CompareCLI.fixture("after.json")

  @Test func withoutGatesTheOutputAndExitCodeAreUnchanged() {
    let plain = CompareCLI.run(["score", after])
    #expect(plain.status == 0)
    #expect(plain.stderr.isEmpty)
    let passing = CompareCLI.run([
      "score", after, "--min-mlts", "2", "--min-azure", "1", "--min-google", "0",
    ])
    #expect(passing.status == 0, "\(passing.stderr)")
    #expect(passing.stdout == plain.stdout)
    #expect(passing.stderr.isEmpty)
  }

  @Test func eachFailedGateGivesOneLineOnStandardErrorAndExitOne() {
    let result = CompareCLI.run([
      "score", after, "--min-mlts", "2.5", "--min-azure", "2", "--min-google", "1",
    ])
    #expect(result.status == 1)
    #expect(
      result.stderr == """
        mlmaturity: gate failed: ML Test Score: 2.0 is below the minimum 2.5 (--min-mlts)
        mlmaturity: gate failed: Azure MLOps maturity: level 1 is below the minimum level 2 (--min-azure)
        mlmaturity: gate failed: Google Cloud MLOps levels: level 0 is below the minimum level 1 (--min-google)

        """
    )
    #expect(result.stdout.contains("ML Test Score: 2.0 of 7"))
  }

  @Test func aMinimumIsPrintedAsGivenNotRoundedToOneDecimal() {
    let result = CompareCLI.run(["score", after, "--min-mlts", "2.01"])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "mlmaturity: gate failed: ML Test Score: 2.0 is below the minimum 2.01 (--min-mlts)\n"
    )
  }

  @Test func gatesWorkWithJSONOutput() {
    let result = CompareCLI.run(["score", after, "--json", "--min-azure", "2"])
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("{\n"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test(arguments: [
    ["--min-mlts", "8"], ["--min-azure", "5"], ["--min-google", "-1"], ["--min-mlts", "x"],
  ])
  func aGateOutOfRangeIsAUsageError(arguments: [String]) {
    #expect(CompareCLI.run(["score", after] + arguments).status == 64)
  }
}

@Suite("mlmaturity score: a negative minimum reaches the range check")
struct CompareScoreGateNegativeTests {
  private let after = CompareCLI.fixture("after.json")

  @Test(arguments: [
    (["--min-mlts", "-1"], "--min-mlts must be between 0 and 7"),
    (["--min-azure", "-2"], "--min-azure must be between 0 and 4"),
    (["--min-google", "-1"], "--min-google must be between 0 and 2"),
    (["--min", "mlts=-1"], "--min mlts=-1: must be between 0 and 7 for ML Test Score"),
    (["--min", "-1"], "--min -1: expected ID=VALUE, e.g. --min "),
  ])
  func aNegativeMinimumIsOutOfRangeNotAMissingValue(arguments: [String], message: String) {
    let result = CompareCLI.run(["score", after] + arguments)
    #expect(result.status == 64)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(!result.stderr.contains("Missing value"), "\(result.stderr)")
  }
}

@Suite("mlmaturity score --min ID=VALUE: the older --min-* options are aliases")
struct CompareScoreGateAliasTests {
  private let after = CompareCLI.fixture("after.json")

  @Test(arguments: [
    (["--min-mlts", "2.5"], ["--min", "mlts=2.5"]),
    (["--min-azure", "2"], ["--min", "azure=2"]),
    (["--min-google", "1"], ["--min", "google=1"]),
    (["--min-azure", "1"], ["--min", "azure=1"]),
  ])
  func anAliasGatesLikeMin(alias: [String], min: [String]) {
    let older = CompareCLI.run(["score", after] + alias)
    let newer = CompareCLI.run(["score", after] + min)
    #expect(older.status == newer.status)
    #expect(older.stdout == newer.stdout)
    let option = min[1].split(separator: "=")[0]
    #expect(
      older.stderr.replacingOccurrences(of: "(\(alias[0])", with: "(--min \(option)")
        == newer.stderr
    )
  }

  @Test func minIsRepeatableAndChecksEveryGate() {
    let result = CompareCLI.run(["score", after, "--min", "mlts=2.5", "--min", "azure=2"])
    #expect(result.status == 1)
    #expect(
      result.stderr == """
        mlmaturity: gate failed: ML Test Score: 2.0 is below the minimum 2.5 (--min mlts)
        mlmaturity: gate failed: Azure MLOps maturity: level 1 is below the minimum level 2 (--min azure)

        """
    )
  }
}

@Suite("mlmaturity score --min: a failed gate says how its rule counts unanswered questions")
struct CompareScoreGateUnansweredTests {
  /// Nothing answered: Azure counts each unanswered question as its least
  /// mature option's level (People is 1), not 0; Google as not in place;
  /// the ML Test Score as 0 points.
  @Test func eachRuleSaysHowItsUnansweredQuestionsCount() throws {
    try CompareCLI.withFolder { folder in
      let file = folder + "/f.json"
      let created = CompareCLI.run(["set", file, "--team", "T", "--system", "s"])
      #expect(created.status == 0, "\(created.stderr)")
      let result = CompareCLI.run([
        "score", file, "--min", "azure=1", "--min", "google=1", "--min", "mlts=1",
      ])
      #expect(result.status == 1)
      #expect(
        result.stderr == """
          mlmaturity: gate failed: Azure MLOps maturity: level 0 is below the minimum level 1 \
          (--min azure; 26 unanswered questions count as their least mature option's level)
          mlmaturity: gate failed: Google Cloud MLOps levels: level 0 is below the minimum level 1 \
          (--min google; 36 unanswered questions count as not in place)
          mlmaturity: gate failed: ML Test Score: 0.0 is below the minimum 1.0 \
          (--min mlts; 28 unanswered questions count as 0 points)

          """
      )
    }
  }
}
