/// Which items of a list fit on screen while keeping the selection in view.
///
/// ```swift
/// var offset = 0
/// let visible = ScrollWindow.visibleRange(
///   itemCount: items.count, selected: selection, height: 10, offset: offset)
/// offset = visible.lowerBound  // keep for the next frame: scrolling stays smooth
/// for (line, item) in visible.enumerated() { ... }
/// ```
public enum ScrollWindow {
  /// The range of item indices to show in `height` rows.
  ///
  /// Starts from the previous first visible item, `offset`, and moves the
  /// window as little as needed to show `selected`; the window never runs
  /// past the end of the list, so a list that fits is shown whole. With no
  /// remembered offset, pass 0: the selection then sits on the last row
  /// once the list scrolls.
  public static func visibleRange(
    itemCount: Int,
    selected: Int,
    height: Int,
    offset: Int = 0
  ) -> Range<Int> {
    guard itemCount > 0 && height > 0 else { return 0..<0 }
    let height = min(height, itemCount)
    let selected = min(max(selected, 0), itemCount - 1)
    var start = min(max(offset, 0), itemCount - height)
    if selected < start {
      start = selected
    } else if selected >= start + height {
      start = selected - height + 1
    }
    return start..<start + height
  }
}
