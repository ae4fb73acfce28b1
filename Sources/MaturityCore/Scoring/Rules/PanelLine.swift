import TerminalUI

/// A line of the wizard's score panel as the rule describes it: styled by
/// meaning (``PanelRole``), laid out by the panel.
public enum PanelLine: Sendable, Equatable {
  /// Text runs on one line.
  case text([PanelSpan])
  /// A labelled bar (`Data  ████░░ 1.5`), the figure after it; a weak bar
  /// is marked as the weakest.
  case bar(label: String, fraction: Double, figure: String, weak: Bool)

  /// `head` and `tail` on one line when they fit in `layout` (and it is
  /// not detailed), else `tail` on a line of its own (left out when empty).
  public static func fitting(_ head: [PanelSpan], _ tail: PanelSpan, _ layout: PanelLayout)
    -> [PanelLine]
  {
    if !layout.detailed && PanelSpan.width(head + [tail]) <= layout.width {
      return [.text(head + [tail])]
    }
    return tail.text.isEmpty ? [.text(head)] : [.text(head), .text([tail])]
  }
}

/// A run of panel text and what it means.
public struct PanelSpan: Sendable, Equatable {
  /// The text.
  public var text: String
  /// What it is, which decides its style.
  public var role: PanelRole

  /// Creates a span.
  public init(_ text: String, _ role: PanelRole = .plain) {
    self.text = text
    self.role = role
  }

  /// The display width of `spans` together.
  public static func width(_ spans: [PanelSpan]) -> Int {
    spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
  }
}

/// What a run of panel text is: the panel's theme gives each a style.
public enum PanelRole: Sendable, Equatable {
  /// Ordinary text.
  case plain
  /// A framework's name.
  case title
  /// Secondary text.
  case dim
  /// The mark of a provisional result.
  case provisional
  /// Rung `rung` of a ladder whose top is `top`, coloured by how far up.
  case rung(Int, of: Int)
}

/// Where and how the panel shows one framework.
public struct PanelLayout: Sendable, Equatable {
  /// The framework's name as shown (short, or full when detailed).
  public var name: String
  /// Whether the summary screen's detailed form is drawn.
  public var detailed: Bool
  /// The panel's width in columns.
  public var width: Int

  /// Creates a layout.
  public init(name: String, detailed: Bool, width: Int) {
    self.name = name
    self.detailed = detailed
    self.width = width
  }

  /// The line's start: the name and, after the rung, the provisional mark.
  func head(_ score: FrameworkScore, _ rung: PanelSpan) -> [PanelSpan] {
    [
      PanelSpan(name + "  ", .title), rung,
      score.provisional ? PanelSpan("*", .provisional) : PanelSpan(""),
    ]
  }
}
