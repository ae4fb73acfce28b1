import MaturityCore
import TerminalUI

/// The participants window (`P`): the list with each person's vote count,
/// and the add, rename and remove steps.
enum ParticipantsOverlay {
  /// Draws the window; returns where the text cursor goes while typing.
  static func draw(
    _ model: WizardModel,
    row: Int,
    step: ParticipantsWindow.Step,
    into buffer: inout ScreenBuffer
  ) -> (column: Int, row: Int)? {
    let size = buffer.size
    let names = model.session.participants
    let rect = Overlays.centered(
      columns: min(72, size.columns - 4),
      rows: min(size.rows - 4, names.count + 7),
      in: size
    )
    let inner = Overlays.window("Participants", rect, into: &buffer)
    let footer: String
    switch step {
    case .list:
      footer = ParticipantsWindow.keys.hints(separator: " · ")
    case .add, .rename:
      footer = ParticipantsWindow.nameKeys.hints(separator: " · ")
    case .remove:
      let name = names.indices.contains(row) ? names[row] : ""
      footer = "Remove \(name)? " + ParticipantsWindow.removalKeys.hints(separator: " · ")
    }
    let list = Rect(
      column: inner.column,
      row: inner.row,
      columns: inner.columns,
      rows: max(1, inner.rows - 3)
    )
    if names.isEmpty {
      buffer.write(
        "No participants yet: a adds one.",
        column: list.column,
        row: list.row,
        style: Theme.dim,
        maxWidth: list.columns
      )
    }
    let visible = ScrollWindow.visibleRange(
      itemCount: names.count,
      selected: row,
      height: list.rows
    )
    let countWidth = 9
    for (offset, index) in visible.enumerated() {
      let votes = model.session.answers.values.filter { $0.votes[names[index]] != nil }.count
      var style: Style = .plain
      style.reverse = index == row
      let name = DisplayWidth.truncate(names[index], to: max(1, list.columns - countWidth - 1))
      buffer.write(
        Overlays.pad(name, list.columns - countWidth) + "\(votes) vote\(votes == 1 ? "" : "s")",
        column: list.column,
        row: list.row + offset,
        style: style,
        maxWidth: list.columns
      )
    }
    buffer.write(
      DisplayWidth.truncate(footer, to: inner.columns),
      column: inner.column,
      row: inner.endRow - 1,
      style: step == .remove ? Theme.warning : Theme.dim,
      maxWidth: inner.columns
    )
    switch step {
    case .add(let editor), .rename(let editor):
      return Overlays.field(
        editor,
        label: step == .add(editor) ? "new name: " : "rename to: ",
        row: inner.endRow - 2,
        in: inner,
        into: &buffer
      )
    default:
      return nil
    }
  }
}
