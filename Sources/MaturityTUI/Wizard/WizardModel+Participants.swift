import MaturityCore
import TerminalUI

/// How voters are shown when votes are anonymous (the participants window
/// that adds, renames and removes them is ``ParticipantsWindow``).
extension WizardModel {
  /// How the vote grid names voter `index` of ``voters``: `P1`…`Pn` when
  /// the session's votes are anonymous, else the name.
  public func voterLabel(_ index: Int) -> String {
    session.anonymousVotes ? "P\(index + 1)" : voters[index]
  }

  /// Question `id`'s answer as the question pane shows it: with anonymous
  /// votes, a voter's name in a note, rationale or dissent reads P1…Pn, as
  /// in reports (``Session/forSharing``).
  public func shownAnswer(_ id: String) -> Answer? {
    session.anonymousVotes ? session.forSharing.answers[id] : session.answers[id]
  }
}
