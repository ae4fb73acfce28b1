import CNcursesw
import Glibc
import TerminalUI

extension CursesTerminal {
  /// Shows `frame`: its buffer, and its text cursor if it has one (else
  /// the cursor is hidden).
  ///
  /// Only the cells ``ScreenBuffer/changes(since:)`` lists are sent to
  /// ncurses; after a start, a resize, a ``suspend(_:)`` or a change of
  /// buffer size the whole screen is redrawn. Draw a frame of ``size``.
  public func draw(_ frame: Frame) {
    guard isStarted, let window = cn_stdscr() else { return }
    let buffer = frame.buffer
    let changes = buffer.changes(since: previousFrame)
    if encoder != nil {
      drawDirectly(frame, changes: changes, window: window)
      return
    }
    if changes.clearsScreen { werase(window) }
    for change in changes.cells {
      put(change.cell, column: change.column, row: change.row, window: window)
    }
    previousFrame = buffer
    if let cursor = frame.cursor, buffer.bounds.contains(column: cursor.column, row: cursor.row) {
      if !cursorVisible { curs_set(1) }
      cursorVisible = true
      wmove(window, Int32(cursor.row), Int32(cursor.column))
    } else if cursorVisible {
      curs_set(0)
      cursorVisible = false
    }
    wrefresh(window)
  }

  /// Forgets the previous frame, so the next draw repaints everything.
  public func invalidate() {
    previousFrame = nil
  }

  /// Sends `changes` as the encoder's escape sequences in one write.
  ///
  /// Curses keeps the terminal's modes and reads keys; it never draws, so
  /// its own idea of the screen stays blank and untouched. Only before a
  /// full repaint is it let flush what it has pending (its first clear, or
  /// the clear after a resize or a stop), so that it never writes after
  /// our frame.
  private func drawDirectly(
    _ frame: Frame,
    changes: ScreenChanges,
    window: UnsafeMutablePointer<WINDOW>
  ) {
    guard var encoder else { return }
    if changes.clearsScreen || is_wintouched(window) {
      wrefresh(window)
      encoder.invalidate()
    }
    let bytes = encoder.encode(frame, changes: changes)
    self.encoder = encoder
    previousFrame = frame.buffer
    Self.writeAll(bytes)
  }

  /// Leaves the terminal as curses expects it before `endwin`: the plain
  /// style, the cursor at the bottom left and shown.
  func leaveDirectOutput() {
    guard var encoder else { return }
    Self.writeAll(encoder.finish(rows: size.rows))
    self.encoder = encoder
    previousFrame = nil
  }

  /// Writes all of `bytes` to standard output, retrying after a signal
  /// and partial writes; gives up silently when the terminal is gone (the
  /// next read reports the hangup).
  private static func writeAll(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var offset = 0
      while offset < raw.count {
        let written = write(STDOUT_FILENO, base + offset, raw.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0 && errno == EINTR {
          continue
        } else {
          return
        }
      }
    }
  }

  private func put(_ cell: Cell, column: Int, row: Int, window: UnsafeMutablePointer<WINDOW>) {
    let style = colorMode.apply(to: cell.style)
    // A fixed-size buffer on the stack: no array is allocated per cell.
    var characters: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0, 0)
    withUnsafeMutableBytes(of: &characters) { raw in
      let slots = raw.bindMemory(to: wchar_t.self)
      for index in 0..<min(cell.scalarCount, Int(CCHARW_MAX), slots.count - 1) {
        slots[index] = wchar_t(bitPattern: cell.scalar(at: index).value)
      }
    }
    var attributes = cn_a_normal()
    if style.bold { attributes |= cn_a_bold() }
    if style.dim { attributes |= cn_a_dim() }
    if style.reverse { attributes |= cn_a_reverse() }
    if style.underline { attributes |= cn_a_underline() }
    var character = cchar_t()
    let pair = colorPair(for: style)
    withUnsafePointer(to: &characters) { pointer in
      pointer.withMemoryRebound(to: wchar_t.self, capacity: 6) { text in
        _ = setcchar(&character, text, attributes, pair, nil)
      }
    }
    // At the bottom-right cell this returns ERR (the cursor cannot advance)
    // but the character is still drawn.
    mvwadd_wch(window, Int32(row), Int32(column), &character)
  }

  /// The colour pair for a style's colours, allocated on first use; 0 (the
  /// terminal default) in monochrome or when pairs run out.
  private func colorPair(for style: Style) -> Int16 {
    guard colorMode == .color && style.hasColor else { return 0 }
    let key = (style.foreground.rawValue + 1) * 16 + style.background.rawValue + 1
    if let pair = colorPairs[key] { return pair }
    let pair = colorPairs.count + 1
    guard pair < Int(cn_color_pairs()) && pair <= Int(Int16.max) else { return 0 }
    init_pair(
      Int16(pair),
      cursesColor(style.foreground, fallback: COLOR_WHITE),
      cursesColor(style.background, fallback: COLOR_BLACK)
    )
    colorPairs[key] = Int16(pair)
    return Int16(pair)
  }

  private func cursesColor(_ color: TerminalColor, fallback: Int32) -> Int16 {
    if color != .default { return Int16(color.rawValue) }
    return hasDefaultColors ? -1 : Int16(fallback)
  }
}
