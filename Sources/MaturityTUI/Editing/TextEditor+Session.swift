import MaturityCore
import TerminalUI

extension TextEditor {
  /// An editor for text that goes into a session: it accepts at most
  /// ``SessionLimits/maximumTextBytes``, the longest text a session holds,
  /// so nothing typed can make the session unreadable.
  ///
  /// ```swift
  /// var note = TextEditor(text: "café", multiline: true)
  /// ```
  public init(text: String = "", multiline: Bool = false) {
    self.init(text: text, multiline: multiline, limit: SessionLimits.maximumTextBytes)
  }
}
