import MaturityCore
import TerminalUI

/// The compare screen as a screen of the app: q and Esc go back to the
/// start screen it was opened from, or leave the program.
extension CompareModel: AppScreen {
  public mutating func handle(_ event: AppEvent, now: Timestamp) -> [AppEffect] {
    switch event {
    case .key(let key):
      switch update(key) {
      case .none: return []
      case .back: return [.back]
      case .quit: return [.quit(code: 0, farewell: [])]
      }
    case .signal: return [.quit(code: 0, farewell: [])]
    default: return []
    }
  }

  public func render(size: Size) -> Frame { CompareView.render(self, size: size) }
}
