import MaturityCore
import TerminalUI

/// The save-as window's state: the path typed to save a copy to.
public struct SaveAsWindow: Sendable, Equatable, TextWindow {
  /// The path.
  public var path: TextEditor

  /// A window proposing `path`.
  public init(path: TextEditor) {
    self.path = path
  }

  /// Save a copy elsewhere.
  public static let keys = KeyTable<OverlayKeys.Action>(
    "save to",
    [
      OverlayKeys.row([.enter], "Enter", .save, "Save to the path typed", "saves"),
      OverlayKeys.cancels,
    ]
  )

  var draftKey: String { "save as" }
  var typedContent: [String] { [path.text] }
  var draftName: String { "save-as path" }
  var draftHint: String { "not saved elsewhere; w brings the path back" }
}

extension SaveAsWindow: WizardWindow {
  func handle(_ key: Key, model: inout WizardModel, now: Timestamp) -> [WizardEffect] {
    switch Self.keys.action(for: key) {
    case .cancel:
      model.cancelOverlay()
    case .save:
      model.overlay = nil
      let target = path.text.trimmingWhitespace()
      guard !target.isEmpty else { return [] }
      guard !(model.readOnly && target == model.path) else {
        model.overlay = .saveAs(self)
        model.message = "another mlmaturity has this file open: choose another path"
        return []
      }
      model.saveState = .saving
      return [.save(model.session, path: target)]
    default:
      var next = self
      next.path.handle(key)
      model.overlay = .saveAs(next)
    }
    return []
  }

  func draw(_ model: WizardModel, into buffer: inout ScreenBuffer) -> (column: Int, row: Int)? {
    let size = buffer.size
    let rect = Overlays.centered(columns: min(80, size.columns - 4), rows: 5, in: size)
    let inner = Overlays.window(
      "Save to (\(SaveAsWindow.keys.hints(separator: ", ")))",
      rect,
      into: &buffer
    )
    return Overlays.field(path, label: "file: ", row: inner.row + 1, in: inner, into: &buffer)
  }
}
