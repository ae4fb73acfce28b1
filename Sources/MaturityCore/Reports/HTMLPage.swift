/// The frame of a self-contained HTML page (`trend` and `portfolio`): a
/// content security policy that forbids scripts and remote assets, inline
/// CSS, and the body given. Every text in `title` is escaped here; the body
/// must be escaped by its writer (``HTMLReport/escape(_:)``).
public enum HTMLPage {
  /// The whole page, ending in a newline.
  public static func document(title: String, style: String, body: [String]) -> String {
    var out = head(title: title, style: style)
    out += body
    out += ["</main>", "</body>", "</html>", ""]
    return out.joined(separator: "\n")
  }

  /// The lines from `<!DOCTYPE html>` to the opening `<main>` (of class
  /// `mainClass`, when given).
  public static func head(title: String, style: String, mainClass: String? = nil) -> [String] {
    [
      "<!DOCTYPE html>",
      "<html lang=\"en\">",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'; img-src data:\">",
      "<meta name=\"generator\" content=\"mlmaturity \(HTMLReport.escape(MaturityVersion.current))\">",
      "<title>\(HTMLReport.escape(title))</title>",
      "<style>",
      style,
      "</style>",
      "</head>",
      "<body>",
      mainClass.map { "<main class=\"\(HTMLReport.escape($0))\">" } ?? "<main>",
    ]
  }

  /// The stylesheet `trend` and `portfolio` share: system fonts, tables,
  /// charts and heat-map cells, print friendly.
  public static let style = """
    :root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --paper: #ffffff;
      --ground: #f4f6f8; --accent: #2456c9; }
    * { box-sizing: border-box; }
    html { background: var(--ground); }
    body { margin: 0; color: var(--ink); font: 14px/1.5 system-ui, -apple-system, "Segoe UI",
      Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; }
    main { max-width: 1140px; margin: 0 auto; padding: 28px 28px 48px; }
    h1 { font-size: 26px; margin: 0 0 8px; }
    h2 { font-size: 20px; margin: 32px 0 10px; padding-bottom: 6px;
      border-bottom: 2px solid var(--line); }
    h3 { font-size: 16px; margin: 20px 0 8px; }
    .muted { color: var(--muted); }
    .panel { background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
      padding: 14px 18px; margin: 12px 0; overflow-x: auto; }
    .panel h2, .panel h3 { margin-top: 4px; }
    table { border-collapse: collapse; margin: 8px 0; }
    th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; text-align: left;
      vertical-align: top; }
    th { font-size: 12px; color: var(--muted); font-weight: 600; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.heat { text-align: center; font-variant-numeric: tabular-nums; white-space: nowrap; }
    svg.trend { width: 100%; max-width: 720px; height: auto; display: block; }
    svg .grid { stroke: var(--line); stroke-width: 1; }
    svg .axis-label { font-size: 11px; fill: var(--muted); }
    svg .series { fill: none; stroke-width: 1.5; }
    svg .series.headline { stroke-width: 3; }
    svg .series.progress { stroke-dasharray: 5 4; }
    .legend { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap;
      gap: 4px 18px; font-size: 12px; }
    .swatch { display: inline-block; width: 18px; height: 4px; margin-right: 6px;
      vertical-align: middle; }
    @media print { html { background: none; } main { padding: 0; }
      .panel { break-inside: avoid; } }
    """
}
