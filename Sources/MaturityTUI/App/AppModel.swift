import MaturityCore
import TerminalUI

/// The whole full-screen program as one state machine: which screen is
/// shown (start, wizard or compare), the terminal's size, and how the
/// program ends. Changed only by ``update(_:now:)``; drawn by ``AppView``.
///
/// The runner (`TerminalApp`) reads a key, sends it here, carries out the
/// effects (loads, saves, `$EDITOR`) and sends their outcomes back, so
/// switching screens and quitting are tested with plain values.
public struct AppModel: Sendable {
  /// The screen shown.
  public private(set) var screen: any AppScreen
  /// The screen it was opened from (the start screen under a comparison),
  /// shown again on `.back`.
  private var below: (any AppScreen)?
  /// The terminal's size (from `.resize`).
  public private(set) var size: Size
  /// Every bank available (for the sessions opened from the start screen).
  public let catalog: BankCatalog
  /// The exit code once quitting has begun (saves finishing).
  public private(set) var exitCode: Int32?
  /// The signal that stopped the program, if one did.
  private var signal: Int32?

  /// The app showing `screen` first.
  public init(
    _ screen: any AppScreen,
    catalog: BankCatalog,
    size: Size = Size(columns: 80, rows: 24)
  ) {
    self.screen = screen
    self.catalog = catalog
    self.size = size
  }

  /// The start screen, when shown.
  public var start: StartModel? { screen as? StartModel }
  /// The wizard, when shown.
  public var wizard: WizardModel? { screen as? WizardModel }
  /// The compare screen, when shown.
  public var compare: CompareModel? { screen as? CompareModel }

  /// Applies one event; returns what the runner must do.
  public mutating func update(_ event: AppEvent, now: Timestamp) -> [AppEffect] {
    switch event {
    case .resize(let size):
      self.size = size
      return route(screen.handle(event, now: now), now: now)
    case .signal(let number):
      signal = number
      return route(screen.handle(event, now: now), now: now)
    case .key(let key):
      // On the "terminal too small" screen nothing can be seen: only q
      // acts, and it quits, as that screen says (a form open under it
      // must not take the q as typing).
      if WizardView.isTooSmall(size) && !screen.handlesTooSmall && key != .hangup {
        return key == .character("q") ? beginQuit() : []
      }
      return route(screen.handle(event, now: now), now: now)
    case .sessionOpened(let session, let path, let readOnly, let warnings):
      var wizard = WizardModel(session: session, path: path, catalog: catalog, readOnly: readOnly)
      wizard.announceWarnings(warnings)
      below = nil
      show(wizard, now: now)
    case .sessionCreated(let session, let path, let previous):
      var wizard = WizardModel(session: session, path: path, catalog: catalog)
      if let previous {
        wizard.announce("next round of \(FileIO.baseName(previous)): = accepts last time's answer")
      }
      below = nil
      show(wizard, now: now)
    case .diffLoaded(let diff, let old, let new):
      below = screen
      show(CompareModel(diff: diff, oldPath: old, newPath: new, openedFromStart: true), now: now)
    case .loadFailed(let message):
      if var start = screen as? StartModel {
        start.message = message
        screen = start
      }
    case .savesFinished:
      var lines = screen.farewell
      if let signal { lines.append("mlmaturity: stopped by signal \(signal); terminal restored") }
      return [.quit(code: exitCode ?? 0, farewell: lines)]
    case .saved, .saveFailed, .externalEditFinished:
      return route(screen.handle(event, now: now), now: now)
    }
    return []
  }

  /// Shows `next`, told the current size.
  private mutating func show(_ next: any AppScreen, now: Timestamp) {
    screen = next
    _ = screen.handle(.resize(size), now: now)
  }

  /// Carries out the effects that are the app's own (`.back`, the start of
  /// quitting) and passes the rest on to the runner.
  private mutating func route(_ effects: [AppEffect], now: Timestamp) -> [AppEffect] {
    var result: [AppEffect] = []
    for effect in effects {
      switch effect {
      case .back:
        guard let previous = below else {
          result += beginQuit()
          continue
        }
        below = nil
        show(previous, now: now)
      case .quit:
        result += beginQuit()
      default:
        result.append(effect)
      }
    }
    return result
  }

  /// Quitting waits for every save, so the farewell can say how the last
  /// one went.
  private mutating func beginQuit() -> [AppEffect] {
    guard exitCode == nil else { return [] }
    exitCode = signal.map { 128 + $0 } ?? 0
    return [.finishSaves]
  }
}
