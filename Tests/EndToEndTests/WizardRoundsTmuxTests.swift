import Foundation
import TestSupport
import Testing

/// Issue 14's wizard keys in a real terminal: the form's anonymous-votes
/// toggle reaches the file, `P` adds a late participant, the vote grid
/// shows P1…Pn, and F5's projector view shows the live spread and takes
/// an answer.
@Suite(
  "Wizard end to end: anonymous votes, participants, projector",
  .enabled(if: TmuxDriver.isAvailable)
)
struct WizardRoundsTmuxTests {
  @Test func anAnonymousWorkshopWithALateParticipantAndTheProjector() throws {
    let run = try WizardHarness()
    try run.start("new --file \(run.file)", columns: 100, rows: 30)
    try run.tmux.waitFor("New assessment", "[ Start ]")
    try run.tmux.sendLiteral("Fraud Detection")
    try run.tmux.send("Tab", "Tab", "Tab", "Tab")
    try run.tmux.sendLiteral("Ana, Bo")
    // From Participants past File and the three frameworks to the toggle.
    try run.tmux.run(["send-keys", "-t", run.tmux.session] + Array(repeating: "Down", count: 6))
    try run.tmux.send("Space")
    try run.tmux.waitFor("[x] Anonymous votes")
    try run.tmux.send("Down", "Enter")
    try run.waitForCount(0)

    // Each step: keys sent (a key name, or `"text"` typed as it is), then
    // what the screen shows.
    let steps: [(keys: [String], shows: [String])] = [
      (["P"], ["Participants", "a add"]),
      (["a"], ["new name:"]),
      (["\"Chen\"", "Enter"], ["Chen", "0 votes"]),
      (["Escape", "v", "1", "2", "1"], ["P1", "P3", "votes disagree"]),
      (["Escape", "F5"], ["question 1 of", "3 of 3 voted · ≠ the room disagrees"]),
      (["2"], [" 1/\(WizardBanks.total) answered", "question 2 of"]),
      (["F5"], ["Scores"]),
    ]
    for step in steps {
      for key in step.keys {
        if key.count > 2, key.hasPrefix("\""), key.hasSuffix("\"") {
          try run.tmux.sendLiteral(String(key.dropFirst().dropLast()))
        } else {
          try run.tmux.send(key)
        }
      }
      for text in step.shows { try run.tmux.waitFor(text) }
    }
    try run.tmux.send("q")
    #expect(try run.exitCode() == 0)

    let session = try run.session()
    #expect(session["anonymousVotes"] as? Bool == true)
    #expect(session["participants"] as? [String] == ["Ana", "Bo", "Chen"])
    let first = WizardBanks.questions[0].id
    let votes = (session["answers"] as? [String: [String: Any]])?[first]?["votes"]
    #expect((votes as? [String: String]).map { Set($0.keys) } == ["Ana", "Bo", "Chen"])
  }
}
