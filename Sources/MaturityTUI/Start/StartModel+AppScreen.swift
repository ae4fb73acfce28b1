import MaturityCore
import TerminalUI

/// The start screen as a screen of the app.
extension StartModel: AppScreen {
  public mutating func handle(_ event: AppEvent, now: Timestamp) -> [AppEffect] {
    let key: Key
    switch event {
    case .key(let pressed): key = pressed
    case .signal: return [.quit(code: 0, farewell: [])]
    default: return []
    }
    switch update(key) {
    case .none: return []
    case .open(let path): return [.open(path)]
    case .create(let request): return [.create(request)]
    case .compare(let old, let new): return [.compare(old: old, new: new)]
    case .nextRound(let path): return [.nextRound(path)]
    case .quit: return [.quit(code: 0, farewell: [])]
    }
  }

  public func render(size: Size) -> Frame { StartView.render(self, size: size) }
}
