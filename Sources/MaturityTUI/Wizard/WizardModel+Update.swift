import MaturityCore
import TerminalUI

extension WizardModel {
  /// Lines a page key moves.
  static let pageSize = ListState.pageSize

  // Scroll limits for the terminal's current size (``screenSize``), so the
  // first key back up always moves the text.
  private var layout: MainScreen.Layout {
    MainScreen.Layout(model: self, body: WizardView.body(for: screenSize))
  }
  var maxQuestionScroll: Int {
    let inner = MainScreen.inside(layout.question)
    return max(0, QuestionPane.lineCount(self, width: inner.columns, rows: inner.rows) - inner.rows)
  }
  var maxScoreScroll: Int {
    let inner = MainScreen.inside(layout.scores)
    return max(0, ScorePanel.lineCount(self, width: inner.columns) - inner.rows)
  }

  /// Applies one event and returns the effects the runner must carry out.
  ///
  /// A pure function of the model, the event and `now` (used to stamp
  /// answers): tests drive the wizard with it key by key.
  public mutating func update(_ event: WizardEvent, now: Timestamp) -> [WizardEffect] {
    if clock.secondsSince1970 == 0 { sectionStartedAt = now }
    clock = now
    switch event {
    case .saved(let savedPath):
      adoptSavedCopy(at: savedPath)
      saveState = .saved(now)
      return []
    case .saveFailed(let reason):
      saveState = .failed(reason)
      message = nil
      return []
    case .externalEditFinished(let text, let note):
      if let text, case .note(var window) = overlay {
        window.editor = TextEditor(text: text, multiline: true)
        overlay = .note(window)
      }
      message = note
      return []
    case .quitRequested:
      var effects: [WizardEffect] = []
      if case .note(let window) = overlay {
        overlay = nil
        effects = apply(.note(question: window.id, text: window.editor.text), now: now) ?? []
      }
      return effects + [.quit]
    case .key(let key):
      switch key {
      case .timeout, .resize: return []
      case .hangup: return update(.quitRequested, now: now)
      default: break
      }
      // Nothing can be seen on the "terminal too small" screen, so nothing
      // may change: only q acts (and a resize, above).
      if WizardView.isTooSmall(screenSize) {
        if key == .character("q") { return update(.quitRequested, now: now) }
        message = "only q works at this size"
        return []
      }
      keyCount += 1
      message = nil
      if overlay != nil { return handleOverlayKey(key, now: now) }
      switch screen {
      case .questions: return handleQuestionsKey(key, now: now)
      case .page(let page):
        return page.handle(page.keys.action(for: key), key: key, model: &self, now: now)
      }
    }
  }

  // MARK: - Questions screen

