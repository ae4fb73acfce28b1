import Foundation
import TestSupport
import Testing

@Suite("Wizard end to end: a full pass", .enabled(if: TmuxDriver.shouldRun))
struct WizardFullPassTests {
  @Test func aFullPassAt80x24AnswersEverythingAndAgreesWithScore() throws {
    let run = try WizardHarness()
    let total = WizardBanks.total
    #expect(total == 90)
    try run.start("new --file \(run.file)")
    let form = try run.fillFormAndStart(team: "Fraud Detection", system: "Card scoring")

    let answerKeys = try run.answer(from: 0, count: total)
    // The footer is the last row drawn: with it, the whole summary is there.
    let summary = try run.tmux.waitFor(
      "Summary",
      "90 of 90 questions answered",
      "Enter how was this computed"
    )

    // Enter on Start, one digit per question, q to quit.
    let passKeys = 1 + answerKeys + 1
    let ratio = Double(passKeys) / Double(total)
    print(
      "keys per full pass: \(passKeys) for \(total) questions (\(String(format: "%.2f", ratio)));"
        + " the form took \(form.typed) typed characters and \(form.moves) moves besides"
    )
    #expect(ratio <= 1.1)

    // What the summary shows, framework by framework (selecting each one
    // keeps it in view at 24 rows).
    let azureLine = try #require(
      WizardScreen.firstMatch(#"Azure MLOps maturity +L(\d) ([^*\n│]+?)\s*│"#, in: summary)
    )
    let dimensions = try #require(
      WizardScreen.firstMatch(#"People (\d) · Process (\d) · Technology (\d)"#, in: summary)
    )
    try run.tmux.send("Down")
    let googleScreen = try run.tmux.waitFor(
      "▸ Google Cloud MLOps levels: MLOps: Continuous delivery"
    )
    let googleLine = try #require(
      WizardScreen.firstMatch(#"Google Cloud MLOps levels +L(\d)"#, in: googleScreen)
    )
    let googleProgress = try #require(
      WizardScreen.firstMatch(#"level 1: (\d+) of (\d+) required"#, in: googleScreen)
    )
    try run.tmux.send("Down")
    let mltsScreen = try run.tmux.waitFor("▸ ML Test Score: The ML Test Score")
    let mltsLine = try #require(
      WizardScreen.firstMatch(#"ML Test Score +(\d+\.\d) band ([^\n│]+?)\s*│"#, in: mltsScreen)
    )

    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)

    let answers = try run.answers()
    #expect(answers.count == total)
    for position in 0..<total {
      let question = WizardBanks.questions[position]
      #expect(answers[question.id] == WizardBanks.expectedValue(at: position), "\(question.id)")
    }

    let score = try run.scoreJSON()
    let azure = try #require(score["azure"] as? [String: Any])
    let azureDimensions = try #require(azure["dimensions"] as? [String: Int])
    #expect(azureLine[0] == String(azure["level"] as? Int ?? -1))
    #expect(azureLine[1] == azure["levelName"] as? String)
    #expect(
      dimensions == ["people", "process", "technology"].map { String(azureDimensions[$0] ?? -1) }
    )
    #expect(azure["provisional"] as? Bool == false)

    let google = try #require(score["google"] as? [String: Any])
    let progress = try #require(google["progress"] as? [String: Int])
    #expect(googleLine[0] == String(google["level"] as? Int ?? -1))
    if google["level"] as? Int == 0 {
      #expect(
        googleProgress == [String(progress["met"] ?? -1), String(progress["required"] ?? -1)]
      )
    }

    let mlts = try #require(score["mlTestScore"] as? [String: Any])
    let final = try #require(mlts["final"] as? Double)
    #expect(mltsLine[0] == String(format: "%.1f", final))
    #expect(mltsLine[1] == mlts["bandName"] as? String)
  }
}
