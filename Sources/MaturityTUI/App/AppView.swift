import TerminalUI

/// Draws an ``AppModel``: the screen shown, at `size`. Pure.
public enum AppView {
  /// The frame for `app` at `size`.
  public static func render(_ app: AppModel, size: Size) -> Frame {
    app.screen.render(size: size)
  }
}