  private mutating func handleQuestionsKey(_ key: Key, now: Timestamp) -> [WizardEffect] {
    guard let entry = currentEntry else { return key == .character("q") ? quit() : [] }
    let action = KeyBindings.action(for: key)
    if action == nil, case .character(let typed) = key,
      let option = entry.question.option(forKey: typed)
    {
      return refusedAsReadOnly() ? [] : answer(option, now: now)
    }
    switch action {
    case .answer, .none:
      explainIdleKey(key, question: entry.question)
      return []
    case .next:
      // The projector view shows no panes: ↑/↓ move between questions.
      if key == .right || focus == .index || projector {
        move(to: current + 1)
      } else if focus == .question {
        optionCursor = min(optionCursor + 1, entry.question.options.count - 1)
      } else {
        scoreScroll = min(scoreScroll + 1, maxScoreScroll)
      }
    case .previous:
      if focus == .index || projector {
        move(to: current - 1)
      } else if focus == .question {
        optionCursor = max(optionCursor - 1, 0)
      } else {
        scoreScroll = max(0, scoreScroll - 1)
      }
    case .pageDown, .pageUp:
      let step = action == .pageDown ? Self.pageSize : -Self.pageSize
      switch focus {
      case .index: move(to: current + step)
      case .question:
        questionScroll = min(max(0, questionScroll + step / 2), maxQuestionScroll)
      case .scores: scoreScroll = min(max(0, scoreScroll + step / 2), maxScoreScroll)
      }
    case .first:
      move(to: 0)
    case .last:
      move(to: entries.count - 1)
    case .choose:
      if focus == .question {
        return refusedAsReadOnly() ? [] : answer(entry.question.options[optionCursor], now: now)
      }
      focus = .question
    case .nextPane:
      focus = Pane(rawValue: (focus.rawValue + 1) % Pane.allCases.count) ?? .index
    case .previousPane:
      focus =
        Pane(rawValue: (focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .index
    case .jump:
      overlay = .jump(JumpWindow())
    case .back:
      guard current > 0 else {
        message = "this is the first question"
        return []
      }
      move(to: current - 1)
    case .undo:
      return refusedAsReadOnly() ? [] : undo(now: now)
    case .note:
      guard !refusedAsReadOnly() else { return [] }
      let text = session.answers[entry.question.id]?.note ?? ""
      open(
        .note(NoteWindow(id: entry.question.id, editor: TextEditor(text: text, multiline: true)))
      )
    case .help:
      overlay = .help(HelpWindow())
    case .summary:
      show(SummaryPage(selected: entry.bankIndex))
    case .quit:
      return quit()
    case .notApplicable:
      guard !refusedAsReadOnly() else { return [] }
      let reason = session.answers[entry.question.id]?.notApplicableReason ?? ""
      open(
        .notApplicable(NotApplicableWindow(id: entry.question.id, reason: TextEditor(text: reason)))
      )
    case .votes:
      overlay = .votes(VotesWindow(id: entry.question.id))
    case .evidence:
      guard !refusedAsReadOnly() else { return [] }
      let answer = session.answers[entry.question.id]
      let lines = (answer?.evidence ?? []).map(\.line).joined(separator: "\n")
      open(
        .evidence(
          EvidenceWindow(
            id: entry.question.id,
            lines: TextEditor(text: lines, multiline: true),
            confidence: answer?.confidence
          )
        )
      )
    case .target:
      guard !refusedAsReadOnly() else { return [] }
      let current = session.targets[banks[entry.bankIndex].id].map(String.init) ?? ""
      open(.target(TargetWindow(bank: entry.bankIndex, value: TextEditor(text: current))))
    case .discussion:
      show(DiscussionPage())
    case .backlog:
      show(BacklogPage())
    case .acceptPrevious:
      return acceptPrevious(now: now)
    case .participants:
      overlay = .participants(ParticipantsWindow())
    case .projector:
      projector.toggle()
      message = projector ? "projector view: F5 leaves it; every key works as usual" : nil
    }
    return []
  }

  /// Records `option` for the current question and moves on: to the next
  /// question, or at the end to the first unanswered one, or to the summary
  /// when all are answered.
  mutating func answer(_ option: AnswerOption, now: Timestamp) -> [WizardEffect] {
    guard let entry = currentEntry else { return [] }
    return record(.answer(question: entry.question.id, option: option.id), now: now)
  }

  /// Applies `edit` (an answer to the current question) and moves on as
  /// ``answer(_:now:)`` does; nothing moves when the edit is refused.
  mutating func record(_ edit: SessionEdit, now: Timestamp) -> [WizardEffect] {
    guard let effects = apply(edit, now: now) else { return [] }
    if current + 1 < entries.count {
      move(to: current + 1)
    } else if let open = entries.firstIndex(where: { session.value(of: $0.question.id) == nil }) {
      move(to: open)
      message = "back to the first unanswered question"
    } else {
      show(SummaryPage())
      message = "every question is answered"
    }
    return effects
  }

  /// Quits, or asks first when the last save failed; with an unsaved
  /// draft, the first q only says so.
  mutating func quit() -> [WizardEffect] {
    if holdQuitForDraft() { return [] }
    if case .failed = saveState {
      overlay = .confirmQuit
      return []
    }
    return [.quit]
  }

  // MARK: - Every screen besides the questions

  /// What every screen besides the questions does with `action`: back to
  /// the questions, help, quit (which asks first when the last save
  /// failed); a key without an action says so.
  public mutating func handleScreenAction(_ action: WizardKeys.ScreenAction?, key: Key)
    -> [WizardEffect]
  {
    switch action {
    case .back, .questions: screen = .questions
    case .help: overlay = .help(HelpWindow())
    case .quit: return quit()
    case .none, .move, .choose, .goToQuestion, .agreeUnanimous: explainIdleKey(key)
    }
    return []
  }

  // MARK: - Overlays

  private mutating func handleOverlayKey(_ key: Key, now: Timestamp) -> [WizardEffect] {
    switch overlay {
    case .none:
      return []
    case .readOnly:
      handleReadOnlyPromptKey(key)
    case .confirmQuit:
      switch OverlayKeys.confirmQuit.action(for: key) {
      case .quitAnyway: return [.quit]
      case .saveElsewhere: open(.saveAs(SaveAsWindow(path: TextEditor(text: path))))
      default: overlay = nil
      }
    case .some(let shown):
      return shown.window?.handle(key, model: &self, now: now) ?? []
    }
    return []
  }

  /// Entry positions whose id or title contains every word of `filter`
  /// (case-insensitive), in order; all entries for an empty filter.
  public func jumpMatches(_ filter: String) -> [Int] {
    let words = filter.lowercased().split(separator: " ")
    guard !words.isEmpty else { return Array(entries.indices) }
    return entries.indices.filter { index in
      let question = entries[index].question
      let haystack = (question.id + " " + question.title).lowercased()
      return words.allSatisfy { haystack.contains($0) }
    }
  }
}
