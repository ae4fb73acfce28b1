/// A window that takes text: what Esc keeps as a draft of it (the one Esc
/// rule, ``OverlayKeys/escapeRule``) and what the status line says then.
protocol TextWindow: Sendable {
  /// What a draft of this window is kept under: the window and its
  /// question.
  var draftKey: String { get }
  /// The values a user typed or chose in it.
  var typedContent: [String] { get }
  /// What the draft holds, for messages.
  var draftName: String { get }
  /// The status line after Esc kept this window's text as a draft.
  var draftHint: String { get }
}

extension WizardModel.Overlay {
  /// The open window, if it takes text.
  var textWindow: (any TextWindow)? {
    if case .participants(let window) = self { return window.textWindow }
    return window as? any TextWindow
  }
}

extension WizardModel.Overlay {
  /// What a draft of this window is kept under (`nil`: not a text window).
  var draftKey: String? { textWindow?.draftKey }
  /// The values a user typed or chose in it (`nil`: not a text window).
  var typedContent: [String]? { textWindow?.typedContent }
  /// What the draft holds, for messages.
  var draftName: String { textWindow?.draftName ?? "text" }
  /// The status line after Esc kept this window's text as a draft.
  var draftHint: String { textWindow?.draftHint ?? "not saved" }
}
