/// What the `?` help window lists: the questions screen's keys, the one Esc
/// rule, then every other screen's and window's keys, generated from their
/// tables, and two notes on anonymous votes and read-only windows.
public enum WizardHelp {
  /// `(label, text)` rows, in order.
  public static var rows: [(String, String)] {
    KeyBindings.questions.map { ($0.label, $0.help) } + [("Esc", OverlayKeys.escapeRule)]
      + tables + [
        (
          "anonymous",
          "With anonymous votes on (new-session form, `mlmaturity set F --anonymous on`), "
            + "the vote grid, notes, rationale and dissent show P1…Pn; names are shown only "
            + "when it is off, and in the participants window (P), which is the roster"
        ),
        (
          "read-only",
          "When another mlmaturity has the session open, edits are refused; w saves a copy to edit"
        ),
      ]
  }

  /// One row per screen and window: its name and its keys.
  static var tables: [(String, String)] {
    let screens = [
      SummaryPage.keys, ExplanationPage.keys, DiscussionPage.keys, BacklogPage.keys,
    ]
    let windows = [
      NoteWindow.keys, NotApplicableWindow.keys, EvidenceWindow.keys, TargetWindow.keys,
      VotesWindow.keys(voteKeys: "1-9/letter"), ParticipantsWindow.keys,
      ParticipantsWindow.nameKeys, ParticipantsWindow.removalKeys, JumpWindow.keys,
      SaveAsWindow.keys, OverlayKeys.confirmQuit, OverlayKeys.readOnly, HelpWindow.keys,
    ]
    return screens.map { ($0.name, $0.helpLine) }
      + [(AgreeWindow.keys.name, AgreeWindow.keys.helpLine)]
      + [(ActionWindow.keys.name, ActionWindow.keys.helpLine)]
      + windows.map { ($0.name, $0.helpLine) }
  }
}
