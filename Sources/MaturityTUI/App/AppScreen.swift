import MaturityCore
import TerminalUI

/// A top-level screen of the app (start, wizard, compare): its state, how
/// it handles events, and how it is drawn.
///
/// A new top-level screen is one file: a type conforming to this protocol,
/// and the line of ``AppModel`` (or another screen's effect) that shows it.
/// Leaving is an effect: `.quit` ends the program, `.back` shows the screen
/// it was opened from.
public protocol AppScreen: Sendable {
  /// Handles one event (keys, `.resize`, outcomes of its own effects);
  /// returns what the app must do.
  mutating func handle(_ event: AppEvent, now: Timestamp) -> [AppEffect]
  /// The frame at `size`.
  func render(size: Size) -> Frame
  /// Whether it draws and handles a too-small terminal itself; otherwise
  /// the app lets only `q` through there.
  var handlesTooSmall: Bool { get }
  /// Lines printed to standard error after the program leaves from it.
  var farewell: [String] { get }
}

extension AppScreen {
  public var handlesTooSmall: Bool { false }
  public var farewell: [String] { [] }
}
